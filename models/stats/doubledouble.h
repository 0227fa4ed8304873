// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <bit>
#include <cmath>
#include <cstdint>

// Double-double arithmetic (a value is hi + lo with |lo| ≤ ulp(hi)/2), the subset that SciPy's
// cephes kolmogorov.c uses, ported from scipy/special/cephes/dd_idefs.h and dd_real_idefs.h
// (QD library, Hida, Li and Bailey; modified BSD licence). Internal to the statistics engine.

namespace Quorum::Internal {

/// hi + lo, normalised so that hi = fl(hi + lo).
struct DoubleDouble
{
    double hi = 0.0;
    double lo = 0.0;
};

/// fl(a + b) and its rounding error in @p err; requires |a| ≥ |b|.
inline double quickTwoSum(double a, double b, double &err)
{
    const double s = a + b;
    err = b - (s - a);
    return s;
}

/// fl(a + b) and its rounding error in @p err.
inline double twoSum(double a, double b, double &err)
{
    const double s = a + b;
    const double c = s - a;
    const double d = b - c;
    const double e = s - c;
    err = (a - e) + d;
    return s;
}

/// fl(a · b) and its rounding error in @p err (exact by a fused multiply-add).
inline double twoProd(double a, double b, double &err)
{
    const double p = a * b;
    err = std::fma(a, b, -p);
    return p;
}

inline bool ddIsZero(DoubleDouble a)
{
    return a.hi == 0.0;
}

inline DoubleDouble ddAdd(double a, double b)
{
    double e = 0.0;
    const double s = twoSum(a, b, e);
    return {s, e};
}

inline DoubleDouble ddAdd(DoubleDouble a, double b)
{
    double s2 = 0.0;
    double s1 = twoSum(a.hi, b, s2);
    s2 += a.lo;
    s1 = quickTwoSum(s1, s2, s2);
    return {s1, s2};
}

/// The IEEE-style accurate sum (Briggs and Kahan).
inline DoubleDouble ddAdd(DoubleDouble a, DoubleDouble b)
{
    double s2 = 0.0;
    double t2 = 0.0;
    double s1 = twoSum(a.hi, b.hi, s2);
    const double t1 = twoSum(a.lo, b.lo, t2);
    s2 += t1;
    s1 = quickTwoSum(s1, s2, s2);
    s2 += t2;
    s1 = quickTwoSum(s1, s2, s2);
    return {s1, s2};
}

inline DoubleDouble ddSub(DoubleDouble a, DoubleDouble b)
{
    return ddAdd(a, DoubleDouble{-b.hi, -b.lo});
}

inline DoubleDouble ddSub(DoubleDouble a, double b)
{
    double s2 = 0.0;
    double s1 = twoSum(a.hi, -b, s2);
    s2 += a.lo;
    s1 = quickTwoSum(s1, s2, s2);
    return {s1, s2};
}

inline DoubleDouble ddMul(double a, double b)
{
    double e = 0.0;
    const double p = twoProd(a, b, e);
    return {p, e};
}

inline DoubleDouble ddMul(DoubleDouble a, DoubleDouble b)
{
    double p2 = 0.0;
    double p1 = twoProd(a.hi, b.hi, p2);
    p2 += (a.hi * b.lo + a.lo * b.hi);
    p1 = quickTwoSum(p1, p2, p2);
    return {p1, p2};
}

inline DoubleDouble ddMul(DoubleDouble a, double b)
{
    double e1 = 0.0;
    double e2 = 0.0;
    double p1 = twoProd(a.hi, b, e1);
    const double p2 = twoProd(a.lo, b, e2);
    p1 = quickTwoSum(p1, e2 + p2 + e1, e1);
    return {p1, e1};
}

inline DoubleDouble ddMul(double a, DoubleDouble b)
{
    double e1 = 0.0;
    double e2 = 0.0;
    double p1 = twoProd(a, b.hi, e1);
    const double p2 = twoProd(a, b.lo, e2);
    p1 = quickTwoSum(p1, e2 + p2 + e1, e1);
    return {p1, e1};
}

/// The accurate quotient (three correction steps).
inline DoubleDouble ddDiv(DoubleDouble a, DoubleDouble b)
{
    double q1 = a.hi / b.hi;
    DoubleDouble r = ddSub(a, ddMul(b, q1));
    double q2 = r.hi / b.hi;
    r = ddSub(r, ddMul(b, q2));
    const double q3 = r.hi / b.hi;
    q1 = quickTwoSum(q1, q2, q2);
    return ddAdd(DoubleDouble{q1, q2}, q3);
}

inline DoubleDouble ddDiv(double a, double b)
{
    return ddDiv(DoubleDouble{a, 0.0}, DoubleDouble{b, 0.0});
}

inline DoubleDouble ddDiv(DoubleDouble a, double b)
{
    return ddDiv(a, DoubleDouble{b, 0.0});
}

inline DoubleDouble ddInverse(DoubleDouble a)
{
    return ddDiv(DoubleDouble{1.0, 0.0}, a);
}

inline DoubleDouble ddFloor(DoubleDouble a)
{
    double hi = std::floor(a.hi);
    double lo = 0.0;
    if (hi == a.hi) {
        lo = std::floor(a.lo);
        hi = quickTwoSum(hi, lo, lo);
    }
    return {hi, lo};
}

/// std::ldexp, by editing the exponent bits when the operand and the result are normal (the
/// Smirnov sum spends a quarter of its time in libm's scalbn otherwise).
inline double fastLdexp(double x, int exponent)
{
    constexpr std::uint64_t kExponentMask = std::uint64_t{0x7ff} << 52;
    const auto bits = std::bit_cast<std::uint64_t>(x);
    const auto biased = static_cast<int>((bits & kExponentMask) >> 52);
    if (biased == 0 || biased == 0x7ff || exponent <= -biased || exponent >= 0x7ff - biased) {
        return x == 0.0 ? x : std::ldexp(x, exponent);
    }
    const auto scaled = static_cast<std::uint64_t>(biased + exponent) << 52;
    return std::bit_cast<double>((bits & ~kExponentMask) | scaled);
}

/// std::frexp, by reading the exponent bits when @p x is normal.
inline double fastFrexp(double x, int &exponent)
{
    constexpr std::uint64_t kExponentMask = std::uint64_t{0x7ff} << 52;
    const auto bits = std::bit_cast<std::uint64_t>(x);
    const auto biased = static_cast<int>((bits & kExponentMask) >> 52);
    if (biased == 0 || biased == 0x7ff) {
        return std::frexp(x, &exponent);
    }
    exponent = biased - 1022;
    return std::bit_cast<double>((bits & ~kExponentMask) | (std::uint64_t{1022} << 52));
}

inline DoubleDouble ddLdexp(DoubleDouble a, int exponent)
{
    return {fastLdexp(a.hi, exponent), fastLdexp(a.lo, exponent)};
}

/// The mantissa b with 0.5 ≤ |b.hi| < 1 (or |b.hi| = 1 with b.lo of the other sign) and the
/// exponent in @p exponent such that a = b · 2^exponent.
inline DoubleDouble ddFrexp(DoubleDouble a, int &exponent)
{
    int e = 0;
    double mantissa = fastFrexp(a.hi, e);
    double low = fastLdexp(a.lo, -e);
    if (std::abs(mantissa) == 0.5 && mantissa * low < 0) {
        mantissa *= 2;
        low *= 2;
        e -= 1;
    }
    exponent = e;
    return {mantissa, low};
}

} // namespace Quorum::Internal
