// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfrenderer.h"

#include "document/document.h"
#include "document/reporterror.h"
#include "document/reportprogress.h"
#include "pdffonts.h"
#include "pdflayout.h"
#include "pdfpagefurniture.h"
#include "pdfpaginator.h"
#include "pdfstyle.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace Quorum::Reports {

namespace {

using namespace Pdf;

void setUpWriter(QPdfWriter &writer, const Document &document)
{
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(kResolution);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                    QMarginsF(kMarginSideMm, kMarginTopMm, kMarginSideMm, kMarginBottomMm),
                    QPageLayout::Millimeter));
    writer.setTitle(document.title);
    writer.setCreator(QStringLiteral("Quorum"));
}

/// Paints the body boxes of @p page; clips them to the body only when one overflows it (a
/// table row taller than a page).
void paintBody(QPainter &painter, const PdfFlow &flow, const PdfPage &page, const QRectF &body)
{
    bool overflows = false;
    for (const PdfPlacement &placement : page) {
        const PdfBox *box = flow.at(static_cast<std::size_t>(placement.item)).box.get();
        overflows = overflows || placement.y + box->height() > body.height() + 0.5;
    }
    painter.save();
    if (overflows) {
        painter.setClipRect(body);
    }
    for (const PdfPlacement &placement : page) {
        const PdfBox *box = flow.at(static_cast<std::size_t>(placement.item)).box.get();
        box->paint(painter, QPointF(body.left(), body.top() + placement.y));
    }
    painter.restore();
}

} // namespace

QByteArray renderPdf(const Document &document, const ReportProgress &progress)
{
    progress.checkCancelled();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setUpWriter(writer, document);
        const PdfFonts fonts(&writer);
        const QRectF paintRect(QPointF(0.0, 0.0),
                               QSizeF(writer.pageLayout().paintRectPixels(kResolution).size()));
        const PdfPageGeometry geometry = pdfPageGeometry(paintRect, fonts);
        const PdfFlow flow = buildPdfFlow(document, fonts, geometry.body.width());
        const std::vector<PdfPage> pages = paginatePdfFlow(flow, geometry.body.height());
        const int count = static_cast<int>(pages.size());
        progress.checkCancelled();

        QPainter painter;
        if (!painter.begin(&writer)) {
            throw ReportError(ReportError::Kind::Io,
                              QCoreApplication::translate("Quorum::Reports::Pdf",
                                                          "The PDF writer could not be started."));
        }
        for (int index = 0; index < count; ++index) {
            if (index > 0) {
                writer.newPage();
            }
            paintPdfPageFurniture(painter, fonts, document, geometry, index + 1, count);
            paintBody(painter, flow, pages.at(static_cast<std::size_t>(index)), geometry.body);
            progress.step(
                index + 1, count,
                QCoreApplication::translate("Quorum::Reports::Pdf", "Page %1").arg(index + 1));
        }
        painter.end();
    }
    return buffer.data();
}

} // namespace Quorum::Reports
