// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/driftseries.h"
#include "charts/fairnesschartdata.h"
#include "document/document.h"

#include <cstddef>
#include <vector>

namespace Quorum::Reports {

struct ReportContext;

/// Turns fairness reports and drift series into document tables and charts. Shared by the
/// fairness report and the audit report; pure functions of their arguments.
namespace ChartBlocks {

/// The per-group table of @p report (group, count, selection rate, TPR, FPR, precision,
/// accuracy, Brier); the privileged group is named so, and groups selected below the
/// four-fifths line are marked RowMark::Fail.
Table fairnessGroupTable(const FairnessReport &report, const FairnessChartData &data,
                         const ReportContext &context);

/// A bar chart of the groups' selection rates with the four-fifths line, when there is one.
Chart selectionRateChart(const FairnessChartData &data);

/// The summary metrics with their rules and flags: flagged rows are RowMark::Fail, rows with a
/// rule that holds are Pass, undefined values are Gap. An interval column is added when the
/// report stored bootstrap intervals.
Table fairnessSummaryTable(const FairnessReport &report, const FairnessChartData &data,
                           const ReportContext &context);

/// One row per feature and statistic: newest window, its value, the threshold, the status and
/// how many windows warned or drifted. Rows whose newest window drifted are RowMark::Fail.
Table driftSummaryTable(const std::vector<DriftSeries> &series, const ReportContext &context);

/// Line charts (x: window end) of the series that drifted in some window, most drift windows
/// first, at most @p maxCharts; the threshold is a ChartLine.
std::vector<Chart> driftCharts(const std::vector<DriftSeries> &series, const ReportContext &context,
                               std::size_t maxCharts);

} // namespace ChartBlocks

} // namespace Quorum::Reports
