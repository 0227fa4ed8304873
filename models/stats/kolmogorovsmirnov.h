// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

namespace Quorum {

/// How the p-value of a two-sample KS test was computed.
enum class KsPValueMethod {
    Exact,      ///< exact distribution of D (SciPy's 'exact')
    Asymptotic, ///< Kolmogorov distribution of the one-sample statistic with n = round(mn/(m+n))
};

/// Two-sided two-sample Kolmogorov–Smirnov test.
struct KsResult
{
    double statistic = 0.0; ///< D = sup |F₁ − F₂|
    double pValue = 1.0;
    KsPValueMethod method = KsPValueMethod::Exact;
};

/// The two-sided two-sample KS test on unsorted samples, giving the same numbers as SciPy 1.10's
/// `ks_2samp(a, b, method='auto')`: exact when both sizes are ≤ 10,000 (falling back to the
/// asymptotic distribution when the exact one overflows), asymptotic otherwise.
/// Throws StatsError(InvalidInput) when either sample is empty. NaNs must be removed first.
KsResult ksTwoSample(std::span<const double> a, std::span<const double> b);

/// The same on samples already sorted ascending (no copy is made).
KsResult ksTwoSampleSorted(std::span<const double> a, std::span<const double> b);

} // namespace Quorum
