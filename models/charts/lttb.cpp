// SPDX-License-Identifier: GPL-3.0-or-later
#include "lttb.h"

#include <cmath>
#include <numeric>

namespace Quorum {

namespace {

// First index of bucket @p bucket (0-based, over the points between first and last).
std::size_t bucketStart(std::size_t bucket, double every)
{
    return static_cast<std::size_t>(std::floor(static_cast<double>(bucket) * every)) + 1;
}

QPointF average(std::span<const QPointF> points, std::size_t from, std::size_t to)
{
    double x = 0.0;
    double y = 0.0;
    for (std::size_t i = from; i < to; ++i) {
        x += points[i].x();
        y += points[i].y();
    }
    const auto n = static_cast<double>(to - from);
    return {x / n, y / n};
}

} // namespace

std::vector<std::size_t> lttbIndices(std::span<const QPointF> points, std::size_t threshold)
{
    const std::size_t size = points.size();
    std::vector<std::size_t> kept;
    if (threshold == 0 || threshold >= size) {
        kept.resize(size);
        std::iota(kept.begin(), kept.end(), std::size_t(0));
        return kept;
    }
    if (threshold < 3) {
        return {0, size - 1};
    }
    kept.reserve(threshold);
    const double every = static_cast<double>(size - 2) / static_cast<double>(threshold - 2);
    std::size_t a = 0;
    kept.push_back(a);
    for (std::size_t bucket = 0; bucket + 2 < threshold; ++bucket) {
        const std::size_t nextFrom = bucketStart(bucket + 1, every);
        const std::size_t nextTo = std::min(bucketStart(bucket + 2, every), size);
        const QPointF next = nextFrom < nextTo ? average(points, nextFrom, nextTo) : points.back();
        const std::size_t from = bucketStart(bucket, every);
        const std::size_t to = std::min(bucketStart(bucket + 1, every), size - 1);
        const QPointF &pa = points[a];
        double largest = -1.0;
        std::size_t chosen = from;
        for (std::size_t i = from; i < to; ++i) {
            // Twice the triangle's area; the factor does not change the choice.
            const double area = std::abs((pa.x() - next.x()) * (points[i].y() - pa.y())
                                         - (pa.x() - points[i].x()) * (next.y() - pa.y()));
            if (area > largest) {
                largest = area;
                chosen = i;
            }
        }
        kept.push_back(chosen);
        a = chosen;
    }
    kept.push_back(size - 1);
    return kept;
}

std::vector<QPointF> downsampleLttb(std::span<const QPointF> points, std::size_t threshold)
{
    std::vector<QPointF> out;
    const std::vector<std::size_t> kept = lttbIndices(points, threshold);
    out.reserve(kept.size());
    for (const std::size_t i : kept) {
        out.push_back(points[i]);
    }
    return out;
}

} // namespace Quorum
