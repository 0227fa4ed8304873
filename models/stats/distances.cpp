// SPDX-License-Identifier: GPL-3.0-or-later
#include "distances.h"

#include "sortsamples.h"
#include "statserror.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>
#include <vector>

namespace Quorum {

namespace {

constexpr double kEmptyBinShare = 0.0001;

void requireSameBins(std::span<const double> p, std::span<const double> q, const char *what)
{
    if (p.empty() || p.size() != q.size()) {
        throw StatsError(StatsErrorKind::InvalidInput,
                         QCoreApplication::translate("Quorum::Distances",
                                                     "%1 needs two share vectors over the same "
                                                     "bins; got %2 and %3 bins.")
                             .arg(QString::fromUtf8(what))
                             .arg(p.size())
                             .arg(q.size()));
    }
}

std::vector<double> normalised(std::span<const double> shares)
{
    double total = 0.0;
    for (double s : shares) {
        total += s;
    }
    std::vector<double> out(shares.begin(), shares.end());
    if (total > 0.0) {
        for (double &s : out) {
            s /= total;
        }
    }
    return out;
}

// SciPy's rel_entr(x, y): x·ln(x/y), 0 when x is 0.
double relativeEntropyTerm(double x, double y)
{
    if (x == 0.0 && y >= 0.0) {
        return 0.0;
    }
    if (x > 0.0 && y > 0.0) {
        return x * std::log(x / y);
    }
    return std::numeric_limits<double>::infinity();
}

} // namespace

double populationStabilityIndex(std::span<const double> referenceShares,
                                std::span<const double> currentShares)
{
    requireSameBins(referenceShares, currentShares, "PSI");
    double psi = 0.0;
    for (std::size_t i = 0; i < referenceShares.size(); ++i) {
        const double r = referenceShares[i] > 0.0 ? referenceShares[i] : kEmptyBinShare;
        const double c = currentShares[i] > 0.0 ? currentShares[i] : kEmptyBinShare;
        psi += (c - r) * std::log(c / r);
    }
    return psi;
}

double jensenShannonDistance(std::span<const double> p, std::span<const double> q)
{
    requireSameBins(p, q, "The Jensen-Shannon distance");
    const auto pn = normalised(p);
    const auto qn = normalised(q);
    double left = 0.0;
    double right = 0.0;
    for (std::size_t i = 0; i < pn.size(); ++i) {
        const double m = (pn[i] + qn[i]) / 2.0;
        left += relativeEntropyTerm(pn[i], m);
        right += relativeEntropyTerm(qn[i], m);
    }
    return std::sqrt((left + right) / 2.0);
}

double hellingerDistance(std::span<const double> p, std::span<const double> q)
{
    requireSameBins(p, q, "The Hellinger distance");
    const auto pn = normalised(p);
    const auto qn = normalised(q);
    double sum = 0.0;
    for (std::size_t i = 0; i < pn.size(); ++i) {
        const double d = std::sqrt(pn[i]) - std::sqrt(qn[i]);
        sum += d * d;
    }
    return std::sqrt(sum / 2.0);
}

double wassersteinDistance(std::span<const double> u, std::span<const double> v)
{
    if (u.empty() || v.empty()) {
        throw StatsError(StatsErrorKind::InvalidInput,
                         QCoreApplication::translate("Quorum::Distances",
                                                     "The Wasserstein distance needs two "
                                                     "non-empty samples."));
    }
    const auto a = sortedSamples(u);
    const auto b = sortedSamples(v);
    const double n = double(a.size());
    const double m = double(b.size());
    std::size_t i = 0;
    std::size_t j = 0;
    double distance = 0.0;
    // Walk the merged values; between x and the next value the CDFs are i/n and j/m.
    while (i < a.size() || j < b.size()) {
        const double x = (j == b.size() || (i < a.size() && a[i] <= b[j])) ? a[i] : b[j];
        while (i < a.size() && a[i] <= x) {
            ++i;
        }
        while (j < b.size() && b[j] <= x) {
            ++j;
        }
        if (i == a.size() && j == b.size()) {
            break;
        }
        const double next = (j == b.size() || (i < a.size() && a[i] <= b[j])) ? a[i] : b[j];
        distance += std::abs(double(i) / n - double(j) / m) * (next - x);
    }
    return distance;
}

double populationStdDev(std::span<const double> values)
{
    if (values.empty()) {
        return 0.0;
    }
    double mean = 0.0;
    for (double x : values) {
        mean += x;
    }
    mean /= double(values.size());
    double squares = 0.0;
    for (double x : values) {
        squares += (x - mean) * (x - mean);
    }
    return std::sqrt(squares / double(values.size()));
}

} // namespace Quorum
