// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftablecolumns.h"

#include "pdftextwrap.h"

#include <QFontMetricsF>

#include <algorithm>
#include <numeric>

namespace Quorum::Reports::Pdf {

namespace {

struct ColumnNeeds
{
    std::vector<double> minimum;
    std::vector<double> natural;
};

ColumnNeeds measure(const std::vector<QStringList> &rows, const QFontMetricsF &bodyMetrics,
                    const QFontMetricsF *firstRowMetrics, std::size_t columns, double available,
                    double padding)
{
    ColumnNeeds needs{std::vector<double>(columns, 0.0), std::vector<double>(columns, 0.0)};
    const double longestAllowed = available / 3.0;
    for (std::size_t rowIndex = 0; rowIndex < rows.size(); ++rowIndex) {
        const QStringList &row = rows[rowIndex];
        const QFontMetricsF &metrics
            = rowIndex == 0 && firstRowMetrics ? *firstRowMetrics : bodyMetrics;
        for (std::size_t column = 0; column < columns; ++column) {
            const auto index = static_cast<qsizetype>(column);
            const QString text = index < row.size() ? row.at(index) : QString();
            const double word = std::min(pdfLongestWord(text, metrics), longestAllowed);
            needs.minimum[column] = std::max(needs.minimum[column], word + 2.0 * padding);
            needs.natural[column]
                = std::max(needs.natural[column], pdfNaturalWidth(text, metrics) + 2.0 * padding);
        }
    }
    return needs;
}

double sum(const std::vector<double> &values)
{
    return std::accumulate(values.begin(), values.end(), 0.0);
}

} // namespace

std::vector<double> pdfColumnWidths(const std::vector<QStringList> &rows,
                                    const QFontMetricsF &metrics,
                                    const QFontMetricsF *firstRowMetrics, double available,
                                    double padding)
{
    std::size_t columns = 0;
    for (const QStringList &row : rows) {
        columns = std::max(columns, static_cast<std::size_t>(row.size()));
    }
    if (columns == 0) {
        return {};
    }
    const ColumnNeeds needs = measure(rows, metrics, firstRowMetrics, columns, available, padding);
    const double naturalTotal = sum(needs.natural);
    std::vector<double> widths(columns);
    if (naturalTotal <= available) {
        const double stretch = naturalTotal > 0.0 ? available / naturalTotal : 1.0;
        for (std::size_t column = 0; column < columns; ++column) {
            widths[column] = naturalTotal > 0.0 ? needs.natural[column] * stretch
                                                : available / static_cast<double>(columns);
        }
        return widths;
    }
    const double minimumTotal = sum(needs.minimum);
    if (minimumTotal >= available) {
        for (std::size_t column = 0; column < columns; ++column) {
            widths[column] = needs.minimum[column] * available / minimumTotal;
        }
        return widths;
    }
    const double spare = available - minimumTotal;
    const double wish = naturalTotal - minimumTotal;
    for (std::size_t column = 0; column < columns; ++column) {
        const double extra = needs.natural[column] - needs.minimum[column];
        widths[column] = needs.minimum[column] + (wish > 0.0 ? spare * extra / wish : 0.0);
    }
    return widths;
}

} // namespace Quorum::Reports::Pdf
