// SPDX-License-Identifier: GPL-3.0-or-later
// The decisions follow SciPy 1.10's ks_2samp(alternative='two-sided', method='auto')
// (scipy/stats/_stats_py.py, BSD-3-Clause); the statistic comes from one merge walk instead of
// SciPy's binary searches, with the same floating-point differences count/n₁ − count/n₂.
#include "kolmogorovsmirnov.h"

#include "kolmogorovdistribution.h"
#include "sortsamples.h"
#include "statserror.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <vector>

namespace Quorum {

namespace {

// 'auto' is exact when neither sample is larger than this.
constexpr std::size_t kMaxExactSize = 10000;

// The largest and smallest F_a(v) − F_b(v) over all sample values v. Both ECDFs end at 1, so
// the difference 0 is always among them.
struct EcdfDifferences
{
    double largest = 0.0;
    double smallest = 0.0;
};

EcdfDifferences ecdfDifferences(std::span<const double> a, std::span<const double> b)
{
    const std::size_t na = a.size();
    const std::size_t nb = b.size();
    const auto dna = static_cast<double>(na);
    const auto dnb = static_cast<double>(nb);
    EcdfDifferences result;
    std::size_t i = 0;
    std::size_t j = 0;
    // Once one sample is used up the difference moves monotonically to 0, so its extremes
    // over the rest are the last difference computed here and 0.
    while (i < na && j < nb) {
        const double x = a[i];
        const double y = b[j];
        const double value = std::min(x, y);
        // Step past the smaller value without a hard-to-predict branch; ties are rare.
        i += static_cast<std::size_t>(x == value);
        j += static_cast<std::size_t>(y == value);
        while (i < na && a[i] == value) {
            ++i;
        }
        while (j < nb && b[j] == value) {
            ++j;
        }
        // The same rounded quotients as NumPy's cdf1 − cdf2, so the extremes match bit for bit.
        const double difference = static_cast<double>(i) / dna - static_cast<double>(j) / dnb;
        result.largest = std::max(result.largest, difference);
        result.smallest = std::min(result.smallest, difference);
    }
    return result;
}

// SciPy's kstwo.sf(d, round(m·n/(m + n))).
double asymptoticPValue(std::size_t na, std::size_t nb, double d)
{
    const auto m = static_cast<double>(std::max(na, nb));
    const auto n = static_cast<double>(std::min(na, nb));
    const double en = std::nearbyint(m * n / (m + n)); // NumPy rounds half to even
    if (en < 1.0) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    if (d <= 0.5 / en) {
        return 1.0;
    }
    if (d >= 1.0) {
        return 0.0;
    }
    return std::clamp(kolmogorovSf(static_cast<std::int64_t>(en), d), 0.0, 1.0);
}

} // namespace

KsResult ksTwoSampleSorted(std::span<const double> a, std::span<const double> b)
{
    if (a.empty() || b.empty()) {
        throw StatsError(StatsErrorKind::InvalidInput,
                         QStringLiteral("The Kolmogorov–Smirnov test needs at least one value in "
                                        "each sample."));
    }
    const EcdfDifferences differences = ecdfDifferences(a, b);
    const double minS = std::clamp(-differences.smallest, 0.0, 1.0);
    KsResult result;
    result.statistic = minS > differences.largest ? minS : differences.largest;

    const auto n1 = static_cast<std::int64_t>(a.size());
    const auto n2 = static_cast<std::int64_t>(b.size());
    if (std::max(a.size(), b.size()) <= kMaxExactSize) {
        // D is a multiple of 1/lcm(n₁, n₂): round it to one, as SciPy does.
        const std::int64_t g = std::gcd(n1, n2);
        const auto lcm = static_cast<double>((n1 / g) * n2);
        const auto h = static_cast<std::int64_t>(std::nearbyint(result.statistic * lcm));
        result.statistic = static_cast<double>(h) * 1.0 / lcm;
        result.method = KsPValueMethod::Exact;
        if (h == 0) {
            result.pValue = 1.0;
            return result;
        }
        const double p = n1 == n2 ? ksProbOutsideSquare(n1, h) : ksOuterProbInside(n1, n2, g, h);
        if (p >= 0.0 && p <= 1.0) {
            result.pValue = p;
            return result;
        }
        // Rounding took p out of [0, 1] (e.g. 1 + 2⁻⁵² for n₁ = n₂, h = 1): SciPy falls back.
    }
    result.method = KsPValueMethod::Asymptotic;
    result.pValue = asymptoticPValue(a.size(), b.size(), result.statistic);
    return result;
}

KsResult ksTwoSample(std::span<const double> a, std::span<const double> b)
{
    if (a.empty() || b.empty()) {
        return ksTwoSampleSorted(a, b); // throws
    }
    const std::vector<double> sortedA = sortedSamples(a);
    const std::vector<double> sortedB = sortedSamples(b);
    return ksTwoSampleSorted(sortedA, sortedB);
}

} // namespace Quorum
