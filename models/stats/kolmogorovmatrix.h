// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

// The two exact algorithms for the one-sample Kolmogorov CDF that kolmogorovSf() picks for
// small n·x² (see kolmogorovdistribution.h). Internal to the statistics engine.

namespace Quorum::Internal {

/// Pr(D_n ≤ d) by Durbin's matrix algorithm as Marsaglia, Tsang and Wang evaluate it (SciPy's
/// `_kolmogn_DMTW`). Time O(k³·log n) and memory O(k²) with k = ⌈n·d⌉; meant for small k.
double kolmogorovDmtwCdf(std::int64_t n, double d);

/// Pr(D_n ≤ x) by Pomeranz's recursion (SciPy's `_kolmogn_Pomeranz`). Time O(n·(n·x)²);
/// meant for n ≤ 140 and 1 < n·x.
double kolmogorovPomeranzCdf(std::int64_t n, double x);

} // namespace Quorum::Internal
