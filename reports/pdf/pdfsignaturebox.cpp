// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfsignaturebox.h"

#include "document/document.h"
#include "pdfstyle.h"
#include "pdftextwrap.h"
#include "render/blocktext.h"

#include <QCoreApplication>
#include <QPainter>

namespace Quorum::Reports::Pdf {

namespace {

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("\u2014") : text;
}

} // namespace

PdfSignatureBox::PdfSignatureBox(const PdfFonts &fonts, const SignatureBlock &signature,
                                 double width)
    : m_fonts(fonts)
    , m_width(width)
    , m_labelWidth(fonts.millimetres(38.0))
{
    addRow(QCoreApplication::translate("Quorum::Reports::Pdf", "Signed by"),
           orDash(signature.signerName), PdfFontRole::TableBold, kTextColour);
    addRow(QCoreApplication::translate("Quorum::Reports::Pdf", "E-mail"),
           orDash(signature.signerEmail), PdfFontRole::Table, kTextColour);
    addRow(QCoreApplication::translate("Quorum::Reports::Pdf", "Role"), orDash(signature.role),
           PdfFontRole::Table, kTextColour);
    addRow(QCoreApplication::translate("Quorum::Reports::Pdf", "Meaning"),
           orDash(signature.meaning), PdfFontRole::TableBold, kTextColour);
    addRow(QCoreApplication::translate("Quorum::Reports::Pdf", "Date and time"),
           formatSignedAt(signature.signedAt), PdfFontRole::Table, kTextColour);
    addRow(QCoreApplication::translate("Quorum::Reports::Pdf", "Certificate (SHA-256)"),
           orDash(signature.certificateFingerprint), PdfFontRole::Mono, kTextColour);
    const QString mark = signature.verified ? QStringLiteral("\u2713 ") : QStringLiteral("\u2717 ");
    addRow(QCoreApplication::translate("Quorum::Reports::Pdf", "Verification"),
           mark + orDash(signature.verification), PdfFontRole::TableBold,
           signature.verified ? kPassColour : kFailColour);
    m_height = 2.0 * padding() + fonts.lineHeight(PdfFontRole::Bold) + fonts.points(3.0);
    for (const Row &row : m_rows) {
        m_height += static_cast<double>(row.lines.size()) * fonts.lineHeight(row.role)
            + fonts.points(1.5);
    }
}

QString PdfSignatureBox::formatSignedAt(const QDateTime &signedAt)
{
    // The same words as HTML and Markdown: in the zone the builder converted it to.
    return Render::BlockText::signatureTime(signedAt);
}

double PdfSignatureBox::padding() const
{
    return m_fonts.millimetres(3.0);
}

void PdfSignatureBox::addRow(const QString &label, const QString &value, PdfFontRole role,
                             QRgb colour)
{
    const double valueWidth = m_width - 2.0 * padding() - m_labelWidth;
    m_rows.push_back(
        Row{label, pdfWrapText(value, m_fonts.metrics(role), valueWidth), role, colour});
}

void PdfSignatureBox::paint(QPainter &painter, QPointF topLeft) const
{
    QPen border{QColor(kHeadingColour)};
    border.setWidthF(m_fonts.points(1.0));
    painter.setPen(border);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(topLeft, QSizeF(m_width, m_height)));
    const double left = topLeft.x() + padding();
    double top = topLeft.y() + padding();
    painter.setPen(QColor(kHeadingColour));
    painter.setFont(m_fonts.font(PdfFontRole::Bold));
    painter.drawText(QPointF(left, top + m_fonts.metrics(PdfFontRole::Bold).ascent()),
                     QCoreApplication::translate("Quorum::Reports::Pdf", "Electronic signature"));
    top += m_fonts.lineHeight(PdfFontRole::Bold) + m_fonts.points(3.0);
    for (const Row &row : m_rows) {
        const double ascent = m_fonts.metrics(row.role).ascent();
        painter.setPen(QColor(kMutedColour));
        painter.setFont(m_fonts.font(PdfFontRole::Table));
        painter.drawText(QPointF(left, top + ascent), row.label);
        painter.setPen(QColor(row.colour));
        painter.setFont(m_fonts.font(row.role));
        for (const QString &line : row.lines) {
            painter.drawText(QPointF(left + m_labelWidth, top + ascent), line);
            top += m_fonts.lineHeight(row.role);
        }
        top += m_fonts.points(1.5);
    }
}

} // namespace Quorum::Reports::Pdf
