// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/driftobservation.h"

#include <QDate>
#include <QPointF>
#include <QString>

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace Quorum {

/// What a drift chart plots on its y axis.
enum class DriftQuantity {
    Statistic, ///< the statistic itself (PSI, a distance, or a test statistic without p-value)
    PValue,    ///< the p-value of a test (KS, χ²)
};

/// Which side of the threshold is drift.
enum class ThresholdSide {
    Above, ///< a distance: drift when the plotted value reaches the threshold
    Below, ///< a test's p-value: drift when it falls below the threshold
};

/// Which windows a search considers.
enum class WindowFilter {
    Any,
    WithDistributions, ///< only windows with stored reference and current distributions
};

/// One window of a drift series.
struct DriftPoint
{
    qint64 x = 0;   ///< window end: noon UTC of its last day, in ms since the epoch
    double y = 0.0; ///< the plotted quantity
    QDate windowStart;
    QDate windowEnd;
    double value = 0.0;           ///< the statistic
    std::optional<double> pValue; ///< where the statistic has one
    double threshold = 0.0;
    DriftStatus status = DriftStatus::Stable;
    QString binsJson; ///< the stored distributions of the window, or empty
};

/// One statistic of one feature over time, oldest window first, ready for a chart.
struct DriftSeries
{
    QString feature;
    QString statistic; ///< the stored key: psi, ks, chi2, js, wasserstein, hellinger, …
    DriftQuantity quantity = DriftQuantity::Statistic;
    ThresholdSide side = ThresholdSide::Above;
    /// The threshold of the newest window, in the units of the plotted quantity; nullopt when
    /// it applies to a p-value that was not stored.
    std::optional<double> threshold;
    std::vector<DriftPoint> points;
    /// At most kChartDisplayPoints indices into points (LTTB of the line), ascending.
    std::vector<std::size_t> display;

    /// (x, y) of every point.
    std::vector<QPointF> xy() const;
    /// (x, y) of the display points.
    std::vector<QPointF> displayXy() const;
    /// The index of the point whose x is nearest @p x; points must not be empty.
    std::size_t nearest(double x) const;
    /// The most drifted window: highest y when drift is above the threshold, lowest when
    /// below; the newest of equals. nullopt when no window passes @p filter.
    std::optional<std::size_t> worstPoint(WindowFilter filter) const;
};

/// The stored key of a statistic (e.g. "ks") in the words of a chart axis ("KS p-value").
QString driftQuantityLabel(const DriftSeries &series);
/// The statistic in words: "PSI", "Kolmogorov–Smirnov", "χ²", "Jensen–Shannon distance",
/// "Z-test", "Kullback–Leibler divergence", … ; the key itself when unknown.
QString driftStatisticName(const QString &statistic);
/// Whether @p statistic is a test compared by its p-value: ks, chi2, z, tvd, anderson,
/// cramer_von_mises, fisher_exact, g_test, mann_whitney, epps_singleton, t_test, mmd (TVD and
/// MMD are permutation tests in Evidently). The distances psi, js, wasserstein, hellinger, kl
/// and energy are not.
bool isPValueStatistic(const QString &statistic);
/// x of a window ending on @p windowEnd (noon UTC, so any time zone shows the right date).
qint64 driftWindowX(QDate windowEnd);

/// Groups @p observations (any order) into one series per feature and statistic, sorted by
/// feature then statistic, each oldest window first, with its display indices computed by
/// LTTB for @p displayPoints. Safe on any thread; meant for a worker when series are long.
std::vector<DriftSeries> driftSeries(std::span<const DriftObservation> observations,
                                     std::size_t displayPoints);

} // namespace Quorum
