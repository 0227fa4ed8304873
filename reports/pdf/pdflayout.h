// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdfbox.h"

namespace Quorum::Reports {
struct Document;
}

namespace Quorum::Reports::Pdf {

class PdfFonts;

/// The blocks of @p document as boxes measured for a body @p width device pixels wide: text
/// wrapped once here and only painted afterwards. The boxes refer to @p document and
/// @p fonts, which must outlive the flow.
PdfFlow buildPdfFlow(const Document &document, const PdfFonts &fonts, double width);

} // namespace Quorum::Reports::Pdf
