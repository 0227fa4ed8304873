// SPDX-License-Identifier: GPL-3.0-or-later
// Ported from SciPy 1.10 (BSD-3-Clause): _compute_prob_outside_square in
// scipy/stats/_stats_py.py, _compute_outer_prob_inside_method in scipy/stats/_stats_pythran.py
// and _kolmogn, _kolmogn_PelzGood in scipy/stats/_ksstats.py. The order of the floating-point
// operations follows the originals so that results agree to the last few bits.
#include "kolmogorovdistribution.h"

#include "kolmogorovmatrix.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>
#include <vector>

namespace Quorum {

namespace {

const double kPiSquared = std::pow(std::numbers::pi, 2);
const double kPiFour = std::pow(std::numbers::pi, 4);
const double kPiSix = std::pow(std::numbers::pi, 6);
const double kSqrt2Pi = std::sqrt(2 * std::numbers::pi);
const double kLog2Pi = std::log(2 * std::numbers::pi);
const double kSqrt3 = std::sqrt(3.0);
constexpr double kMinLog = -708;

double clipProbability(double p)
{
    // np.clip keeps NaN.
    return p < 0.0 ? 0.0 : (p > 1.0 ? 1.0 : p);
}

// log(n! / n^n) by Stirling's series with n·log(n) removed up front.
double logFactorialOverPower(std::int64_t n)
{
    static constexpr std::array<double, 8> kStirling
        = {-2.955065359477124183e-2,  6.4102564102564102564e-3, -1.9175269175269175269e-3,
           8.4175084175084175084e-4,  -5.952380952380952381e-4, 7.9365079365079365079e-4,
           -2.7777777777777777778e-3, 8.3333333333333333333e-2};
    const auto dn = static_cast<double>(n);
    const double rn = 1.0 / dn;
    double poly = 0.0;
    for (const double c : kStirling) {
        poly = poly * (rn / dn) + c;
    }
    return std::log(dn) / 2 - dn + kLog2Pi / 2 + rn * poly;
}

// Ruben–Gambino: Pr(D_n ≤ x) = n!/n^n · (2t − 1)^n for 1/(2n) < x = t/n ≤ 1/n.
double rubenGambinoCdf(std::int64_t n, double t)
{
    const auto dn = static_cast<double>(n);
    if (n <= 140) {
        double prob = 1.0;
        for (std::int64_t k = 1; k <= n; ++k) {
            prob *= static_cast<double>(k) * (1.0 / dn) * (2 * t - 1);
        }
        return prob;
    }
    return std::exp(logFactorialOverPower(n) + dn * std::log(2 * t - 1));
}

struct PelzGoodTerms
{
    std::array<double, 4> k{}; // K0..K3 before the powers of √n
};

// The sums over odd m = 2k − 1 of the transformed Li-Chien/Korolyuk terms, by Horner in q^8k.
PelzGoodTerms pelzGoodOddSums(double z, int maxk)
{
    const double zsquared = std::pow(z, 2);
    const double zfour = std::pow(z, 4);
    const double zsix = std::pow(z, 6);
    const double k1a = -zsquared;
    const double k1b = kPiSquared / 4;
    const double k2a = 6 * zsix + 2 * zfour;
    const double k2b = (2 * zfour - 5 * zsquared) * kPiSquared / 4;
    const double k2c = kPiFour * (1 - 2 * zsquared) / 16;
    const double k3d = kPiSix * (5 - 30 * zsquared) / 64;
    const double k3c = kPiFour * (-60 * zsquared + 212 * zfour) / 16;
    const double k3b = kPiSquared * (135 * zfour - 96 * zsix) / 4;
    const double k3a = -30 * zsix - 90 * std::pow(z, 8);
    const double q = std::exp(-kPiSquared / 8 / zsquared);

    PelzGoodTerms terms;
    for (int k = maxk; k > 0; --k) {
        const auto m = static_cast<double>(2 * k - 1);
        const double msquared = m * m;
        const double mfour = msquared * msquared;
        const double msix = mfour * msquared;
        const double qpower = std::pow(q, 8 * k);
        const std::array<double, 4> coeffs
            = {1.0, k1a + k1b * msquared, k2a + k2b * msquared + k2c * mfour,
               k3a + k3b * msquared + k3c * mfour + k3d * msix};
        for (std::size_t i = 0; i < 4; ++i) {
            terms.k[i] = terms.k[i] * qpower + coeffs[i];
        }
    }
    const std::array<double, 4> divisors
        = {z, 6 * zfour, 72 * std::pow(z, 7), 6480 * std::pow(z, 10)};
    for (std::size_t i = 0; i < 4; ++i) {
        terms.k[i] = terms.k[i] * q * kSqrt2Pi / divisors[i];
    }
    return terms;
}

// Pelz–Good approximation of Pr(D_n ≤ x), 0 < x < 1.
double pelzGoodCdf(std::int64_t n, double x)
{
    if (x <= 0.0) {
        return 0.0;
    }
    if (x >= 1.0) {
        return 1.0;
    }
    const auto dn = static_cast<double>(n);
    const double z = std::sqrt(dn) * x;
    const double zsquared = std::pow(z, 2);
    if (-kPiSquared / 8 / zsquared < kMinLog) {
        return 0.0;
    }
    const int maxk = static_cast<int>(std::ceil(16 * z / std::numbers::pi));
    PelzGoodTerms terms = pelzGoodOddSums(z, maxk);

    // The other sums, over all k ≥ 1: K2 gets (π²k²)q^(k²), K3 (3π²k²z² − π⁴k⁴)q^(k²).
    const double q = std::exp(-kPiSquared / 2 / zsquared);
    const double sqrt3z = kSqrt3 * z;
    double k2extra = 0.0;
    double k3extra = 0.0;
    for (int k = maxk; k > 0; --k) {
        const auto ksquared = static_cast<double>(k) * static_cast<double>(k);
        const double kspi = std::numbers::pi * static_cast<double>(k);
        const double qpower = std::pow(q, ksquared);
        k2extra += ksquared * qpower;
        k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * ksquared * qpower;
    }
    terms.k[2] += k2extra * (kPiSquared * kSqrt2Pi / (-36 * std::pow(z, 3)));
    terms.k[3] += k3extra * (kPiSquared * kSqrt2Pi / (216 * std::pow(z, 6)));

    double sum = 0.0;
    for (std::size_t i = 0; i < 4; ++i) {
        sum += terms.k[i] / std::pow(dn, static_cast<double>(i) / 2.0);
    }
    return sum;
}

// Pr(D_n > x) for x ≥ 1/n once the trivial and Ruben–Gambino ranges are handled.
double kolmogorovSfInterior(std::int64_t n, double x, double t)
{
    const double nxsquared = t * x;
    if (n <= 140) {
        if (nxsquared <= 0.754693) {
            return clipProbability(1.0 - Internal::kolmogorovDmtwCdf(n, x));
        }
        if (nxsquared <= 4) {
            return clipProbability(1.0 - Internal::kolmogorovPomeranzCdf(n, x));
        }
        return clipProbability(2 * smirnovSf(n, x));
    }
    if (nxsquared >= 370.0) {
        return 0.0;
    }
    if (nxsquared >= 2.2) {
        return clipProbability(2 * smirnovSf(n, x));
    }
    const double cdf = n <= 100000 && static_cast<double>(n) * std::pow(x, 1.5) <= 1.4
        ? Internal::kolmogorovDmtwCdf(n, x)
        : pelzGoodCdf(n, x);
    return clipProbability(1.0 - cdf);
}

} // namespace

double ksProbOutsideSquare(std::int64_t n, std::int64_t h)
{
    // Pr = 2·A0·(1 − A1·(1 − A2·(1 − …))) with Ai = binom(2n, n − (i+1)h) / binom(2n, n − ih).
    double p = 0.0;
    for (std::int64_t k = n / h; k >= 0; --k) {
        double p1 = 1.0;
        for (std::int64_t j = 0; j < h; ++j) {
            p1 = static_cast<double>(n - k * h - j) * p1 / static_cast<double>(n + k * h + j + 1);
        }
        p = p1 * (1.0 - p);
    }
    return 2 * p;
}

double ksOuterProbInside(std::int64_t m, std::int64_t n, std::int64_t g, std::int64_t h)
{
    // Column by column, A(x, y) is the probability that a path to (x, y) has already left
    // the band |nx − my|/g < h (Hodges' inside method, Viehmann's recursion for 1 − p).
    if (m < n) {
        std::swap(m, n);
    }
    const auto mg = static_cast<double>(m / g);
    const std::int64_t ng = n / g;
    // In column i, the band's rows are minj ≤ j < maxj (true division, as in Python).
    const auto floorDiv = [mg](std::int64_t k) {
        return static_cast<std::int64_t>(std::floor(static_cast<double>(k) / mg));
    };
    const auto ceilDiv = [mg](std::int64_t k) {
        return static_cast<std::int64_t>(std::ceil(static_cast<double>(k) / mg));
    };
    std::int64_t minj = 0;
    std::int64_t maxj = std::min(ceilDiv(h), n + 1);
    std::int64_t curlen = maxj - minj;
    std::vector<double> a(static_cast<std::size_t>(std::min(2 * maxj + 2, n + 1)), 1.0);
    std::fill(a.begin(), a.begin() + maxj, 0.0);
    for (std::int64_t i = 1; i <= m; ++i) {
        const std::int64_t lastminj = minj;
        const std::int64_t lastlen = curlen;
        minj = std::min(std::max(floorDiv(ng * i - h) + 1, std::int64_t{0}), n);
        maxj = std::min(ceilDiv(ng * i + h), n + 1);
        if (maxj <= minj) {
            return 1.0;
        }
        double val = minj == 0 ? 0.0 : 1.0;
        const auto di = static_cast<double>(i);
        for (std::int64_t jj = 0; jj < maxj - minj; ++jj) {
            const std::int64_t j = jj + minj;
            const auto dj = static_cast<double>(j);
            val = (a[static_cast<std::size_t>(jj + minj - lastminj)] * di + val * dj) / (di + dj);
            a[static_cast<std::size_t>(jj)] = val;
        }
        curlen = maxj - minj;
        if (lastlen > curlen) {
            const auto end = std::min(static_cast<std::size_t>(lastlen), a.size());
            std::fill(a.begin() + curlen, a.begin() + static_cast<std::ptrdiff_t>(end), 1.0);
        }
    }
    return a[static_cast<std::size_t>(maxj - minj - 1)];
}

double kolmogorovSf(std::int64_t n, double x)
{
    if (n < 1 || std::isnan(x)) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    if (x >= 1.0) {
        return 0.0;
    }
    if (x <= 0.0) {
        return 1.0;
    }
    const double t = static_cast<double>(n) * x;
    if (t <= 1.0) {
        return t <= 0.5 ? 1.0 : clipProbability(1.0 - rubenGambinoCdf(n, t));
    }
    if (t >= static_cast<double>(n - 1)) {
        return clipProbability(2 * std::pow(1.0 - x, static_cast<double>(n)));
    }
    if (x >= 0.5) {
        return clipProbability(2 * smirnovSf(n, x));
    }
    return kolmogorovSfInterior(n, x, t);
}

} // namespace Quorum
