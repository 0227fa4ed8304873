// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfpagefurniture.h"

#include "document/document.h"
#include "pdffonts.h"
#include "pdfstyle.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>

namespace Quorum::Reports::Pdf {

namespace {

void paintRule(QPainter &painter, const PdfFonts &fonts, double left, double right, double y)
{
    painter.fillRect(QRectF(left, y, right - left, fonts.points(0.5)), QColor(kRuleColour));
}

void paintHeader(QPainter &painter, const PdfFonts &fonts, const Document &document,
                 const QRectF &band)
{
    const QFontMetricsF &bold = fonts.metrics(PdfFontRole::TableBold);
    const QFontMetricsF &plain = fonts.metrics(PdfFontRole::Table);
    const double baseline = band.top() + bold.ascent();
    const QString title = bold.elidedText(document.title, Qt::ElideRight, band.width());
    const double titleWidth = bold.horizontalAdvance(title);
    painter.setPen(QColor(kHeadingColour));
    painter.setFont(fonts.font(PdfFontRole::TableBold));
    painter.drawText(QPointF(band.left(), baseline), title);
    const double room = band.width() - titleWidth - fonts.millimetres(6.0);
    if (!document.subtitle.isEmpty() && room > 0.0) {
        const QString subtitle = plain.elidedText(document.subtitle, Qt::ElideRight, room);
        painter.setPen(QColor(kMutedColour));
        painter.setFont(fonts.font(PdfFontRole::Table));
        painter.drawText(QPointF(band.right() - plain.horizontalAdvance(subtitle), baseline),
                         subtitle);
    }
    paintRule(painter, fonts, band.left(), band.right(),
              baseline + bold.descent() + fonts.points(3.0));
}

void paintFooter(QPainter &painter, const PdfFonts &fonts, const Document &document,
                 const QRectF &band, int page, int pages)
{
    const QFontMetricsF &metrics = fonts.metrics(PdfFontRole::Small);
    paintRule(painter, fonts, band.left(), band.right(), band.top() + fonts.points(6.0));
    const double baseline = band.top() + fonts.points(9.0) + metrics.ascent();
    const QString generated = QCoreApplication::translate("Quorum::Reports::Pdf", "Generated %1")
                                  .arg(document.generatedAtText);
    const QString pageText
        = QCoreApplication::translate("Quorum::Reports::Pdf", "Page %1 of %2").arg(page).arg(pages);
    painter.setPen(QColor(kMutedColour));
    painter.setFont(fonts.font(PdfFontRole::Small));
    painter.drawText(QPointF(band.left(), baseline), document.documentId);
    // Centred when it fits between the id and the page number; after the id when a long id
    // reaches the centre; on a line of its own below the id when there is no room at all.
    const double gap = fonts.points(8.0);
    const double width = metrics.horizontalAdvance(generated);
    const double afterId = band.left() + metrics.horizontalAdvance(document.documentId) + gap;
    QPointF at(std::max(band.center().x() - width / 2.0, afterId), baseline);
    if (at.x() + width + gap > band.right() - metrics.horizontalAdvance(pageText)) {
        at = QPointF(band.left(), baseline + metrics.lineSpacing());
    }
    painter.drawText(at, generated);
    painter.drawText(QPointF(band.right() - metrics.horizontalAdvance(pageText), baseline),
                     pageText);
}

} // namespace

PdfPageGeometry pdfPageGeometry(const QRectF &paintRect, const PdfFonts &fonts)
{
    const double header = fonts.millimetres(kHeaderBandMm);
    const double footer = fonts.millimetres(kFooterBandMm);
    PdfPageGeometry geometry;
    geometry.header = QRectF(paintRect.left(), paintRect.top(), paintRect.width(), header);
    geometry.footer
        = QRectF(paintRect.left(), paintRect.bottom() - footer, paintRect.width(), footer);
    geometry.body = QRectF(paintRect.left(), geometry.header.bottom(), paintRect.width(),
                           geometry.footer.top() - geometry.header.bottom());
    return geometry;
}

void paintPdfPageFurniture(QPainter &painter, const PdfFonts &fonts, const Document &document,
                           const PdfPageGeometry &geometry, int page, int pages)
{
    paintHeader(painter, fonts, document, geometry.header);
    paintFooter(painter, fonts, document, geometry.footer, page, pages);
}

} // namespace Quorum::Reports::Pdf
