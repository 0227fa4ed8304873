// SPDX-License-Identifier: GPL-3.0-or-later
// Charts of the Annex IV document: selection rates per group and drift over time.
#include "annexivcharts_p.h"
#include "annexivwriter_p.h"
#include "charts/driftseries.h"
#include "charts/fairnesschartdata.h"

#include <algorithm>

namespace Quorum::Reports::Internal {

Chart selectionRateChart(const FairnessReport &report)
{
    const FairnessChartData data = fairnessChartData(report);
    Chart chart;
    chart.kind = Chart::Kind::Bar;
    chart.title = annexTr("Selection rate by %1").arg(report.protectedAttribute);
    chart.xLabel = report.protectedAttribute;
    chart.yLabel = annexTr("Selection rate");
    ChartSeries series;
    series.name = annexTr("Selection rate");
    for (const FairnessBars &group : data.groups) {
        chart.categories.append(group.group);
        series.points.emplace_back(double(chart.categories.size() - 1),
                                   group.selectionRate.value_or(0.0));
    }
    chart.series.push_back(std::move(series));
    if (data.fourFifthsLine) {
        chart.lines.push_back(
            {annexTr("Four-fifths of %1").arg(report.privilegedGroup), *data.fourFifthsLine});
    }
    chart.yMin = 0.0;
    chart.yMax = 1.0;
    chart.caption = annexTr("Groups below the four-fifths line are selected at less than 80 % of "
                            "the rate of the privileged group (%1).")
                        .arg(report.privilegedGroup);
    return chart;
}

std::vector<Chart> driftCharts(const std::vector<DriftObservation> &observations,
                               std::size_t maxCharts)
{
    std::vector<DriftSeries> all = driftSeries(observations, 200);
    const auto drifted = [](const DriftSeries &s) {
        return std::ranges::count_if(
            s.points, [](const DriftPoint &p) { return p.status == DriftStatus::Drift; });
    };
    // The features that drifted most first, then by name (driftSeries' order) for ties.
    std::ranges::stable_sort(
        all, [&](const DriftSeries &a, const DriftSeries &b) { return drifted(a) > drifted(b); });
    std::vector<Chart> charts;
    for (const DriftSeries &s : all) {
        if (charts.size() >= maxCharts) {
            break;
        }
        Chart chart;
        chart.kind = Chart::Kind::Line;
        chart.title = annexTr("%1 of %2").arg(driftStatisticName(s.statistic), s.feature);
        chart.xLabel = annexTr("Window end");
        chart.yLabel = driftQuantityLabel(s);
        ChartSeries series;
        series.name = s.feature;
        for (const std::size_t i : s.display) {
            series.points.emplace_back(double(s.points[i].x), s.points[i].y);
        }
        chart.series.push_back(std::move(series));
        if (s.threshold) {
            chart.lines.push_back({annexTr("Threshold"), *s.threshold});
        }
        chart.caption = annexTr("%1 windows, %2 with drift.")
                            .arg(qint64(s.points.size()))
                            .arg(qint64(drifted(s)));
        charts.push_back(std::move(chart));
    }
    return charts;
}

} // namespace Quorum::Reports::Internal
