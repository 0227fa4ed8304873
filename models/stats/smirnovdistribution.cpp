// SPDX-License-Identifier: GPL-3.0-or-later
// smirnovSf() of kolmogorovdistribution.h, ported from SciPy 1.10 (BSD-3-Clause),
// scipy/special/cephes/kolmogorov.c (_smirnov by Paul van Mulbregt, "Computing the Cumulative
// Distribution Function and Quantiles of the One-sided Kolmogorov-Smirnov Statistic",
// arXiv:1802.06966). Only the survival function is kept; the density terms are dropped.
#include "doubledouble.h"
#include "kolmogorovdistribution.h"

#include <algorithm>
#include <array>
#include <cfloat>
#include <cmath>
#include <limits>
#include <numbers>

namespace Quorum {

namespace {

using Internal::DoubleDouble;

// cephes MINLOG = log(2^-1022).
constexpr double kMinLog = -7.08396418532264106224E2;
// Above this n, an approximation replaces the exact sum.
constexpr std::int64_t kMaxComputeN = 1000000;
// The upper sum is used when it has at most this many terms and n is at least the minimum.
constexpr std::int64_t kUpperMaxTerms = 3;
constexpr std::int64_t kUpperSumMinN = 10;
// Keeps both halves of a double-double normal: below 1023 − 52.
constexpr std::int64_t kMaxExponent = 960;
// From this n on, the lower sum is evaluated term by term in log space (see lowerSumLogSpace).
constexpr std::int64_t kLogSpaceMinN = 1000;

const DoubleDouble kOne{1.0, 0.0};

// A double-double with a separate binary exponent: mantissa · 2^exponent.
struct Scaled
{
    DoubleDouble mantissa;
    std::int64_t exponent = 0;
};

Scaled frexpScaled(DoubleDouble value, std::int64_t extraExponent = 0)
{
    int exponent = 0;
    const DoubleDouble mantissa = Internal::ddFrexp(value, exponent);
    return {mantissa, exponent + extraExponent};
}

// Not quite the next power of two, but exactly what cephes' nextPowerOf2 computes.
double cephesNextPowerOf2(double x)
{
    const double q = std::ldexp(x, 1 - DBL_MANT_DIG);
    double l = std::abs(q + x);
    if (l == 0) {
        l = std::abs(x);
    } else if (l < 2147483648.0) {
        const auto lint = static_cast<int>(l);
        if (lint == l) {
            l = lint;
        }
    }
    return l;
}

// a^m, trading accuracy for time: pow() on the high part, a first-order correction for the low.
DoubleDouble powD(DoubleDouble a, std::int64_t m)
{
    if (m <= 0) {
        return m == 0 ? kOne : Internal::ddInverse(powD(a, -m));
    }
    if (Internal::ddIsZero(a)) {
        return {};
    }
    const auto dm = static_cast<double>(m);
    const double ans = std::pow(a.hi, dm);
    const double r = a.lo / a.hi;
    double adj = dm * r;
    if (std::abs(adj) > 1e-8) {
        if (std::abs(adj) < 1e-4) {
            adj += (dm * r) * ((dm - 1) / 2.0 * r);
        } else {
            adj = std::expm1(dm * std::log1p(r));
        }
    }
    return Internal::ddAdd(ans, ans * adj);
}

// a^m as (mantissa, exponent), split into a^maxExpt factors when it would underflow.
Scaled pow2Scaled(DoubleDouble a, std::int64_t m)
{
    if (m <= 0) {
        if (m == 0) {
            return {kOne, 0};
        }
        const Scaled inverse = pow2Scaled(a, -m);
        return frexpScaled(Internal::ddInverse(inverse.mantissa), -inverse.exponent);
    }
    const Scaled y = frexpScaled(a);
    if (m == 1) {
        return y;
    }
    const auto dm = static_cast<double>(m);
    std::int64_t maxExpt = kMaxExponent;
    if (dm * (y.mantissa.hi - 1) / y.mantissa.hi
        < -static_cast<double>(kMaxExponent) * std::numbers::ln2) {
        const double lg2y = std::log(y.mantissa.hi) / std::numbers::ln2;
        if (dm * lg2y <= -static_cast<double>(kMaxExponent)) {
            maxExpt = static_cast<std::int64_t>(
                cephesNextPowerOf2(-static_cast<double>(kMaxExponent) / lg2y + 1) / 2);
        }
    }
    if (m <= maxExpt) {
        return frexpScaled(powD(y.mantissa, m), m * y.exponent);
    }
    // y^m = (y^maxExpt)^q · y^r
    const Scaled y2r = pow2Scaled(y.mantissa, m % maxExpt);
    const Scaled y2m = pow2Scaled(y.mantissa, maxExpt);
    const std::int64_t q = m / maxExpt;
    const Scaled y2mq = pow2Scaled(y2m.mantissa, q);
    return frexpScaled(Internal::ddMul(y2r.mantissa, y2mq.mantissa),
                       y2mq.exponent + y2m.exponent * q + y2r.exponent + m * y.exponent);
}

// ((a + b)/(c + d))^m
DoubleDouble pow4D(double a, double b, double c, double d, std::int64_t m)
{
    if (m <= 0) {
        return m == 0 ? kOne : pow4D(c, d, a, b, -m);
    }
    const DoubleDouble numerator = Internal::ddAdd(a, b);
    const DoubleDouble denominator = Internal::ddAdd(c, d);
    if (Internal::ddIsZero(numerator)) {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        return Internal::ddIsZero(denominator) ? DoubleDouble{nan, nan} : DoubleDouble{};
    }
    if (Internal::ddIsZero(denominator)) {
        const double inf = std::numeric_limits<double>::infinity();
        return numerator.hi < 0 ? DoubleDouble{-inf, -inf} : DoubleDouble{inf, inf};
    }
    return powD(Internal::ddDiv(numerator, denominator), m);
}

struct NxParts
{
    double alpha = 0.0;       // the fractional part of n·x, exactly
    std::int64_t nxFloor = 0; // ⌊n·x⌋
    double nx = 0.0;          // n·x rounded
};

NxParts modNX(std::int64_t n, double x)
{
    const DoubleDouble nxD = Internal::ddMul(static_cast<double>(n), x);
    const DoubleDouble nxFloorD = Internal::ddFloor(nxD);
    NxParts parts{Internal::ddSub(nxD, nxFloorD).hi, static_cast<std::int64_t>(nxFloorD.hi),
                  nxD.hi};
    if (parts.alpha == 1) {
        parts.nxFloor += 1;
        parts.alpha = 0;
    }
    return parts;
}

// Binomial(n, j + 1) from Binomial(n, j), kept as a mantissa and an exponent.
void updateBinomial(Scaled &c, std::int64_t n, std::int64_t j)
{
    const DoubleDouble ratio
        = Internal::ddDiv(static_cast<double>(n - j), static_cast<double>(j) + 1.0);
    c = frexpScaled(Internal::ddMul(c.mantissa, ratio), c.exponent);
}

// A_v(n, x) = Binomial(n, v) · (1 − x − v/n)^(n−v) · (x + v/n)^(v−1)
DoubleDouble termAv(std::int64_t n, double x, std::int64_t v, const Scaled &binomial)
{
    const auto dn = static_cast<double>(n);
    const DoubleDouble t2x = Internal::ddSub(Internal::ddDiv(static_cast<double>(n - v), dn), x);
    const Scaled t2 = pow2Scaled(t2x, n - v);
    const DoubleDouble t1x = Internal::ddAdd(Internal::ddDiv(static_cast<double>(v), dn), x);
    const Scaled t1 = pow2Scaled(t1x, v - 1);
    const DoubleDouble product
        = Internal::ddMul(Internal::ddMul(t1.mantissa, t2.mantissa), binomial.mantissa);
    const std::int64_t exponent = binomial.exponent + t1.exponent + t2.exponent;
    // Beyond ±100000 the result is 0 or ∞ anyway.
    return Internal::ddLdexp(product,
                             static_cast<int>(std::clamp<std::int64_t>(exponent, -100000, 100000)));
}

// x · Σ A_v over the lower (v = 0, 1, …) or upper (v = n, n − 1, …) range, stopping once the
// remaining terms cannot change the sum.
double birnbaumTingeySum(std::int64_t n, double x, bool upper, std::int64_t nTerms)
{
    const std::int64_t start = upper ? n : 0;
    const std::int64_t step = upper ? -1 : 1;
    DoubleDouble sum = upper ? pow4D(1, x, 1, 0, n - 1) : Internal::ddDiv(pow4D(1, -x, 1, 0, n), x);
    Scaled binomial{kOne, 0};
    updateBinomial(binomial, n, 0);
    for (std::int64_t j = 1; j < nTerms; ++j) {
        const DoubleDouble aj = termAv(n, x, start + j * step, binomial);
        if (std::isfinite(aj.hi) && !Internal::ddIsZero(aj)) {
            sum = Internal::ddAdd(sum, aj);
        }
        if (!Internal::ddIsZero(aj)) {
            if (4 * static_cast<double>(nTerms - j) * std::abs(aj.hi) < DBL_EPSILON * sum.hi
                && j != nTerms - 1) {
                break;
            }
        } else if (j > n / 2) {
            break;
        }
        updateBinomial(binomial, n, j);
    }
    return Internal::ddMul(x, sum).hi;
}

// Stirling's remainder log(k!) − (k + ½)·log k + k − ½·log 2π: exact (from 50-digit
// arithmetic) up to 15, the asymptotic series beyond (Loader, "Fast and Accurate Computation of
// Binomial Probabilities", 2000), with a truncation error below 1e-16.
double stirlingError(std::int64_t k)
{
    static constexpr std::array<double, 16> kSmall{0.0,
                                                   0.08106146679532726,
                                                   0.0413406959554093,
                                                   0.02767792568499834,
                                                   0.020790672103765093,
                                                   0.016644691189821193,
                                                   0.013876128823070748,
                                                   0.01189670994589177,
                                                   0.010411265261972096,
                                                   0.009255462182712733,
                                                   0.00833056343336287,
                                                   0.007573675487951841,
                                                   0.00694284010720953,
                                                   0.006408994188004207,
                                                   0.0059513701127588475,
                                                   0.005554733551962801};
    if (k < static_cast<std::int64_t>(kSmall.size())) {
        return kSmall[static_cast<std::size_t>(k)];
    }
    // One division: the terms are evaluated ~n times.
    const double inverse = 1.0 / static_cast<double>(k);
    const double i2 = inverse * inverse;
    return (1.0 / 12 - i2 * (1.0 / 360 - i2 * (1.0 / 1260 - i2 * (1.0 / 1680 - i2 / 1188))))
        * inverse;
}

// log(1 + t) − t for t = numerator/denominator > −1 (near t = −1 the caller's 1 + t, given as
// onePlusNumerator/denominator, is more precise than fl(1 + t)). For small |t| the two nearly
// cancel: with v = t/(2 + t), log(1 + t) = 2·atanh(v) and t − 2v = t·v, so the result is
// 2·Σ_{k≥1} v^(2k+1)/(2k+1) − t·v, whose two parts differ by a factor of at least 6.
double log1pMinusT(double numerator, double onePlusNumerator, double denominator)
{
    // 1/(2k + 1) for k = 1…: |v| < 1/3 needs at most 16 terms for 2⁻⁵³ (multiplying, not
    // dividing, in the loop that runs ~n times).
    static constexpr std::array<double, 17> kOdd{
        1.0 / 3,  1.0 / 5,  1.0 / 7,  1.0 / 9,  1.0 / 11, 1.0 / 13, 1.0 / 15, 1.0 / 17, 1.0 / 19,
        1.0 / 21, 1.0 / 23, 1.0 / 25, 1.0 / 27, 1.0 / 29, 1.0 / 31, 1.0 / 33, 1.0 / 35};
    const double t = numerator / denominator;
    if (std::abs(t) >= 0.5) {
        return std::log(onePlusNumerator / denominator) - t;
    }
    const double v = t / (2 + t);
    const double v2 = v * v;
    double power = v;
    double series = 0.0;
    for (const double odd : kOdd) {
        power *= v2;
        const double next = series + power * odd;
        if (next == series) {
            break;
        }
        series = next;
    }
    return 2 * series - t * v;
}

// The lower Birnbaum–Tingey sum for large n, with each term A_j evaluated on its own in log
// space. Its logarithm, log C(n, j) + j·log p + (n − j)·log q − log p with p = x + j/n, has
// parts of size ~n that cancel to ~n·x²; written as Stirling remainders plus
// j·[log(1 + m/j) − m/j] + (n − j)·[log(1 − m/(n − j)) + m/(n − j)] (m = n·x, Loader's
// saddle-point form of the binomial), every part is small and accurate to a few ulps.
class LowerSum
{
public:
    LowerSum(std::int64_t n, double x)
        : n_(n)
        , dn_(static_cast<double>(n))
        , x_(x)
        , m_(Internal::ddMul(dn_, x))
        , stirlingN_(stirlingError(n))
    {}

