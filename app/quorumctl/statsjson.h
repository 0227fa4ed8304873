// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/driftanalysis.h"
#include "stats/fairnessanalysis.h"

#include <QJsonObject>

namespace Quorum::Cli::StatsJson {

/// {column, type, method, statistic, p_value, threshold, drift, direction, sizes, bins}.
/// Non-finite statistics (χ² with a category the reference lacks) are null with a note.
QJsonObject drift(const DriftResult &result);

/// {rows, skipped_rows, label, prediction, protected, privileged, favorable, groups,
/// privileged_group, unprivileged_group, summary, undefined, intervals, flags}.
QJsonObject fairness(const FairnessAnalysis &analysis, const FairnessOptions &options);

/// One group's counts and rates; undefined rates are null.
QJsonObject group(const FairnessGroup &group);

} // namespace Quorum::Cli::StatsJson
