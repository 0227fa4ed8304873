// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <span>

namespace Quorum {

/// Pearson's χ² goodness-of-fit result.
struct ChiSquareResult
{
    double statistic = 0.0; ///< +∞ when a category seen in the current sample has no reference
    double pValue = 1.0;
    int degreesOfFreedom = 0;
};

/// χ² test of the current category counts against the reference shares, as Evidently does it
/// (SciPy's `chisquare(f_obs=current, f_exp=reference · n_current / n_reference)`), with
/// k − 1 degrees of freedom over the k categories either sample has (categories with no count on
/// both sides are ignored; with k = 1 the statistic is 0 and the p-value 1). The p-value comes from
/// Boost.Math's χ² distribution. Both spans index the same categories.
/// Throws StatsError(InvalidInput) when the spans differ in length or either total is zero.
ChiSquareResult chiSquareTest(std::span<const std::int64_t> referenceCounts,
                              std::span<const std::int64_t> currentCounts);

} // namespace Quorum
