// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>

#include <cstddef>
#include <span>
#include <vector>

namespace Quorum {

/// The display size of long series: a chart line of this many points looks like the whole
/// series and draws in milliseconds (Qt Charts slows down badly beyond a few thousand).
inline constexpr std::size_t kChartDisplayPoints = 2000;

/// Largest-Triangle-Three-Buckets (Steinarsson 2013): the indices of @p threshold points of
/// @p points that keep the visual shape of the line. The first and the last point are always
/// kept; the rest are split into threshold − 2 buckets of (nearly) equal size and from each the
/// point forming the largest triangle with the point kept before it and the average of the next
/// bucket is kept, so isolated spikes survive. Indices ascend, so x stays monotone when the
/// input's x is. Returns every index when @p threshold ≥ size or @p threshold is 0; a
/// @p threshold of 1 or 2 keeps the first and the last point. O(n), no allocation beyond the
/// result. Safe on any thread.
std::vector<std::size_t> lttbIndices(std::span<const QPointF> points, std::size_t threshold);

/// The points at lttbIndices(@p points, @p threshold).
std::vector<QPointF> downsampleLttb(std::span<const QPointF> points, std::size_t threshold);

} // namespace Quorum
