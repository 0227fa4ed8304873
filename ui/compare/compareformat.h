// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/metriccomparison.h"
#include "compare/versioncomparison.h"

#include <QString>

#include <optional>

namespace Quorum::Ui {

/// A metric value for people: "0.8892", "42", "—" when missing.
QString formatMetricValue(std::optional<double> value);
/// A signed change: "+2", "−0.0108" (a real minus sign), "—" when missing.
QString formatSignedValue(std::optional<double> value);
/// A signed percentage with up to two decimals, at least one: "−1.2 %", "+5.0 %", "—".
QString formatSignedPct(std::optional<double> pct);
/// A percentage allowance with up to two decimals, at least one: "1.0 %".
QString formatAllowance(double pct);

/// What the Verdict column says, e.g. "Regression: −1.2 % (allowed 1.0 %)".
QString metricVerdictText(const MetricComparison &metric);

/// "1.2.0 · Staging".
QString versionLabel(const ModelVersion &version);
/// The line under the pickers: which baseline and why, or that there is none.
QString baselineSentence(const VersionComparison &comparison);
/// The summary line: "2 regressions beyond 1.0 %" or "No regression beyond 1.0 %".
QString regressionSummary(const VersionComparison &comparison);

} // namespace Quorum::Ui
