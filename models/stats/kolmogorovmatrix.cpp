// SPDX-License-Identifier: GPL-3.0-or-later
// Ported from SciPy 1.10 (BSD-3-Clause), scipy/stats/_ksstats.py: _kolmogn_DMTW,
// _pomeranz_compute_j1j2 and _kolmogn_Pomeranz. Intermediate results are rescaled by 2^±128
// exactly where SciPy rescales them, so under- and overflow happen in the same cases.
#include "kolmogorovmatrix.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstddef>
#include <limits>
#include <vector>

namespace Quorum::Internal {

namespace {

constexpr double kScaleUp = 0x1p128;
constexpr double kScaleDown = 0x1p-128;
constexpr std::int64_t kScaleExponent = 128;

double clipProbability(double p)
{
    return p < 0.0 ? 0.0 : (p > 1.0 ? 1.0 : p);
}

double scaleByPowerOfTwo(double value, std::int64_t exponent)
{
    return std::ldexp(value,
                      static_cast<int>(std::clamp<std::int64_t>(exponent, INT_MIN, INT_MAX)));
}

class SquareMatrix
{
public:
    explicit SquareMatrix(std::size_t size)
        : m_size(size)
        , m_values(size * size, 0.0)
    {}

    static SquareMatrix identity(std::size_t size)
    {
        SquareMatrix result(size);
        for (std::size_t i = 0; i < size; ++i) {
            result(i, i) = 1.0;
        }
        return result;
    }

    std::size_t size() const { return m_size; }
    double &operator()(std::size_t row, std::size_t column)
    {
        return m_values[row * m_size + column];
    }
    double operator()(std::size_t row, std::size_t column) const
    {
        return m_values[row * m_size + column];
    }

    void scale(double factor)
    {
        for (double &value : m_values) {
            value *= factor;
        }
    }

