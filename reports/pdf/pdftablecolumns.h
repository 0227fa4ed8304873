// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <vector>

class QFontMetricsF;

namespace Quorum::Reports::Pdf {

/// Widths of the columns of a table whose cells are @p rows, filling @p available device
/// pixels; the first row is measured with @p firstRowMetrics when given (a bold header row),
/// the others with @p metrics; @p padding is added to both sides of every cell.
/// Like an HTML table: each column gets at least its longest word (up to a third of the
/// width; longer words are cut), and what is left goes to the columns in proportion to how
/// much wider their unwrapped text is; short tables are stretched to the full width.
std::vector<double> pdfColumnWidths(const std::vector<QStringList> &rows,
                                    const QFontMetricsF &metrics,
                                    const QFontMetricsF *firstRowMetrics, double available,
                                    double padding);

} // namespace Quorum::Reports::Pdf
