// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"
#include "domain/driftobservation.h"
#include "domain/fairnessreport.h"

#include <cstddef>
#include <vector>

namespace Quorum::Reports::Internal {

/// A bar chart of the selection rate of each group of @p report, with the four-fifths line.
Chart selectionRateChart(const FairnessReport &report);

/// One line chart per feature and statistic of @p observations (at most @p maxCharts), the
/// features with the most drift windows first, each with its threshold line.
std::vector<Chart> driftCharts(const std::vector<DriftObservation> &observations,
                               std::size_t maxCharts);

} // namespace Quorum::Reports::Internal
