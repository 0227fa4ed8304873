// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdfbox.h"

namespace Quorum::Reports {
struct Heading;
struct Paragraph;
struct BulletList;
} // namespace Quorum::Reports

namespace Quorum::Reports::Pdf {

class PdfFonts;

/// Appends a heading as one box kept with what follows it.
void appendPdfHeading(PdfFlow &flow, const PdfFonts &fonts, double width, const Heading &heading);
/// Appends a paragraph one line per box (so it can continue on the next page), keeping the
/// first two and the last two lines together (no orphan, no widow). Gap paragraphs start with
/// a bold "Gap:" (added when the text does not start with it) on a tinted box with a red bar;
/// notes are smaller and grey; quotes indented, italic, with a grey bar.
void appendPdfParagraph(PdfFlow &flow, const PdfFonts &fonts, double width,
                        const Paragraph &paragraph);
/// Appends a bulleted list, each item with a hanging indent.
void appendPdfBulletList(PdfFlow &flow, const PdfFonts &fonts, double width,
                         const BulletList &list);

} // namespace Quorum::Reports::Pdf
