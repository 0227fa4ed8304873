// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/versioncomparison.h"

namespace Quorum::Ui {

class CompareTable;

/// The headers of each section's table.
QStringList metricHeaders();
QStringList fairnessHeaders();
QStringList driftHeaders();
QStringList cardHeaders();

/// Fills each section's table from @p comparison (replacing its rows) and returns the note
/// shown above it (e.g. that neither version has a fairness report).
QString fillMetricRows(CompareTable *table, const VersionComparison &comparison);
QString fillFairnessRows(CompareTable *table, const VersionComparison &comparison);
QString fillDriftRows(CompareTable *table, const VersionComparison &comparison);
QString fillCardRows(CompareTable *table, const VersionComparison &comparison);

} // namespace Quorum::Ui
