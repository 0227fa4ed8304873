// SPDX-License-Identifier: GPL-3.0-or-later
// An LSD radix sort on the bits of each double mapped to an unsigned key of the same order:
// several times faster than std::sort on millions of values, which is most of what a KS or PSI
// comparison of large samples costs.
#include "sortsamples.h"

#include "csvparser.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <memory>

namespace Quorum {

namespace {

// Below this many values std::sort wins (measured crossover about 3,500 normal samples): the
// radix sort has a fixed cost of kPasses × kBuckets and needs a second buffer.
constexpr std::size_t kRadixThreshold = 4096;

// 8-bit digits: 256 buckets keep every pass's write streams within the TLB and the caches, which
// beats 11-bit digits (6 passes but 2048 streams) from a million values on.
constexpr unsigned kDigitBits = 8;
constexpr unsigned kPasses = 64 / kDigitBits;
constexpr std::size_t kBuckets = std::size_t(1) << kDigitBits;
constexpr std::uint64_t kDigitMask = kBuckets - 1;
constexpr std::uint64_t kSignBit = std::uint64_t(1) << 63;

using Histogram = std::array<std::size_t, kBuckets>;
using Histograms = std::array<Histogram, kPasses>;

// Ordered like the doubles: a negative's bits are all flipped (a larger magnitude gives a
// smaller key), a positive gets its sign bit set. −0.0 maps just below +0.0.
inline std::uint64_t orderedKey(double value)
{
    const auto bits = std::bit_cast<std::uint64_t>(value);
    return bits ^ ((std::uint64_t(0) - (bits >> 63)) | kSignBit);
}

// Counts every pass's digits in one read of the values.
void countDigits(const double *values, std::size_t n, Histograms &histograms)
{
    for (Histogram &histogram : histograms) {
        histogram.fill(0);
    }
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t key = orderedKey(values[i]);
        for (unsigned pass = 0; pass < kPasses; ++pass) {
            ++histograms[pass][(key >> (pass * kDigitBits)) & kDigitMask];
        }
    }
}

// A pass where every value has the same digit would move nothing.
bool passSorts(const Histogram &histogram, std::size_t n)
{
    return std::none_of(histogram.begin(), histogram.end(),
                        [n](std::size_t count) { return count == n; });
}

// One stable counting pass from @p from to @p to by the digit of @p pass.
void scatter(const double *from, double *to, std::size_t n, const Histogram &histogram,
             unsigned pass)
{
    Histogram offsets;
    std::size_t total = 0;
    for (std::size_t b = 0; b < kBuckets; ++b) {
        offsets[b] = total;
        total += histogram[b];
    }
    const unsigned shift = pass * kDigitBits;
    for (std::size_t i = 0; i < n; ++i) {
        const double value = from[i];
        to[offsets[(orderedKey(value) >> shift) & kDigitMask]++] = value;
    }
}

// Sorts the @p n values at @p input into @p output, using @p spare as the other buffer of the
// ping-pong. @p input may be @p output (then the values are sorted in place) but not @p spare.
void radixSort(const double *input, double *output, double *spare, std::size_t n)
{
    Histograms histograms;
    countDigits(input, n, histograms);
    std::array<unsigned, kPasses> passes{};
    std::size_t active = 0;
    for (unsigned pass = 0; pass < kPasses; ++pass) {
        if (passSorts(histograms[pass], n)) {
            passes[active++] = pass;
        }
    }
    // The passes alternate between the buffers and the last one must write into output; a
    // first pass into output is impossible when sorting in place, so that case copies back.
    const bool inPlace = input == output;
    double *target = (active % 2 == 1 && !inPlace) ? output : spare;
    const double *source = input;
    for (std::size_t k = 0; k < active; ++k) {
        scatter(source, target, n, histograms[passes[k]], passes[k]);
        source = target;
        target = target == output ? spare : output;
    }
    if (source != output) {
        std::copy(source, source + n, output);
    }
}

// A buffer for the ping-pong, backed by large pages where the OS gives them: first-touch page
// faults on tens of megabytes otherwise cost as much as the sort.
std::unique_ptr<double[]> spareBuffer(std::size_t n)
{
    auto spare = std::make_unique_for_overwrite<double[]>(n);
    Internal::adviseLargePages(spare.get(), n * sizeof(double));
    return spare;
}

// std::sort by the same keys, so −0.0 comes before +0.0 at every size.
void comparisonSort(std::vector<double> &values)
{
    std::sort(values.begin(), values.end(),
              [](double a, double b) { return orderedKey(a) < orderedKey(b); });
}

} // namespace

void sortSamples(std::vector<double> &values)
{
    if (values.size() < kRadixThreshold) {
        comparisonSort(values);
        return;
    }
    const auto spare = spareBuffer(values.size());
    radixSort(values.data(), values.data(), spare.get(), values.size());
}

std::vector<double> sortedSamples(std::span<const double> values)
{
    if (values.size() < kRadixThreshold) {
        std::vector<double> copy(values.begin(), values.end());
        comparisonSort(copy);
        return copy;
    }
    std::vector<double> sorted;
    sorted.reserve(values.size());
    Internal::adviseLargePages(sorted.data(), values.size() * sizeof(double));
    sorted.resize(values.size());
    const auto spare = spareBuffer(values.size());
    radixSort(values.data(), sorted.data(), spare.get(), values.size());
    return sorted;
}

} // namespace Quorum
