// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <cstdint>
#include <span>
#include <vector>

namespace Quorum {

/// Two samples put into the same bins: the shares (count / sample size) of each bin.
struct BinnedShares
{
    /// Numeric bins: the bin edges, one more than the bins (the outer ones may be ±∞).
    /// Category bins: empty.
    std::vector<double> edges;
    QStringList labels; ///< one per bin: "(a, b]" for numbers, the value for categories
    std::vector<double> reference;
    std::vector<double> current;
    std::vector<std::int64_t> referenceCounts;
    std::vector<std::int64_t> currentCounts;
};

/// PSI bins: edges at the reference's quantiles k/bins (NumPy's default linear interpolation),
/// the outer edges −∞ and +∞, equal edges merged; bin i holds values in (eᵢ, eᵢ₊₁].
/// Both samples sorted ascending, neither empty.
BinnedShares quantileBins(std::span<const double> referenceSorted,
                          std::span<const double> currentSorted, int bins);

/// Evidently's numeric binning for Jensen–Shannon and Hellinger: equal-width bins over the
/// range of both samples together, as many as NumPy's 'sturges' rule gives for the combined
/// size, counted like `np.histogram` (last bin closed).
BinnedShares sturgesBins(std::span<const double> reference, std::span<const double> current);

/// One bin per label, in the order given (the caller lists the reference's values first, then
/// those only the current sample has). Counts index @p labels; missing counts are 0.
BinnedShares categoryBins(const QStringList &labels, std::span<const std::int64_t> referenceCounts,
                          std::span<const std::int64_t> currentCounts);

/// One bin per distinct number of either sample, ascending; for numeric columns with few
/// distinct values.
BinnedShares valueBins(std::span<const double> referenceSorted,
                       std::span<const double> currentSorted);

/// Number of distinct values of a sorted sample.
std::int64_t distinctCount(std::span<const double> sorted);

} // namespace Quorum
