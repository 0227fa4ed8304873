// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartblocks.h"

#include "charts/driftfeaturesummary.h"
#include "document/reportcontext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Quorum::Reports::ChartBlocks {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Reports::ChartBlocks", text);
}

QString groupLabel(const FairnessGroup &group, const FairnessReport &report)
{
    if (group.name == report.privilegedGroup) {
        return group.name + QLatin1Char(' ') + tr("(privileged)");
    }
    return group.name;
}

// "[0.7712, 0.9010] (95 %)" from {"low":…,"high":…,"level":0.95}; empty when not stored.
QString intervalText(const QJsonObject &intervals, const QString &key, const ReportContext &context)
{
    const QJsonObject interval = intervals.value(key).toObject();
    if (interval.isEmpty() || !interval.contains(QStringLiteral("low"))) {
        return {};
    }
    QString text = QLatin1Char('[')
        + context.number(interval.value(QStringLiteral("low")).toDouble()) + QStringLiteral(", ")
        + context.number(interval.value(QStringLiteral("high")).toDouble()) + QLatin1Char(']');
    if (interval.contains(QStringLiteral("level"))) {
        text += QStringLiteral(" (")
            + context.percent(interval.value(QStringLiteral("level")).toDouble(), 0)
            + QLatin1Char(')');
    }
    return text;
}

RowMark summaryMark(const FairnessSummaryRow &row)
{
    if (row.isFlagged()) {
        return RowMark::Fail;
    }
    if (!row.value) {
        return RowMark::Gap;
    }
    return row.rule.isEmpty() ? RowMark::Normal : RowMark::Pass;
}

} // namespace

Table fairnessGroupTable(const FairnessReport &report, const FairnessChartData &data,
                         const ReportContext &context)
{
    Table table;
    table.caption
        = tr("Per-group results for %1 (%2 split)").arg(report.protectedAttribute, report.split);
    table.header = {tr("Group"), tr("Count"),     tr("Selection rate"), tr("TPR"),
                    tr("FPR"),   tr("Precision"), tr("Accuracy"),       tr("Brier")};
    table.align = {Align::Left,  Align::Right, Align::Right, Align::Right,
                   Align::Right, Align::Right, Align::Right, Align::Right};
    for (std::size_t i = 0; i < report.groups.size(); ++i) {
        const FairnessGroup &g = report.groups[i];
        table.rows.push_back({groupLabel(g, report), context.locale.toString(g.count),
                              context.number(g.selectionRate), context.number(g.tpr),
                              context.number(g.fpr), context.number(g.precision),
                              context.number(g.accuracy), context.number(g.brier)});
        const bool below = i < data.groups.size() && data.groups[i].belowFourFifths;
        table.marks.push_back(below ? RowMark::Fail : RowMark::Normal);
    }
    return table;
}

Chart selectionRateChart(const FairnessChartData &data)
{
    Chart chart;
    chart.kind = Chart::Kind::Bar;
    chart.title = tr("Selection rate by %1").arg(data.attribute);
    chart.xLabel = data.attribute;
    chart.yLabel = tr("Selection rate");
    chart.yMin = 0.0;
    chart.yMax = 1.0;
    ChartSeries series;
    series.name = tr("Selection rate");
    for (std::size_t i = 0; i < data.groups.size(); ++i) {
        chart.categories << data.groups[i].group;
        series.points.emplace_back(double(i), data.groups[i].selectionRate.value_or(0.0));
    }
    chart.series.push_back(std::move(series));
    if (data.fourFifthsLine) {
        chart.lines.push_back(
            {tr("Four-fifths of %1").arg(data.privilegedGroup), *data.fourFifthsLine});
        chart.caption = tr("Groups below the line are selected at less than four fifths of the "
                           "privileged group's rate.");
    } else {
        chart.caption = tr("No four-fifths line: the privileged group %1 has no selection rate.")
                            .arg(data.privilegedGroup);
    }
    return chart;
}

