// SPDX-License-Identifier: GPL-3.0-or-later
// sortSamples() (a radix sort on the bit patterns above a few thousand values) against std::sort
// with −0.0 ordered before +0.0, compared bit for bit.
#include "stats/sortsamples.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <vector>

using namespace Quorum;

namespace {

using Limits = std::numeric_limits<double>;

// std::sort's order made total: equal values keep no order there, so −0.0 goes first.
std::vector<double> referenceSorted(std::vector<double> values)
{
    std::sort(values.begin(), values.end(), [](double a, double b) {
        return a < b || (a == b && std::signbit(a) && !std::signbit(b));
    });
    return values;
}

std::vector<std::uint64_t> bits(const std::vector<double> &values)
{
    std::vector<std::uint64_t> out;
    out.reserve(values.size());
    for (double v : values) {
        out.push_back(std::bit_cast<std::uint64_t>(v));
    }
    return out;
}

// Every kind of finite double and infinity, in random order: arbitrary bit patterns (so every
// exponent, denormals included), ordinary numbers, a few repeated values and the edge cases.
std::vector<double> mixedDoubles(std::size_t size, std::uint64_t seed)
{
    static const std::vector<double> kSpecial = {0.0,
                                                 -0.0,
                                                 Limits::denorm_min(),
                                                 -Limits::denorm_min(),
                                                 Limits::min(),
                                                 -Limits::min(),
                                                 Limits::max(),
                                                 -Limits::max(),
                                                 Limits::infinity(),
                                                 -Limits::infinity(),
                                                 1.0,
                                                 -1.0,
                                                 1e300,
                                                 -1e-300};
    std::mt19937_64 engine(seed);
    std::normal_distribution<double> normal(0.0, 1000.0);
    std::uniform_int_distribution<std::size_t> special(0, kSpecial.size() - 1);
    std::vector<double> values;
    values.reserve(size);
    while (values.size() < size) {
        const std::uint64_t word = engine();
        double v = 0.0;
        switch (word % 4) {
        case 0:
            v = std::bit_cast<double>(engine());
            break;
        case 1:
            v = normal(engine);
            break;
        case 2:
            v = double(std::int64_t(word >> 58)) - 32.0; // small integers, many repeats
            break;
        default:
            v = kSpecial[special(engine)];
            break;
        }
        if (!std::isnan(v)) {
            values.push_back(v);
        }
    }
    return values;
}

// The index of the first value whose bits differ, or the size when none does (a short failure
// message instead of two vectors of millions).
std::size_t firstDifference(const std::vector<double> &actual, const std::vector<double> &expected)
{
    REQUIRE(actual.size() == expected.size());
    const auto actualBits = bits(actual);
    const auto expectedBits = bits(expected);
    return std::size_t(
        std::mismatch(actualBits.begin(), actualBits.end(), expectedBits.begin()).first
        - actualBits.begin());
}

void requireSortsLikeStdSort(const std::vector<double> &values)
{
    CAPTURE(values.size());
    const auto expected = referenceSorted(values);
    CHECK(firstDifference(sortedSamples(values), expected) == values.size());
    std::vector<double> inPlace = values;
    sortSamples(inPlace);
    CHECK(firstDifference(inPlace, expected) == values.size());
}

} // namespace

TEST_CASE("Sorting gives std::sort's order for every kind of double, around the radix threshold",
          "[stats][sort]")
{
    // The radix sort takes over from std::sort at 4096 values.
    const std::size_t size
        = GENERATE(std::size_t(0), 1, 2, 17, 2000, 4095, 4096, 4097, 5000, 65537);
    requireSortsLikeStdSort(mixedDoubles(size, 42 + size));
}

TEST_CASE("Sorting a million doubles gives std::sort's order", "[stats][sort]")
{
    requireSortsLikeStdSort(mixedDoubles(1000000, 7));

    std::mt19937_64 engine(11);
    std::normal_distribution<double> normal;
    std::vector<double> samples(1000000);
    for (double &v : samples) {
        v = normal(engine);
    }
    requireSortsLikeStdSort(samples);
}

TEST_CASE("Negative zero sorts before positive zero", "[stats][sort]")
{
    std::vector<double> zeros;
    for (int i = 0; i < 6000; ++i) {
        zeros.push_back(i % 3 == 0 ? -0.0 : 0.0);
    }
    zeros.push_back(-1.0);
    zeros.push_back(1.0);
    const auto sorted = sortedSamples(zeros);
    REQUIRE(sorted.front() == -1.0);
    REQUIRE(sorted.back() == 1.0);
    const auto firstPositive = std::find_if(sorted.begin(), sorted.end(),
                                            [](double v) { return v == 0.0 && !std::signbit(v); });
    CHECK(std::distance(sorted.begin(), firstPositive) == 1 + 2000);
    CHECK(std::all_of(firstPositive, sorted.end() - 1,
                      [](double v) { return v == 0.0 && !std::signbit(v); }));
    requireSortsLikeStdSort(zeros);
}

TEST_CASE("Values that share most of their bits sort correctly", "[stats][sort]")
{
    // Passes over a digit all values share are skipped. Values up to 200, 60,000 or 10⁷ ulps
    // above 1.0 differ in their lowest one, two or three bytes: an odd number of passes must
    // still leave the result in the right buffer, in place too. Equal values skip every pass.
    const std::uint64_t span = GENERATE(std::uint64_t(200), 60000, 10000000);
    CAPTURE(span);
    std::mt19937_64 engine(span);
    const auto one = std::bit_cast<std::uint64_t>(1.0);
    std::vector<double> nearby;
    for (int i = 0; i < 6000; ++i) {
        nearby.push_back(std::bit_cast<double>(one + engine() % span));
    }
    requireSortsLikeStdSort(nearby);
    requireSortsLikeStdSort(std::vector<double>(6000, 2.5));

    std::vector<double> integers;
    for (int i = 0; i < 6000; ++i) {
        integers.push_back(double(engine() % 100000) - 50000.0);
    }
    requireSortsLikeStdSort(integers);
}

TEST_CASE("sortedSamples leaves its input as it was", "[stats][sort]")
{
    const auto values = mixedDoubles(10000, 3);
    const auto before = values;
    const auto sorted = sortedSamples(values);
    CHECK(firstDifference(values, before) == values.size());
    CHECK(std::is_sorted(sorted.begin(), sorted.end()));
}
