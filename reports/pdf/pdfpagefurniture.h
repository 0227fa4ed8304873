// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>

class QPainter;

namespace Quorum::Reports {
struct Document;
}

namespace Quorum::Reports::Pdf {

class PdfFonts;

/// The areas of a page in painter coordinates (device pixels, origin at the top-left corner
/// of the printable area inside the margins).
struct PdfPageGeometry
{
    QRectF header;
    QRectF body;
    QRectF footer;
};

/// Splits @p paintRect, the printable area, into header band, body and footer band.
PdfPageGeometry pdfPageGeometry(const QRectF &paintRect, const PdfFonts &fonts);

/// Paints the header (title, subtitle, a thin rule) and the footer (a thin rule, the document
/// id, "Generated …" and "Page @p page of @p pages") of one page.
void paintPdfPageFurniture(QPainter &painter, const PdfFonts &fonts, const Document &document,
                           const PdfPageGeometry &geometry, int page, int pages);

} // namespace Quorum::Reports::Pdf