Table fairnessSummaryTable(const FairnessReport &report, const FairnessChartData &data,
                           const ReportContext &context)
{
    const QJsonObject intervals = QJsonDocument::fromJson(report.intervalsJson.toUtf8()).object();
    const bool withIntervals = !intervals.isEmpty();
    Table table;
    table.caption = tr("Summary metrics for %1").arg(report.protectedAttribute);
    table.header = {tr("Metric"), tr("Value")};
    if (withIntervals) {
        table.header << tr("Bootstrap interval");
    }
    table.header << tr("Flagged when") << tr("Flag");
    table.align = {Align::Left, Align::Right};
    if (withIntervals) {
        table.align.push_back(Align::Left);
    }
    table.align.insert(table.align.end(), {Align::Left, Align::Left});
    for (const FairnessSummaryRow &row : data.summary) {
        QStringList cells{row.label, context.number(row.value)};
        if (withIntervals) {
            const QString interval = intervalText(intervals, row.key, context);
            cells << (interval.isEmpty() ? QStringLiteral("—") : interval);
        }
        cells << (row.rule.isEmpty() ? QStringLiteral("—") : row.rule)
              << (row.isFlagged() ? row.flag : QStringLiteral("—"));
        table.rows.push_back(cells);
        table.marks.push_back(summaryMark(row));
    }
    return table;
}

Table driftSummaryTable(const std::vector<DriftSeries> &series, const ReportContext &context)
{
    Table table;
    table.caption = tr("Drift by feature");
    table.header = {tr("Feature"),   tr("Statistic"), tr("Newest window"),           tr("Value"),
                    tr("Threshold"), tr("Status"),    tr("Windows warned / drifted")};
    table.align = {Align::Left,  Align::Left, Align::Left, Align::Right,
                   Align::Right, Align::Left, Align::Right};
    for (const DriftSeries &s : series) {
        if (s.points.empty()) {
            continue;
        }
        const DriftFeatureSummary summary = summarizeDrift(s);
        table.rows.push_back({s.feature, driftQuantityLabel(s),
                              context.date(summary.latestWindowEnd), context.number(summary.latest),
                              context.number(summary.threshold),
                              driftStatusLabel(summary.latestStatus),
                              QStringLiteral("%1 / %2 of %3")
                                  .arg(summary.warningWindows)
                                  .arg(summary.driftWindows)
                                  .arg(summary.windows)});
        table.marks.push_back(summary.latestStatus == DriftStatus::Drift ? RowMark::Fail
                                                                         : RowMark::Normal);
    }
    return table;
}

std::vector<Chart> driftCharts(const std::vector<DriftSeries> &series, const ReportContext &context,
                               std::size_t maxCharts)
{
    std::vector<std::pair<int, const DriftSeries *>> drifted;
    for (const DriftSeries &s : series) {
        if (!s.points.empty()) {
            const DriftFeatureSummary summary = summarizeDrift(s);
            if (summary.driftWindows > 0) {
                drifted.emplace_back(summary.driftWindows, &s);
            }
        }
    }
    std::stable_sort(drifted.begin(), drifted.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    std::vector<Chart> charts;
    for (std::size_t i = 0; i < drifted.size() && i < maxCharts; ++i) {
        const DriftSeries &s = *drifted[i].second;
        Chart chart;
        chart.kind = Chart::Kind::Line;
        chart.title = tr("%1: %2").arg(s.feature, driftQuantityLabel(s));
        chart.xLabel = tr("Window end");
        chart.yLabel = driftQuantityLabel(s);
        ChartSeries line;
        line.name = s.feature;
        for (const QPointF &point : s.displayXy()) {
            line.points.emplace_back(point.x(), point.y());
        }
        chart.series.push_back(std::move(line));
        if (s.threshold) {
            chart.lines.push_back({tr("Threshold"), *s.threshold});
        }
        chart.caption = tr("%1 of %2 windows drifted, from %3 to %4.")
                            .arg(drifted[i].first)
                            .arg(s.points.size())
                            .arg(context.date(s.points.front().windowStart),
                                 context.date(s.points.back().windowEnd));
        charts.push_back(std::move(chart));
    }
    return charts;
}

} // namespace Quorum::Reports::ChartBlocks
