// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartscale.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Quorum::Reports::Render {

namespace {

constexpr double kDayMs = 86400000.0;

double niceStep(double span, int intervals)
{
    const double raw = span / intervals;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double residual = raw / magnitude;
    double nice = 10.0;
    if (residual <= 1.0) {
        nice = 1.0;
    } else if (residual <= 2.0) {
        nice = 2.0;
    } else if (residual <= 2.5) {
        nice = 2.5;
    } else if (residual <= 5.0) {
        nice = 5.0;
    }
    return nice * magnitude;
}

int decimalsOf(double step)
{
    for (int decimals = 0; decimals < 6; ++decimals) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled)) {
            return decimals;
        }
    }
    return 6;
}

// Ticks at the multiples of step inside [min, max]; both ends when there are fewer than two.
std::vector<double> ticksWithin(double min, double max, double step)
{
    std::vector<double> ticks;
    const double tolerance = step * 1e-9;
    for (double k = std::ceil((min - tolerance) / step); k * step <= max + tolerance; k += 1.0) {
        const double tick = k * step;
        ticks.push_back(std::abs(tick) < tolerance ? 0.0 : tick);
    }
    if (ticks.size() < 2) {
        ticks = {min, max};
    }
    return ticks;
}

// Widens [min, max] to multiples of a round step, preferring 4 to 6 ticks.
AxisScale roundedAxis(double min, double max)
{
    AxisScale best;
    for (int intervals = 5; intervals <= 9; ++intervals) {
        const double step = niceStep(max - min, intervals);
        AxisScale axis;
        axis.min = std::floor(min / step + 1e-9) * step;
        axis.max = std::ceil(max / step - 1e-9) * step;
        axis.ticks = ticksWithin(axis.min, axis.max, step);
        axis.decimals = decimalsOf(step);
        if (intervals == 5) {
            best = axis;
        }
        if (axis.ticks.size() >= 4 && axis.ticks.size() <= 6) {
            return axis;
        }
    }
    return best;
}

void widenIfFlat(double &min, double &max)
{
    if (max - min > 1e-12 * std::max(1.0, std::abs(max))) {
        return;
    }
    const double pad = min == 0.0 ? 1.0 : std::abs(min) * 0.1;
    min -= pad;
    max += pad;
}

} // namespace

double AxisScale::map(double value, double from, double to) const
{
    return from + (value - min) / (max - min) * (to - from);
}

AxisScale valueAxis(const Chart &chart)
{
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    const auto include = [&](double y) {
        if (std::isfinite(y)) {
            min = std::min(min, y);
            max = std::max(max, y);
        }
    };
    for (const ChartSeries &series : chart.series) {
        for (const auto &point : series.points) {
            if (std::isfinite(point.first)) {
                include(point.second);
            }
        }
    }
    for (const ChartLine &line : chart.lines) {
        include(line.y);
    }
    if (chart.kind == Chart::Kind::Bar) {
        include(0.0);
    }
    if (!std::isfinite(min)) {
        min = 0.0;
        max = 1.0;
    }
    if (chart.yMin && std::isfinite(*chart.yMin)) {
        min = *chart.yMin;
    }
    if (chart.yMax && std::isfinite(*chart.yMax)) {
        max = *chart.yMax;
    }
    if (max < min) {
        std::swap(min, max);
    }
    widenIfFlat(min, max);
    AxisScale axis = roundedAxis(min, max);
    const bool fixedMin = chart.yMin && std::isfinite(*chart.yMin) && *chart.yMin == min;
    const bool fixedMax = chart.yMax && std::isfinite(*chart.yMax) && *chart.yMax == max;
    if (fixedMin || fixedMax) {
        // Keep the given ends exactly; the round step still places the ticks.
        const double step = axis.ticks.size() > 1 ? axis.ticks[1] - axis.ticks[0] : max - min;
        axis.min = fixedMin ? min : axis.min;
        axis.max = fixedMax ? max : axis.max;
        axis.ticks = ticksWithin(axis.min, axis.max, step);
    }
    return axis;
}

AxisScale timeAxis(const Chart &chart)
{
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    for (const ChartSeries &series : chart.series) {
        for (const auto &point : finitePoints(series)) {
            min = std::min(min, point.first);
            max = std::max(max, point.first);
        }
    }
    AxisScale axis;
    if (!std::isfinite(min)) {
        return axis;
    }
    if (max - min < 1.0) {
        min -= kDayMs / 2;
        max += kDayMs / 2;
    }
    axis.min = min;
    axis.max = max;
    QString previous;
    for (int i = 0; i <= 4; ++i) {
        const double tick = min + (max - min) * i / 4.0;
        const QString label = chartDate(tick);
        if (label != previous) {
            axis.ticks.push_back(tick);
            previous = label;
        }
    }
    return axis;
}

} // namespace Quorum::Reports::Render
