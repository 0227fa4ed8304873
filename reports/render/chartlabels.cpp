// SPDX-License-Identifier: GPL-3.0-or-later
// The data helpers and number formats of chartscale.h.
#include "chartscale.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace Quorum::Reports::Render {

int categoryCount(const Chart &chart)
{
    qsizetype count = chart.categories.size();
    for (const ChartSeries &series : chart.series) {
        for (const auto &point : finitePoints(series)) {
            if (point.first >= 0.0 && point.first < 10000.0) {
                count = std::max(count, static_cast<qsizetype>(std::llround(point.first)) + 1);
            }
        }
    }
    return static_cast<int>(count);
}

std::vector<std::pair<double, double>> finitePoints(const ChartSeries &series)
{
    std::vector<std::pair<double, double>> points;
    points.reserve(series.points.size());
    for (const auto &point : series.points) {
        if (std::isfinite(point.first) && std::isfinite(point.second)) {
            points.push_back(point);
        }
    }
    std::stable_sort(points.begin(), points.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    return points;
}

bool hasData(const Chart &chart)
{
    return std::any_of(chart.series.begin(), chart.series.end(),
                       [](const ChartSeries &series) { return !finitePoints(series).empty(); });
}

QString chartValue(double value)
{
    if (!std::isfinite(value)) {
        return QStringLiteral("—");
    }
    QString text = tickValue(value, 4);
    while (text.endsWith(QLatin1Char('0')) && text.indexOf(QLatin1Char('.')) < text.size() - 3) {
        text.chop(1);
    }
    return text;
}

QString tickValue(double value, int decimals)
{
    if (!std::isfinite(value)) {
        return QStringLiteral("—");
    }
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals)) {
        value = 0.0; // never "-0.00"
    }
    return QString::number(value, 'f', decimals);
}

QString chartDate(double msSinceEpoch)
{
    if (!std::isfinite(msSinceEpoch)) {
        return QStringLiteral("—");
    }
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(std::llround(msSinceEpoch)),
                                          QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd"));
}

QString categoryLabel(const Chart &chart, int index)
{
    if (index >= 0 && index < chart.categories.size()) {
        return chart.categories.at(index);
    }
    return QString::number(index + 1);
}

} // namespace Quorum::Reports::Render
