// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

#include <QString>

#include <utility>
#include <vector>

namespace Quorum::Reports::Render {

/// A linear chart axis: its range and where its ticks go. max > min always, so mapping never
/// divides by zero.
struct AxisScale
{
    double min = 0.0;
    double max = 1.0;
    std::vector<double> ticks; ///< ascending, within [min, max]
    int decimals = 0;          ///< decimals that tell the value tick labels apart

    /// Where @p value lies between @p from (at min) and @p to (at max); linear, not clamped.
    double map(double value, double from, double to) const;
};

/// The y axis of @p chart: Chart::yMin/yMax when set, else the finite y values of every
/// series and reference line (and 0 for bar charts), widened to round tick values. A single
/// value or none at all still gives a range of non-zero width. Usually 4 to 6 ticks.
AxisScale valueAxis(const Chart &chart);

/// The x axis of a line chart in milliseconds since the epoch: the range of the finite x
/// values, with five evenly spaced ticks (fewer when their dates would repeat); a day wide
/// around a single instant; 0 to 1 without ticks when there is no point.
AxisScale timeAxis(const Chart &chart);

/// The number of bar positions of a bar chart: the categories, or more when a point has a
/// higher index.
int categoryCount(const Chart &chart);

/// The points of @p series whose x and y are finite, sorted by x (stable).
std::vector<std::pair<double, double>> finitePoints(const ChartSeries &series);

/// Whether any series of @p chart has a finite point.
bool hasData(const Chart &chart);

/// A chart value as printed, C locale: at least 2 and at most 4 decimals ("0.80", "0.8123",
/// "12.00"); "—" when not finite.
QString chartValue(double value);

/// A tick label with exactly @p decimals decimals, never "-0".
QString tickValue(double value, int decimals);

/// An x of a line chart as printed: the UTC date "yyyy-MM-dd" of @p msSinceEpoch; "—" when
/// not finite.
QString chartDate(double msSinceEpoch);

/// The label of bar position @p index: the category name, or its number from 1.
QString categoryLabel(const Chart &chart, int index);

} // namespace Quorum::Reports::Render
