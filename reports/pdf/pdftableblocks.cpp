// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftableblocks.h"

#include "document/document.h"
#include "pdffonts.h"
#include "pdftablecolumns.h"
#include "pdftablerowbox.h"
#include "pdftextbox.h"
#include "pdftextwrap.h"

#include <algorithm>

namespace Quorum::Reports::Pdf {

namespace {

QRgb markFill(const Table &table, std::size_t row)
{
    if (row >= table.marks.size()) {
        return kWhite;
    }
    switch (table.marks[row]) {
    case RowMark::Normal:
        return kWhite;
    case RowMark::Pass:
        return kPassFill;
    case RowMark::Fail:
        return kFailFill;
    case RowMark::Gap:
        return kGapRowFill;
    }
    return kWhite;
}

/// The cells of @p texts in columns of @p widths, wrapped inside @p padding.
std::vector<PdfCell> makeCells(const PdfFonts &fonts, const QStringList &texts,
                               const std::vector<double> &widths, const std::vector<Align> &align,
                               PdfFontRole role, double padding)
{
    std::vector<PdfCell> cells;
    double x = 0.0;
    for (std::size_t column = 0; column < widths.size(); ++column) {
        const auto index = static_cast<qsizetype>(column);
        PdfCell cell;
        cell.x = x;
        cell.width = widths[column];
        cell.role = role;
        cell.alignRight = column < align.size() && align[column] == Align::Right;
        const QString text = index < texts.size() ? texts.at(index) : QString();
        cell.lines
            = pdfWrapText(text, fonts.metrics(role), std::max(1.0, cell.width - 2 * padding));
        cells.push_back(std::move(cell));
        x += widths[column];
    }
    return cells;
}

void appendCaption(PdfFlow &flow, const PdfFonts &fonts, double width, const QString &caption)
{
    PdfTextStyle style;
    style.role = PdfFontRole::TableBold;
    style.paddingBottom = fonts.points(2.5);
    QStringList lines = pdfWrapText(caption, fonts.metrics(style.role), width);
    auto box = std::make_unique<PdfTextBox>(fonts, std::move(lines), style, width);
    pdfAppend(flow, std::move(box), fonts.points(9.0)).keepWithNext = true;
}

} // namespace

void appendPdfTable(PdfFlow &flow, const PdfFonts &fonts, double width, const Table &table)
{
    const double padding = fonts.points(2.5);
    std::vector<QStringList> all;
    if (!table.header.isEmpty()) {
        all.push_back(table.header);
    }
    all.insert(all.end(), table.rows.begin(), table.rows.end());
    const bool hasHeader = !table.header.isEmpty();
    const std::vector<double> widths = pdfColumnWidths(
        all, fonts.metrics(PdfFontRole::Table),
        hasHeader ? &fonts.metrics(PdfFontRole::TableBold) : nullptr, width, padding);
    double spaceBefore = fonts.points(9.0);
    if (!table.caption.isEmpty()) {
        appendCaption(flow, fonts, width, table.caption);
        spaceBefore = 0.0;
    }
    int headerIndex = -1;
    if (hasHeader) {
        PdfRowStyle style{kTableHeaderFill, kTextColour, true, padding};
        auto cells
            = makeCells(fonts, table.header, widths, table.align, PdfFontRole::TableBold, padding);
        headerIndex = static_cast<int>(flow.size());
        pdfAppend(flow, std::make_unique<PdfTableRowBox>(fonts, std::move(cells), style),
                  spaceBefore)
            .keepWithNext
            = true;
        spaceBefore = 0.0;
    }
    for (std::size_t row = 0; row < table.rows.size(); ++row) {
        PdfRowStyle style{markFill(table, row), kTextColour, true, padding};
        auto cells
            = makeCells(fonts, table.rows[row], widths, table.align, PdfFontRole::Table, padding);
        pdfAppend(flow, std::make_unique<PdfTableRowBox>(fonts, std::move(cells), style),
                  row == 0 ? spaceBefore : 0.0)
            .repeatHeader
            = headerIndex;
    }
}

void appendPdfKeyValueList(PdfFlow &flow, const PdfFonts &fonts, double width,
                           const KeyValueList &list)
{
    const double padding = fonts.points(1.5);
    double labelWidth = 0.0;
    for (const auto &[label, value] : list.rows) {
        labelWidth = std::max(labelWidth, pdfNaturalWidth(label, fonts.metrics(PdfFontRole::Bold)));
    }
    labelWidth = std::min(labelWidth + 2 * padding + fonts.millimetres(3.0), width * 0.4);
    const std::vector<double> widths{labelWidth, width - labelWidth};
    double spaceBefore = fonts.points(5.0);
    for (const auto &[label, value] : list.rows) {
        std::vector<PdfCell> cells
            = makeCells(fonts, {label, value}, widths, {}, PdfFontRole::Body, padding);
        cells.front().role = PdfFontRole::Bold;
        cells.front().lines = pdfWrapText(label, fonts.metrics(PdfFontRole::Bold),
                                          std::max(1.0, labelWidth - 2 * padding));
        PdfRowStyle style{kWhite, kTextColour, false, padding};
        pdfAppend(flow, std::make_unique<PdfTableRowBox>(fonts, std::move(cells), style),
                  spaceBefore);
        spaceBefore = 0.0;
    }
}

} // namespace Quorum::Reports::Pdf
