// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

// The null distributions behind the two-sample Kolmogorov–Smirnov test, ported from SciPy 1.10
// (BSD-3-Clause): scipy/stats/_stats_py.py, scipy/stats/_stats_pythran.py,
// scipy/stats/_ksstats.py and scipy/special/cephes/kolmogorov.c. Each function reproduces its
// SciPy counterpart's floating-point steps so that p-values agree to ~1e-12 relative.
// All functions are pure and thread-safe.

namespace Quorum {

/// Exact Pr(D_{n,n} ≥ h/n) for two samples of equal size @p n (SciPy's
/// `_compute_prob_outside_square(n, h)`). Requires n > 0 and 0 < h ≤ n. Rounding can give a
/// result slightly above 1 (e.g. n = 5, h = 1 gives 1 + 2⁻⁵²): callers must check the range,
/// as SciPy does before falling back to the asymptotic distribution.
double ksProbOutsideSquare(std::int64_t n, std::int64_t h);

/// Exact Pr(D_{m,n} ≥ h/lcm(m, n)) for two samples of sizes @p m and @p n with greatest common
/// divisor @p g (SciPy's `_compute_outer_prob_inside_method(m, n, g, h)`, Viehmann's stable
/// recursion). Requires m, n > 0 and 0 < h ≤ lcm(m, n). Time O(m·h/(m/g)), memory O(min(m, n)).
double ksOuterProbInside(std::int64_t m, std::int64_t n, std::int64_t g, std::int64_t h);

/// Survival function Pr(D_n > x) of the two-sided one-sample Kolmogorov statistic D_n for a
/// sample of size @p n ≥ 1 (SciPy's `kolmogn(n, x, cdf=False)`, Simard–L'Ecuyer's choice among
/// Ruben–Gambino, Durbin/Marsaglia–Tsang–Wang, Pomeranz, Pelz–Good and 2·smirnov). Result in
/// [0, 1]; NaN when n < 1 or x is NaN.
double kolmogorovSf(std::int64_t n, double x);

/// Survival function Pr(D_n⁺ ≥ d) of the one-sided one-sample Smirnov statistic (SciPy's
/// `scipy.special.smirnov(n, d)`, the exact Birnbaum–Tingey sum for n ≤ 10⁶ — in double-double
/// arithmetic, or for n ≥ 1000 with an all-positive lower sum term by term in log space, within
/// ~4e-13 relative of SciPy — an approximation above). Result in [0, 1]; NaN unless n ≥ 1 and
/// 0 ≤ d ≤ 1.
double smirnovSf(std::int64_t n, double d);

} // namespace Quorum