    SquareMatrix operator*(const SquareMatrix &other) const
    {
        SquareMatrix result(m_size);
        for (std::size_t i = 0; i < m_size; ++i) {
            for (std::size_t k = 0; k < m_size; ++k) {
                const double left = (*this)(i, k);
                for (std::size_t j = 0; j < m_size; ++j) {
                    result(i, j) += left * other(k, j);
                }
            }
        }
        return result;
    }

private:
    std::size_t m_size;
    std::vector<double> m_values;
};

// Durbin's m×m matrix H for d = (k − h)/n, m = 2k − 1.
SquareMatrix durbinMatrix(double h, std::size_t m)
{
    std::vector<double> v(m);
    std::vector<double> w(m);
    double fac = 1.0;
    for (std::size_t j = 1; j <= m; ++j) {
        v[j - 1] = 1.0 - std::pow(h, static_cast<double>(j));
        w[j - 1] = fac;
        fac /= static_cast<double>(j);
        v[j - 1] *= fac;
    }
    const double tt = std::pow(std::max(2 * h - 1.0, 0.0), static_cast<double>(m))
        - 2 * std::pow(h, static_cast<double>(m));
    v[m - 1] = (1.0 + tt) * fac;

    SquareMatrix matrix(m);
    for (std::size_t i = 1; i < m; ++i) {
        for (std::size_t row = i - 1; row < m; ++row) {
            matrix(row, i) = w[row - (i - 1)];
        }
    }
    for (std::size_t row = 0; row < m; ++row) {
        matrix(row, 0) = v[row];
    }
    for (std::size_t column = 0; column < m; ++column) {
        matrix(m - 1, column) = v[m - 1 - column];
    }
    return matrix;
}

// Pomeranz's band of non-zero entries [j1, j2] in row i.
struct Band
{
    std::int64_t j1 = 0;
    std::int64_t j2 = 0;
};

Band pomeranzBand(std::int64_t i, std::int64_t n, std::int64_t ll, std::int64_t ceilf,
                  std::int64_t roundf)
{
    std::int64_t j1 = 0;
    std::int64_t j2 = 0;
    const std::int64_t ip1div2 = (i + 1) / 2;
    if (i == 0) {
        j1 = -ll - ceilf - 1;
        j2 = ll + ceilf - 1;
    } else if ((i + 1) % 2 == 0) {
        if (ip1div2 == n + 1) {
            j1 = n - ll - ceilf - 1;
            j2 = n + ll + ceilf - 1;
        } else {
            j1 = ip1div2 - 1 - ll - roundf - 1;
            j2 = ip1div2 + ll - 1 + ceilf - 1;
        }
    } else {
        j1 = ip1div2 - 1 - ll - 1;
        j2 = ip1div2 + ll + roundf - 1;
    }
    return {std::max(j1 + 2, std::int64_t{0}), std::min(j2, n)};
}

// (c/n)^m/m! for m < count: Poisson probabilities without their normalising factor.
std::vector<double> scaledPowers(double cOverN, std::size_t count)
{
    std::vector<double> powers(count);
    powers[0] = 1.0;
    for (std::size_t m = 1; m < count; ++m) {
        powers[m] = powers[m - 1] * cOverN / static_cast<double>(m);
    }
    return powers;
}

// next[0, length) = (previous[offset, offset + ln2) ∗ powers[0, ln2))[start, start + length),
// numpy.convolve's full convolution with its slices clipped to the arrays as Python clips them.
void convolveRow(std::vector<double> &next, const std::vector<double> &previous,
                 std::int64_t offset, std::int64_t ln2, const std::vector<double> &powers,
                 std::int64_t start, std::int64_t length)
{
    const auto size = static_cast<std::int64_t>(previous.size());
    const std::int64_t la = std::max<std::int64_t>(std::min(ln2, size - offset), 0);
    const std::int64_t lb = std::min(ln2, static_cast<std::int64_t>(powers.size()));
    for (std::int64_t c = start; c < start + length && c < la + lb - 1; ++c) {
        if (c < 0) {
            continue;
        }
        double sum = 0.0;
        for (std::int64_t p = std::max<std::int64_t>(0, c - lb + 1); p <= std::min(c, la - 1);
             ++p) {
            sum += previous[static_cast<std::size_t>(offset + p)]
                * powers[static_cast<std::size_t>(c - p)];
        }
        next[static_cast<std::size_t>(c - start)] = sum;
    }
}

} // namespace

double kolmogorovDmtwCdf(std::int64_t n, double d)
{
    if (d >= 1.0) {
        return 1.0;
    }
    const auto dn = static_cast<double>(n);
    const double nd = dn * d;
    if (nd <= 0.5) {
        return 0.0;
    }
    const auto k = static_cast<std::size_t>(std::ceil(nd));
    SquareMatrix h = durbinMatrix(static_cast<double>(k) - nd, 2 * k - 1);

    // p = (H^n)[k−1, k−1] by repeated squaring, H scaled down whenever that entry passes 2^128.
    SquareMatrix power = SquareMatrix::identity(h.size());
    std::int64_t exponent = 0;
    std::int64_t hExponent = 0;
    for (std::int64_t nn = n; nn > 0; nn /= 2) {
        if (nn % 2 != 0) {
            power = power * h;
            exponent += hExponent;
        }
        if (nn == 1) {
            break; // SciPy squares once more, but never uses the result.
        }
        h = h * h;
        hExponent *= 2;
        if (std::abs(h(k - 1, k - 1)) > kScaleUp) {
            h.scale(kScaleDown);
            hExponent += kScaleExponent;
        }
    }

    // Multiply by n!/n^n.
    double p = power(k - 1, k - 1);
    for (std::int64_t i = 1; i <= n; ++i) {
        p = static_cast<double>(i) * p / dn;
        if (std::abs(p) < kScaleDown) {
            p *= kScaleUp;
            exponent -= kScaleExponent;
        }
    }
    return clipProbability(exponent != 0 ? scaleByPowerOfTwo(p, exponent) : p);
}

double kolmogorovPomeranzCdf(std::int64_t n, double x)
{
    const double t = static_cast<double>(n) * x;
    const auto ll = static_cast<std::int64_t>(std::floor(t));
    const double f = t - static_cast<double>(ll);
    const double g = std::min(f, 1.0 - f);
    const std::int64_t ceilf = f > 0 ? 1 : 0;
    const std::int64_t roundf = f > 0.5 ? 1 : 0;
    const auto npwrs = static_cast<std::size_t>(2 * (ll + 1));
    const auto dn = static_cast<double>(n);
    const std::vector<double> gPowers = scaledPowers(g / dn, npwrs);
    const std::vector<double> twoGPowers = scaledPowers(2 * g / dn, npwrs);
    const std::vector<double> oneMinusTwoGPowers = scaledPowers((1 - 2 * g) / dn, npwrs);

    // Only two rows of V are kept; vs is the column index of a row's first stored entry.
    std::vector<double> v0(npwrs, 0.0);
    std::vector<double> v1(npwrs, 0.0);
    v1[0] = 1;
    std::int64_t v0s = 0;
    std::int64_t v1s = 0;
    std::int64_t exponent = 0;
    Band band = pomeranzBand(0, n, ll, ceilf, roundf);
    for (std::int64_t i = 1; i < 2 * n + 2; ++i) {
        const std::int64_t k1 = band.j1;
        std::swap(v0, v1);
        std::swap(v0s, v1s);
        std::fill(v1.begin(), v1.end(), 0.0);
        band = pomeranzBand(i, n, ll, ceilf, roundf);
        const std::vector<double> &powers
            = (i == 1 || i == 2 * n + 1) ? gPowers : (i % 2 != 0 ? twoGPowers : oneMinusTwoGPowers);
        const std::int64_t ln2 = band.j2 - k1 + 1;
        if (ln2 > 0) {
            convolveRow(v1, v0, k1 - v0s, ln2, powers, band.j1 - k1, band.j2 - band.j1 + 1);
            const double largest = *std::max_element(v1.begin(), v1.end());
            if (0 < largest && largest < kScaleDown) {
                for (double &value : v1) {
                    value *= kScaleUp;
                }
                exponent -= kScaleExponent;
            }
            v1s = v0s + band.j1 - k1;
        }
    }

    // Multiply by n!.
    if (n - v1s < 0 || n - v1s >= static_cast<std::int64_t>(npwrs)) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    double answer = v1[static_cast<std::size_t>(n - v1s)];
    for (std::int64_t m = 1; m <= n; ++m) {
        if (std::abs(answer) > kScaleUp) {
            answer *= kScaleDown;
            exponent += kScaleExponent;
        }
        answer *= static_cast<double>(m);
    }
    return clipProbability(exponent != 0 ? scaleByPowerOfTwo(answer, exponent) : answer);
}

} // namespace Quorum::Internal
