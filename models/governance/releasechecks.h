// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/releaserequest.h"

#include <QDate>

#include <optional>
#include <vector>

namespace Quorum {

class Database;
struct Policy;

/// Runs the automatic threshold checks of a release of version @p versionId under @p policy,
/// from the evidence stored for it, each with its actual value:
/// - accuracy ≥ min (latest test accuracy; missing evidence fails),
/// - bias_disparity ≤ max (largest demographic parity difference over the newest report per
///   protected attribute) and fairness_flags ≤ max — only when fairness reports exist,
/// - risk_score ≤ max (latest risk assessment; missing evidence fails),
/// - regression_vs_production ≤ max % (signed: negative is an improvement) — only when a
///   version is in production and both have a test accuracy,
/// - psi < max (largest PSI of the last window that ended before @p submittedOn; none fails).
/// Throws DatabaseError.
std::vector<ThresholdCheck> runReleaseChecks(Database &db, const Policy &policy, qint64 versionId,
                                             std::optional<qint64> productionVersionId,
                                             QDate submittedOn);

} // namespace Quorum
