// SPDX-License-Identifier: GPL-3.0-or-later
#include "binning.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Quorum {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

QString edgeText(double x)
{
    if (std::isinf(x)) {
        return x < 0 ? QStringLiteral("−∞") : QStringLiteral("+∞");
    }
    return QString::number(x, 'g', 6);
}

// NumPy 1.24's quantile with method='linear': virtual index (n − 1)·q, and _lerp's two forms.
double linearQuantile(std::span<const double> sorted, double q)
{
    const double virtualIndex = double(sorted.size() - 1) * q;
    const double below = std::floor(virtualIndex);
    const auto lo = std::size_t(below);
    const auto hi = std::min(lo + 1, sorted.size() - 1);
    const double t = virtualIndex - below;
    const double a = sorted[lo];
    const double b = sorted[hi];
    const double diff = b - a;
    return t >= 0.5 ? b - diff * (1.0 - t) : a + diff * t;
}

std::vector<double> shares(const std::vector<std::int64_t> &counts, std::int64_t total)
{
    std::vector<double> out(counts.size(), 0.0);
    for (std::size_t i = 0; i < counts.size(); ++i) {
        out[i] = total > 0 ? double(counts[i]) / double(total) : 0.0;
    }
    return out;
}

void fillShares(BinnedShares &bins)
{
    std::int64_t r = 0;
    std::int64_t c = 0;
    for (auto n : bins.referenceCounts) {
        r += n;
    }
    for (auto n : bins.currentCounts) {
        c += n;
    }
    bins.reference = shares(bins.referenceCounts, r);
    bins.current = shares(bins.currentCounts, c);
}

// Counts of right-closed bins (eᵢ, eᵢ₊₁] of a sorted sample; the first bin is (−∞, e₁].
std::vector<std::int64_t> rightClosedCounts(std::span<const double> sorted,
                                            const std::vector<double> &edges)
{
    std::vector<std::int64_t> counts(edges.size() - 1, 0);
    std::int64_t previous = 0;
    for (std::size_t i = 1; i < edges.size(); ++i) {
        const auto upTo = i + 1 == edges.size()
            ? std::int64_t(sorted.size())
            : std::int64_t(std::upper_bound(sorted.begin(), sorted.end(), edges[i])
                           - sorted.begin());
        counts[i - 1] = upTo - previous;
        previous = upTo;
    }
    return counts;
}

// Counts like np.histogram with explicit edges: [eᵢ, eᵢ₊₁), the last bin closed.
std::vector<std::int64_t> histogramCounts(std::span<const double> sorted,
                                          const std::vector<double> &edges)
{
    std::vector<std::int64_t> counts(edges.size() - 1, 0);
    for (std::size_t i = 0; i + 1 < edges.size(); ++i) {
        const auto from = std::lower_bound(sorted.begin(), sorted.end(), edges[i]);
        const auto to = i + 2 == edges.size()
            ? std::upper_bound(sorted.begin(), sorted.end(), edges[i + 1])
            : std::lower_bound(sorted.begin(), sorted.end(), edges[i + 1]);
        counts[i] = std::int64_t(to - from);
    }
    return counts;
}

} // namespace

BinnedShares quantileBins(std::span<const double> referenceSorted,
                          std::span<const double> currentSorted, int bins)
{
    BinnedShares out;
    out.edges.push_back(-kInfinity);
    for (int k = 1; k < bins; ++k) {
        const double edge = linearQuantile(referenceSorted, double(k) / double(bins));
        if (edge != out.edges.back()) {
            out.edges.push_back(edge);
        }
    }
    out.edges.push_back(kInfinity);
    for (std::size_t i = 0; i + 1 < out.edges.size(); ++i) {
        out.labels.append(
            QStringLiteral("(%1, %2]").arg(edgeText(out.edges[i]), edgeText(out.edges[i + 1])));
    }
    out.referenceCounts = rightClosedCounts(referenceSorted, out.edges);
    out.currentCounts = rightClosedCounts(currentSorted, out.edges);
    fillShares(out);
    return out;
}

BinnedShares sturgesBins(std::span<const double> reference, std::span<const double> current)
{
    std::vector<double> ref(reference.begin(), reference.end());
    std::vector<double> cur(current.begin(), current.end());
    std::sort(ref.begin(), ref.end());
    std::sort(cur.begin(), cur.end());
    const double low = std::min(ref.front(), cur.front());
    const double high = std::max(ref.back(), cur.back());
    const double size = double(ref.size() + cur.size());
    // np.histogram_bin_edges(…, bins='sturges'): width ptp/(log2 n + 1) over the data's range,
    // an empty range widened by ±0.5 with one bin, edges from np.linspace.
    double first = low;
    double last = high;
    int count = 1;
    if (low == high) {
        first -= 0.5;
        last += 0.5;
    } else {
        const double width = (high - low) / (std::log2(size) + 1.0);
        count = int(std::ceil((last - first) / width));
    }
    const double step = (last - first) / double(count);
    BinnedShares out;
    for (int k = 0; k < count; ++k) {
        out.edges.push_back(double(k) * step + first);
    }
    out.edges.push_back(last);
    for (std::size_t i = 0; i + 1 < out.edges.size(); ++i) {
        const bool closed = i + 2 == out.edges.size();
        out.labels.append(QStringLiteral("[%1, %2%3")
                              .arg(edgeText(out.edges[i]), edgeText(out.edges[i + 1]),
                                   closed ? QStringLiteral("]") : QStringLiteral(")")));
    }
    out.referenceCounts = histogramCounts(ref, out.edges);
    out.currentCounts = histogramCounts(cur, out.edges);
    fillShares(out);
    return out;
}

BinnedShares categoryBins(const QStringList &labels, std::span<const std::int64_t> referenceCounts,
                          std::span<const std::int64_t> currentCounts)
{
    BinnedShares out;
    out.labels = labels;
    out.referenceCounts.assign(referenceCounts.begin(), referenceCounts.end());
    out.currentCounts.assign(currentCounts.begin(), currentCounts.end());
    out.referenceCounts.resize(std::size_t(labels.size()), 0);
    out.currentCounts.resize(std::size_t(labels.size()), 0);
    fillShares(out);
    return out;
}

BinnedShares valueBins(std::span<const double> referenceSorted,
                       std::span<const double> currentSorted)
{
    std::vector<double> values;
    std::merge(referenceSorted.begin(), referenceSorted.end(), currentSorted.begin(),
               currentSorted.end(), std::back_inserter(values));
    values.erase(std::unique(values.begin(), values.end()), values.end());
    BinnedShares out;
    for (double v : values) {
        out.labels.append(QString::number(v, 'g', 12));
        const auto count = [v](std::span<const double> sorted) {
            const auto range = std::equal_range(sorted.begin(), sorted.end(), v);
            return std::int64_t(range.second - range.first);
        };
        out.referenceCounts.push_back(count(referenceSorted));
        out.currentCounts.push_back(count(currentSorted));
    }
    fillShares(out);
    return out;
}

std::int64_t distinctCount(std::span<const double> sorted)
{
    std::int64_t distinct = 0;
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
            ++distinct;
        }
    }
    return distinct;
}

} // namespace Quorum
