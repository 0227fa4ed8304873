// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

namespace Quorum {

/// Population Stability Index Σ (cᵢ − rᵢ)·ln(cᵢ/rᵢ) of two share vectors over the same bins.
/// Empty bins (share 0) count as 0.0001 on either side, as Evidently floors them. Throws
/// StatsError(InvalidInput) when the lengths differ or are zero.
double populationStabilityIndex(std::span<const double> referenceShares,
                                std::span<const double> currentShares);

/// Jensen–Shannon distance with the natural logarithm, as SciPy's `jensenshannon(p, q)`: both
/// vectors are normalised to sum 1 first. In [0, √ln 2].
double jensenShannonDistance(std::span<const double> p, std::span<const double> q);

/// Hellinger distance √(½ Σ (√pᵢ − √qᵢ)²) of two share vectors (each normalised to sum 1).
/// In [0, 1].
double hellingerDistance(std::span<const double> p, std::span<const double> q);

/// First Wasserstein distance between the empirical distributions of two unsorted samples,
/// as SciPy's `wasserstein_distance(u, v)`.
double wassersteinDistance(std::span<const double> u, std::span<const double> v);

/// Population standard deviation (ddof = 0), as NumPy's `std`.
double populationStdDev(std::span<const double> values);

} // namespace Quorum
