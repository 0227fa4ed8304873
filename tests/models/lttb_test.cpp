// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/lttb.h"

#include <QPointF>

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Quorum;

namespace {

std::vector<QPointF> line(const std::vector<double> &ys)
{
    std::vector<QPointF> points;
    for (std::size_t i = 0; i < ys.size(); ++i) {
        points.emplace_back(static_cast<double>(i), ys[i]);
    }
    return points;
}

bool ascendingX(const std::vector<QPointF> &points)
{
    return std::is_sorted(points.begin(), points.end(),
                          [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); })
        && std::adjacent_find(points.begin(), points.end(),
                              [](const QPointF &a, const QPointF &b) { return a.x() == b.x(); })
        == points.end();
}

} // namespace

// Worked by hand: 10 points into 4, so the 8 inner points form 2 buckets of 4 (indices 1–4
// and 5–8).
//  Bucket 1: a = (0, 0); the next bucket averages (6.5, 1.25). Twice the triangle areas
//  |−6.5·y + 1.25·x| are 5.25, 2.5, 2.75 and 60 for indices 1–4: the spike (4, 10) wins.
//  Bucket 2: a = (4, 10); the next "bucket" is the last point (9, 0). |90 − 5·y − 10·x| is
//  35, 30, 0 and 10 for indices 5–8: (5, 1) wins, not the taller (7, 4).
TEST_CASE("LTTB keeps the points of a small example worked by hand", "[models]")
{
    const std::vector<QPointF> points = line({0, 1, 0, 1, 10, 1, 0, 4, 0, 0});
    CHECK(lttbIndices(points, 4) == std::vector<std::size_t>{0, 4, 5, 9});
    CHECK(downsampleLttb(points, 4) == std::vector<QPointF>{{0, 0}, {4, 10}, {5, 1}, {9, 0}});
}

TEST_CASE("LTTB keeps the first and last point, an isolated spike and the requested size",
          "[models]")
{
    std::vector<double> ys(100, 1.0);
    ys[37] = 50.0;
    const std::vector<QPointF> points = line(ys);
    for (const std::size_t threshold : {3u, 5u, 10u, 33u, 99u}) {
        INFO("threshold " << threshold);
        const std::vector<QPointF> kept = downsampleLttb(points, threshold);
        REQUIRE(kept.size() == threshold);
        CHECK(kept.front() == points.front());
        CHECK(kept.back() == points.back());
        CHECK(std::find(kept.begin(), kept.end(), QPointF(37, 50)) != kept.end());
        CHECK(ascendingX(kept));
    }
}

TEST_CASE("LTTB leaves short series alone and keeps both ends of tiny thresholds", "[models]")
{
    const std::vector<QPointF> points = line({3, 1, 4, 1, 5});
    CHECK(downsampleLttb(points, 5) == points);
    CHECK(downsampleLttb(points, 50) == points);
    CHECK(downsampleLttb(points, 0) == points);
    CHECK(downsampleLttb(points, 2) == std::vector<QPointF>{{0, 3}, {4, 5}});
    CHECK(downsampleLttb(points, 1) == std::vector<QPointF>{{0, 3}, {4, 5}});
    CHECK(downsampleLttb({}, 10).empty());
}

TEST_CASE("LTTB reduces a million-point series to the display size with its spike", "[models]")
{
    constexpr std::size_t kSize = 1'000'000;
    std::vector<QPointF> points;
    points.reserve(kSize);
    for (std::size_t i = 0; i < kSize; ++i) {
        const double x = static_cast<double>(i);
        points.emplace_back(x, std::sin(x / 5000.0) + 0.01 * std::sin(x * 1.7));
    }
    points[654'321].setY(25.0);
    const std::vector<QPointF> kept = downsampleLttb(points, kChartDisplayPoints);
    REQUIRE(kept.size() == kChartDisplayPoints);
    CHECK(kept.front() == points.front());
    CHECK(kept.back() == points.back());
    CHECK(ascendingX(kept));
    CHECK(std::find(kept.begin(), kept.end(), points[654'321]) != kept.end());
}
