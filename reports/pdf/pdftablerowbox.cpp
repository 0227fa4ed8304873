// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftablerowbox.h"

#include <QPainter>

#include <algorithm>

namespace Quorum::Reports::Pdf {

PdfTableRowBox::PdfTableRowBox(const PdfFonts &fonts, std::vector<PdfCell> cells,
                               const PdfRowStyle &style)
    : m_fonts(fonts)
    , m_cells(std::move(cells))
    , m_style(style)
{
    double tallest = fonts.lineHeight(PdfFontRole::Table);
    for (const PdfCell &cell : m_cells) {
        tallest = std::max(tallest,
                           static_cast<double>(cell.lines.size()) * fonts.lineHeight(cell.role));
    }
    m_height = tallest + 2.0 * m_style.padding;
}

void PdfTableRowBox::paintGrid(QPainter &painter, QPointF topLeft) const
{
    QPen pen{QColor(kRuleColour)};
    pen.setWidthF(m_fonts.points(0.5));
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    for (const PdfCell &cell : m_cells) {
        painter.drawRect(QRectF(topLeft.x() + cell.x, topLeft.y(), cell.width, m_height));
    }
}

void PdfTableRowBox::paint(QPainter &painter, QPointF topLeft) const
{
    if (m_style.fill != kWhite && !m_cells.empty()) {
        const PdfCell &last = m_cells.back();
        painter.fillRect(QRectF(topLeft, QSizeF(last.x + last.width, m_height)),
                         QColor(m_style.fill));
    }
    if (m_style.grid) {
        paintGrid(painter, topLeft);
    }
    painter.setPen(QColor(m_style.colour));
    for (const PdfCell &cell : m_cells) {
        const QFontMetricsF &metrics = m_fonts.metrics(cell.role);
        painter.setFont(m_fonts.font(cell.role));
        double baseline = topLeft.y() + m_style.padding + metrics.ascent();
        const double left = topLeft.x() + cell.x + m_style.padding;
        const double right = topLeft.x() + cell.x + cell.width - m_style.padding;
        for (const QString &line : cell.lines) {
            const double x = cell.alignRight ? right - metrics.horizontalAdvance(line) : left;
            painter.drawText(QPointF(x, baseline), line);
            baseline += m_fonts.lineHeight(cell.role);
        }
    }
}

} // namespace Quorum::Reports::Pdf