    // log A_j as an unevaluated sum hi + lo.
    DoubleDouble logTerm(std::int64_t j) const
    {
        if (j == 0) {
            // A_0 = (1 − x)^n / x
            return Internal::ddAdd(dn_ * std::log1p(-x_), -std::log(x_));
        }
        const auto dj = static_cast<double>(j);
        const auto dnj = static_cast<double>(n_ - j);
        const double mPlusJ = Internal::ddAdd(m_, dj).hi;
        const double qn = Internal::ddSub(DoubleDouble{dnj, 0.0}, m_).hi; // n − j − m
        const double pSide = dj * log1pMinusT(m_.hi, mPlusJ, dj);
        const double qSide = dnj * log1pMinusT(-m_.hi, qn, dnj);
        DoubleDouble sum = Internal::ddAdd(pSide, qSide);
        sum = Internal::ddAdd(sum, stirlingN_ - stirlingError(j) - stirlingError(n_ - j));
        // ½·log(n/(2π·j·(n − j))) − log p in one logarithm.
        const double scale = std::sqrt(dn_ / (2 * std::numbers::pi * dj * dnj)) * (dn_ / mPlusJ);
        return Internal::ddAdd(sum, std::log(scale));
    }

    // x · Σ_{j=0}^{last} A_j
    double sum(std::int64_t last) const;

private:
    // The index of the largest term: log A_j is concave in j here (for n·x² > 1), so its
    // forward differences decrease and a bisection on their sign finds the peak.
    std::int64_t peak(std::int64_t last) const
    {
        std::int64_t lo = 0;
        std::int64_t hi = last;
        while (lo < hi) {
            const std::int64_t mid = lo + (hi - lo) / 2;
            const DoubleDouble rise = Internal::ddSub(logTerm(mid + 1), logTerm(mid));
            if (rise.hi > 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    std::int64_t n_;
    double dn_;
    double x_;
    DoubleDouble m_;
    double stirlingN_;
};

// Sums outward from the peak, scaled by the peak term, so that nothing over- or underflows and
// only the ~√n terms that matter are evaluated; each direction stops, as the cephes loop does,
// once its remaining (smaller, by concavity) terms cannot change the sum.
double LowerSum::sum(std::int64_t last) const
{
    const std::int64_t top = peak(last);
    const DoubleDouble logTop = logTerm(top);
    const auto relative = [&](std::int64_t j) {
        const DoubleDouble diff = Internal::ddSub(logTerm(j), logTop);
        return std::exp(diff.hi + diff.lo);
    };
    double total = 1.0;
    for (std::int64_t j = top + 1; j <= last; ++j) {
        const double term = relative(j);
        total += term;
        if (4 * static_cast<double>(last - j) * term < DBL_EPSILON * total) {
            break;
        }
    }
    for (std::int64_t j = top - 1; j >= 0; --j) {
        const double term = relative(j);
        total += term;
        if (4 * static_cast<double>(j) * term < DBL_EPSILON * total) {
            break;
        }
    }
    // x · A_top · total, with log A_top kept to ~1e-16 absolute: its size (up to ~745) would
    // otherwise cost up to 6e-14 relative on rounding.
    const DoubleDouble logResult
        = Internal::ddAdd(Internal::ddAdd(logTop, std::log(x_)), std::log(total));
    return std::exp(logResult.hi) * (1 + logResult.lo);
}

double clipProbability(double p)
{
    return p < 0.0 ? 0.0 : (p > 1.0 ? 1.0 : p);
}

} // namespace

double smirnovSf(std::int64_t n, double d)
{
    const double x = d;
    if (!(n > 0 && x >= 0.0 && x <= 1.0)) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    if (n == 1) {
        return 1 - x;
    }
    if (x == 0.0) {
        return 1.0;
    }
    if (x == 1.0) {
        return 0.0;
    }
    const NxParts nx = modNX(n, x);
    std::int64_t n1mxfl = n - nx.nxFloor - (nx.alpha == 0 ? 0 : 1);
    std::int64_t n1mxceil = n - nx.nxFloor;
    if (nx.alpha == 0) {
        // Leave the last term out of both sums.
        n1mxfl -= 1;
        n1mxceil += 1;
    }
    if (nx.nxFloor == 0 || (nx.nxFloor == 1 && nx.alpha == 0)) {
        // x ≤ 1/n
        return 1 - x * powD(Internal::ddAdd(1.0, x), n - 1).hi;
    }
    const auto dn = static_cast<double>(n);
    if (-2 * dn * x * x < kMinLog) {
        return 0.0;
    }
    if (nx.nxFloor >= n - 1) {
        return powD(Internal::ddAdd(1.0, -x), n).hi;
    }
    if (n > kMaxComputeN) {
        // p ≈ e^(−(6nx + 1)² / 18n)
        const double logp = -std::pow(6.0 * dn * x + 1, 2) / 18.0 / dn;
        return logp < -std::numbers::ln2 ? std::exp(logp) : 1 - (-std::expm1(logp));
    }
    // The upper sum alternates in sign and loses ~1.6 bits a term: use it only when short.
    const std::int64_t nUpperTerms = n - n1mxceil + 1;
    const bool upper = (nUpperTerms <= 1 && x < 0.5)
        || (n >= kUpperSumMinN && nUpperTerms <= kUpperMaxTerms && x <= 0.5 / std::sqrt(dn));
    // The lower sum's terms are all positive, so for large n the log-space evaluation keeps
    // 1e-13 relative accuracy; the double-double loop stays for small n and the upper sum.
    const double prob = !upper && n >= kLogSpaceMinN
        ? LowerSum(n, x).sum(n1mxfl)
        : birnbaumTingeySum(n, x, upper, upper ? nUpperTerms : n1mxfl + 1);
    return clipProbability(upper ? 1 - prob : prob);
}

} // namespace Quorum
