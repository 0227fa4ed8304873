// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/driftseries.h"

#include <QDate>
#include <QString>

#include <optional>

namespace Quorum {

/// One row of a version's drift overview: a feature's statistic, its newest window and how
/// often it drifted in the period.
struct DriftFeatureSummary
{
    QString feature;
    QString statistic;
    DriftQuantity quantity = DriftQuantity::Statistic;
    ThresholdSide side = ThresholdSide::Above;
    double latest = 0.0;             ///< the plotted quantity of the newest window
    std::optional<double> threshold; ///< as DriftSeries::threshold
    DriftStatus latestStatus = DriftStatus::Stable;
    QDate latestWindowEnd;
    DriftStatus worstStatus = DriftStatus::Stable; ///< the worst status of any window
    int windows = 0;
    int warningWindows = 0;
    int driftWindows = 0;
    QDate lastDriftWindowEnd; ///< newest window with status Drift; null when none
};

/// The summary of @p series; @p series must have points.
DriftFeatureSummary summarizeDrift(const DriftSeries &series);

} // namespace Quorum
