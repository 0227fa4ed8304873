// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

namespace Quorum::Internal {

/// The bins_json of a legacy column drift result ({"current": {"small_distribution": {"x",
/// "y"}}, "reference": …}) in the form the drift charts read (parseDistributionOverlay):
/// - categorical columns (labels as x, the same on both sides, raw counts as y):
///   {"labels":[…],"reference":[counts],"current":[counts]};
/// - numeric columns whose two histograms share their edges (x: one more edge than y holds
///   densities): {"edges":[…],"reference":[shares],"current":[shares]}, each density times its
///   bin width, so each side sums to 1.
/// Empty when the distributions are missing, differ in their bins, or hold anything but
/// finite non-negative numbers: the bins only decorate the chart, so they never refuse a file.
QString evidentlyBinsJson(const QJsonValue &columnResult, const QString &columnType);

} // namespace Quorum::Internal
