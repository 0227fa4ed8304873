// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Quorum::Reports {

struct Chart;

/// @p chart as an inline <svg> element (no external references): axes with ticks, the series,
/// the reference lines dashed and labelled, a legend. Deterministic.
///
/// 640 wide, 320 high (taller when the legend wraps). Line charts: a <polyline> per series
/// with a point per finite value (dots too up to 24 points), x tick labels as UTC dates.
/// Bar charts: a <rect> per value, grouped by category, the axis including 0. Colours from a
/// fixed colour-blind-safe palette in series order. Coordinates with 2 decimals; non-finite
/// values are left out and a chart without data says "No data", so the output never holds
/// NaN or infinity.
QString chartSvg(const Chart &chart);

} // namespace Quorum::Reports
