// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/driftobservation.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace Quorum {

/// A version's latest window of one feature and statistic.
struct DriftReading
{
    QDate windowStart;
    QDate windowEnd;
    double value = 0.0;
    std::optional<double> pValue;
    double threshold = 0.0;
    DriftStatus status = DriftStatus::Stable;
};

/// One feature and statistic in both versions.
struct DriftComparison
{
    QString feature;
    QString statistic;
    std::optional<DriftReading> baseline;  ///< nullopt: never observed for the baseline
    std::optional<DriftReading> candidate; ///< nullopt: never observed for the candidate

    /// The candidate's status is worse than the baseline's (stable < warning < drift), or the
    /// candidate drifts or warns where the baseline was never observed.
    bool isWorse() const;
};

/// The latest window (by end date; the newest recording when several share it) of every
/// feature and statistic of @p baseline and @p candidate (as DriftRepository::forVersion lists
/// them, oldest window first), sorted by feature then statistic.
std::vector<DriftComparison> compareDrift(const std::vector<DriftObservation> &baseline,
                                          const std::vector<DriftObservation> &candidate);

} // namespace Quorum
