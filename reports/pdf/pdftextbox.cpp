// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftextbox.h"

#include <QPainter>

namespace Quorum::Reports::Pdf {

PdfTextBox::PdfTextBox(const PdfFonts &fonts, QStringList lines, const PdfTextStyle &style,
                       double width)
    : m_fonts(fonts)
    , m_lines(std::move(lines))
    , m_style(style)
    , m_width(width)
{}

void PdfTextBox::setPrefix(const QString &prefix, PdfFontRole role)
{
    m_prefix = prefix;
    m_prefixRole = role;
}

void PdfTextBox::setMarker(const QString &marker, double x)
{
    m_marker = marker;
    m_markerX = x;
}

double PdfTextBox::height() const
{
    return m_style.paddingTop
        + static_cast<double>(m_lines.size()) * m_fonts.lineHeight(m_style.role)
        + m_style.paddingBottom;
}

void PdfTextBox::paintDecoration(QPainter &painter, QPointF topLeft) const
{
    const double boxHeight = height();
    switch (m_style.decoration) {
    case PdfTextDecoration::None:
        return;
    case PdfTextDecoration::GapBar:
        painter.fillRect(QRectF(topLeft, QSizeF(m_width, boxHeight)), QColor(kGapFillColour));
        painter.fillRect(QRectF(topLeft, QSizeF(m_fonts.millimetres(1.2), boxHeight)),
                         QColor(kGapBarColour));
        return;
    case PdfTextDecoration::QuoteBar:
        painter.fillRect(QRectF(topLeft + QPointF(m_style.indent - m_fonts.millimetres(3.0), 0.0),
                                QSizeF(m_fonts.millimetres(0.8), boxHeight)),
                         QColor(kQuoteBarColour));
        return;
    case PdfTextDecoration::HeadingRule: {
        const double y = topLeft.y() + boxHeight - m_fonts.points(1.0);
        painter.fillRect(QRectF(topLeft.x(), y, m_width, m_fonts.points(0.6)), QColor(kRuleColour));
        return;
    }
    }
}

void PdfTextBox::paint(QPainter &painter, QPointF topLeft) const
{
    paintDecoration(painter, topLeft);
    const QFontMetricsF &metrics = m_fonts.metrics(m_style.role);
    const double lineHeight = m_fonts.lineHeight(m_style.role);
    double baseline = topLeft.y() + m_style.paddingTop + metrics.ascent();
    const double left = topLeft.x() + m_style.indent;
    painter.setPen(QColor(m_style.colour));
    if (!m_marker.isEmpty()) {
        painter.setFont(m_fonts.font(m_style.role));
        painter.drawText(QPointF(topLeft.x() + m_markerX, baseline), m_marker);
    }
    double firstIndent = 0.0;
    if (!m_prefix.isEmpty()) {
        painter.setFont(m_fonts.font(m_prefixRole));
        painter.drawText(QPointF(left, baseline), m_prefix);
        firstIndent = m_fonts.metrics(m_prefixRole).horizontalAdvance(m_prefix)
            + metrics.horizontalAdvance(QLatin1Char(' '));
    }
    painter.setFont(m_fonts.font(m_style.role));
    for (const QString &line : m_lines) {
        if (!line.isEmpty()) {
            painter.drawText(QPointF(left + firstIndent, baseline), line);
        }
        firstIndent = 0.0;
        baseline += lineHeight;
    }
}

} // namespace Quorum::Reports::Pdf
