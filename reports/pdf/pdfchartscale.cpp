// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfchartscale.h"

#include <QDateTime>
#include <QTimeZone>

#include <array>
#include <cmath>

namespace Quorum::Reports::Pdf {

namespace {

constexpr double kDayMs = 86'400'000.0;
constexpr int kMaxTicks = 60;

double niceStep(double rough)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    const double fraction = rough / magnitude;
    double nice = 10.0;
    if (fraction < 1.5) {
        nice = 1.0;
    } else if (fraction < 3.0) {
        nice = 2.0;
    } else if (fraction < 7.0) {
        nice = 5.0;
    }
    return nice * magnitude;
}

QString numberLabel(double value, double step)
{
    const int decimals = std::clamp(static_cast<int>(-std::floor(std::log10(step))), 0, 6);
    if (std::abs(value) < step * 1e-9) {
        value = 0.0; // no "-0.00"
    }
    return QString::number(value, 'f', decimals);
}

/// Widens an empty or inverted range around its value.
void widen(double &low, double &high)
{
    if (high > low) {
        return;
    }
    const double pad = low == 0.0 ? 1.0 : std::abs(low) * 0.1;
    low -= pad;
    high += pad;
}

QString dateLabel(double ms)
{
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms), QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd"));
}

/// Ticks at midnight UTC every 1, 2, 5, 7 or 14 days.
void addDayTicks(PdfAxis &axis, double spanDays)
{
    static constexpr std::array<int, 5> steps{1, 2, 5, 7, 14};
    int stepDays = steps.back();
    for (const int candidate : steps) {
        if (spanDays / candidate <= 6.0) {
            stepDays = candidate;
            break;
        }
    }
    const double first = std::ceil(axis.min / kDayMs) * kDayMs;
    for (int index = 0; index < kMaxTicks; ++index) {
        const double value = first + index * stepDays * kDayMs;
        if (value > axis.max) {
            break;
        }
        axis.ticks.push_back(PdfAxisTick{value, dateLabel(value)});
    }
}

/// Ticks on the first of a month every 1, 2, 3, 6, 12 … months.
void addMonthTicks(PdfAxis &axis, double spanDays)
{
    static constexpr std::array<int, 8> steps{1, 2, 3, 6, 12, 24, 60, 120};
    int stepMonths = steps.back();
    for (const int candidate : steps) {
        if (spanDays / (candidate * 30.44) <= 6.0) {
            stepMonths = candidate;
            break;
        }
    }
    const QDate low
        = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(axis.min), QTimeZone::utc()).date();
    QDate month(low.year(), low.month(), 1);
    if (month < low) {
        month = month.addMonths(1);
    }
    for (int index = 0; index < kMaxTicks; ++index) {
        const auto value = static_cast<double>(
            QDateTime(month, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        if (value > axis.max) {
            break;
        }
        axis.ticks.push_back(PdfAxisTick{value, dateLabel(value)});
        month = month.addMonths(stepMonths);
    }
}

} // namespace

PdfAxis pdfValueAxis(double low, double high, std::optional<double> fixedMin,
                     std::optional<double> fixedMax, bool includeZero)
{
    if (!std::isfinite(low) || !std::isfinite(high)) {
        low = 0.0;
        high = 1.0;
    }
    if (includeZero) {
        low = std::min(low, 0.0);
        high = std::max(high, 0.0);
    }
    const bool useMin = fixedMin && std::isfinite(*fixedMin);
    const bool useMax = fixedMax && std::isfinite(*fixedMax);
    low = useMin ? *fixedMin : low;
    high = useMax ? *fixedMax : high;
    widen(low, high);
    PdfAxis axis;
    const double step = niceStep((high - low) / 5.0);
    axis.min = useMin ? low : std::floor(low / step) * step;
    axis.max = useMax ? high : std::ceil(high / step) * step;
    widen(axis.min, axis.max);
    const double first = std::ceil(axis.min / step - 1e-9) * step;
    for (int index = 0; index < kMaxTicks; ++index) {
        const double value = first + index * step;
        if (value > axis.max + step * 1e-9) {
            break;
        }
        axis.ticks.push_back(PdfAxisTick{value, numberLabel(value, step)});
    }
    return axis;
}

PdfAxis pdfTimeAxis(double lowMs, double highMs)
{
    PdfAxis axis;
    if (!std::isfinite(lowMs) || !std::isfinite(highMs)) {
        return axis; // no data: an empty 0..1 axis without ticks
    }
    if (highMs <= lowMs) {
        lowMs -= kDayMs;
        highMs += kDayMs;
    }
    axis.min = lowMs;
    axis.max = highMs;
    const double spanDays = (highMs - lowMs) / kDayMs;
    if (spanDays / 14.0 <= 6.0) {
        addDayTicks(axis, spanDays);
    } else {
        addMonthTicks(axis, spanDays);
    }
    if (axis.ticks.empty()) {
        axis.ticks.push_back(PdfAxisTick{lowMs, dateLabel(lowMs)});
    }
    return axis;
}

PdfAxis pdfCategoryAxis(const std::vector<QString> &categories)
{
    PdfAxis axis;
    axis.min = -0.5;
    axis.max = std::max(0.5, static_cast<double>(categories.size()) - 0.5);
    for (std::size_t index = 0; index < categories.size(); ++index) {
        axis.ticks.push_back(PdfAxisTick{static_cast<double>(index), categories[index]});
    }
    return axis;
}

} // namespace Quorum::Reports::Pdf
