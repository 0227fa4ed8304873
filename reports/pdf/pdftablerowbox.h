// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdfbox.h"
#include "pdffonts.h"
#include "pdfstyle.h"

#include <QStringList>

#include <vector>

namespace Quorum::Reports::Pdf {

/// One cell of a table row, its text already wrapped to the column.
struct PdfCell
{
    QStringList lines;
    double x = 0.0;     ///< left edge of the column, from the left edge of the table
    double width = 0.0; ///< column width, padding included
    bool alignRight = false;
    PdfFontRole role = PdfFontRole::Table;
};

/// How a row is drawn.
struct PdfRowStyle
{
    QRgb fill = kWhite; ///< background; white draws none
    QRgb colour = kTextColour;
    bool grid = true;     ///< thin lines around every cell
    double padding = 0.0; ///< inside every cell, all four sides
};

/// A table row, never split across pages; also the header row repeated on each page and the
/// label/value rows of a key-value list.
class PdfTableRowBox final : public PdfBox
{
public:
    PdfTableRowBox(const PdfFonts &fonts, std::vector<PdfCell> cells, const PdfRowStyle &style);

    double height() const override { return m_height; }
    void paint(QPainter &painter, QPointF topLeft) const override;

private:
    void paintGrid(QPainter &painter, QPointF topLeft) const;

    const PdfFonts &m_fonts;
    std::vector<PdfCell> m_cells;
    PdfRowStyle m_style;
    double m_height = 0.0;
};

} // namespace Quorum::Reports::Pdf
