// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownchart.h"

#include "chartscale.h"
#include "document/document.h"
#include "markdowntext.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>
#include <map>
#include <optional>

namespace Quorum::Reports::Render {

namespace {

using Values = std::vector<std::optional<double>>;

// One row per distinct x (line) or category (bar), one value per series; first point wins.
std::map<double, Values> valueRows(const Chart &chart)
{
    std::map<double, Values> rows;
    if (chart.kind == Chart::Kind::Bar) {
        for (int index = 0; index < categoryCount(chart); ++index) {
            rows[index] = Values(chart.series.size());
        }
    }
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
        for (const auto &point : finitePoints(chart.series[s])) {
            const double x = chart.kind == Chart::Kind::Bar
                ? static_cast<double>(std::llround(point.first))
                : point.first;
            if (chart.kind == Chart::Kind::Bar && rows.find(x) == rows.end()) {
                continue;
            }
            Values &values = rows.try_emplace(x, Values(chart.series.size())).first->second;
            if (!values[s]) {
                values[s] = point.second;
            }
        }
    }
    return rows;
}

QString valueTable(const Chart &chart)
{
    const bool bar = chart.kind == Chart::Kind::Bar;
    QString xHeader = chart.xLabel;
    if (xHeader.isEmpty()) {
        xHeader = bar ? QCoreApplication::translate("Quorum::Reports", "Category")
                      : QCoreApplication::translate("Quorum::Reports", "Date");
    }
    QStringList header{MarkdownText::cell(xHeader)};
    QStringList delimiter{QStringLiteral("---")};
    for (const ChartSeries &series : chart.series) {
        header += MarkdownText::cell(series.name);
        delimiter += QStringLiteral("---:");
    }
    QStringList table{MarkdownText::row(header), MarkdownText::row(delimiter)};
    for (const auto &[x, values] : valueRows(chart)) {
        QStringList cells{
            MarkdownText::cell(bar ? categoryLabel(chart, static_cast<int>(x)) : chartDate(x))};
        for (const std::optional<double> &value : values) {
            cells += value ? chartValue(*value) : QStringLiteral("—");
        }
        table += MarkdownText::row(cells);
    }
    return table.join(QLatin1Char('\n'));
}

} // namespace

QString chartMarkdown(const Chart &chart)
{
    QStringList parts;
    if (!chart.title.trimmed().isEmpty()) {
        parts
            += QStringLiteral("**") + MarkdownText::inlineText(chart.title) + QStringLiteral("**");
    }
    if (hasData(chart)) {
        parts += valueTable(chart);
    } else {
        parts += QLatin1Char('*') + QCoreApplication::translate("Quorum::Reports", "No data")
            + QLatin1Char('*');
    }
    QStringList references;
    for (const ChartLine &line : chart.lines) {
        references += QStringLiteral("- ")
            + QCoreApplication::translate("Quorum::Reports", "Reference line: %1 = %2")
                  .arg(MarkdownText::inlineText(line.label), chartValue(line.y));
    }
    if (!references.isEmpty()) {
        parts += references.join(QLatin1Char('\n'));
    }
    if (!chart.caption.trimmed().isEmpty()) {
        parts += QLatin1Char('*') + MarkdownText::inlineText(chart.caption) + QLatin1Char('*');
    }
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace Quorum::Reports::Render
