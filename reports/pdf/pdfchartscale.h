// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace Quorum::Reports::Pdf {

/// A labelled position on an axis, in data units.
struct PdfAxisTick
{
    double value = 0.0;
    QString label;
};

/// The range of an axis and its ticks. Never empty: min < max always holds, whatever data it
/// was made from (none, one value, all equal, NaN), so mapping never divides by zero.
struct PdfAxis
{
    double min = 0.0;
    double max = 1.0;
    std::vector<PdfAxisTick> ticks;

    /// @p value mapped linearly from [min, max] onto [@p from, @p to].
    double map(double value, double from, double to) const
    {
        return from + (value - min) / (max - min) * (to - from);
    }
};

/// A value axis over [@p low, @p high] (infinities when there is no data) rounded out to
/// 1-2-5 steps, about five ticks; @p fixedMin / @p fixedMax are kept exactly; @p includeZero
/// for bars, which start at zero.
PdfAxis pdfValueAxis(double low, double high, std::optional<double> fixedMin,
                     std::optional<double> fixedMax, bool includeZero);
/// A time axis over [@p lowMs, @p highMs] (milliseconds since the epoch, UTC) with ticks at
/// midnight UTC every 1, 2, 5, 7 or 14 days, or on the first of every 1, 2, 3, 6, 12 …
/// months for longer spans, labelled yyyy-MM-dd. A single instant gets a day on each side.
PdfAxis pdfTimeAxis(double lowMs, double highMs);
/// A category axis: one tick per category at 0, 1, …, from -0.5 to count - 0.5.
PdfAxis pdfCategoryAxis(const std::vector<QString> &categories);

} // namespace Quorum::Reports::Pdf
