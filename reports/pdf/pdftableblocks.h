// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdfbox.h"

namespace Quorum::Reports {
struct Table;
struct KeyValueList;
} // namespace Quorum::Reports

namespace Quorum::Reports::Pdf {

class PdfFonts;

/// Appends a table: its caption and header row kept with the first row, one box per row (rows
/// are never split), the header row repeated on every page the table continues on, rows
/// tinted by their mark, right-aligned columns as asked.
void appendPdfTable(PdfFlow &flow, const PdfFonts &fonts, double width, const Table &table);
/// Appends label/value rows without grid: bold labels in a narrow first column.
void appendPdfKeyValueList(PdfFlow &flow, const PdfFonts &fonts, double width,
                           const KeyValueList &list);

} // namespace Quorum::Reports::Pdf
