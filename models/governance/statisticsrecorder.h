// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"
#include "domain/driftobservation.h"
#include "stats/driftanalysis.h"
#include "stats/fairnessanalysis.h"

#include <QDate>
#include <QString>

#include <vector>

namespace Quorum {

class Database;
struct MonitoringThresholds;

/// The window a drift comparison covers.
struct DriftWindow
{
    QDate start;
    QDate end; ///< inclusive; not before start
};

/// The observation a drift result becomes for a version. PSI is judged against the tier's
/// monitoring threshold (prediction drift for the features "prediction" and "label", data drift
/// otherwise) and its status follows SPEC §6's bands raised to Drift at that threshold; the
/// other statistics keep the result's own threshold and are Drift or Stable. binsJson holds the
/// compared distributions, the sample sizes and the direction.
DriftObservation driftObservation(const DriftResult &result, const MonitoringThresholds &tier,
                                  const DriftWindow &window);

/// Stores computed statistics as evidence of one model version, each call in one write
/// transaction with its audit events.
class StatisticsRecorder
{
public:
    StatisticsRecorder(Database &db, Actor actor);

    /// Stores one observation per result for @p versionId, judged by the tier of the version's
    /// model. Returns the stored observations (with ids, thresholds and statuses).
    /// Throws GovernanceError(NotFound) for an unknown version, (InvalidInput) for a window
    /// that ends before it starts; DatabaseError when the write fails (nothing is stored).
    std::vector<DriftObservation> recordDrift(qint64 versionId, const DriftWindow &window,
                                              const std::vector<DriftResult> &results,
                                              const QString &source);

    /// Stores the analysis's report for @p versionId; returns it with its id.
    FairnessReport recordFairness(qint64 versionId, const FairnessAnalysis &analysis,
                                  const QString &source);

    /// The bias-disparity threshold of the policy of the version's model tier, for
    /// FairnessOptions::maxParityGap. Throws GovernanceError(NotFound) for an unknown version.
    double maxParityGap(qint64 versionId) const;

private:
    Database &m_db;
    Actor m_actor;
};

} // namespace Quorum
