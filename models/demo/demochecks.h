// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/releaserequest.h"

#include <QDate>

#include <optional>
#include <vector>

namespace Quorum {
class Database;
}

namespace Quorum::Demo {

struct PolicyFacts;

/// The automatic threshold checks of a release of @p versionId under @p policy, computed from
/// the evidence stored for the version (SPEC §2 defaults):
/// - "accuracy": latest test accuracy >= min_accuracy;
/// - "bias_disparity": largest demographic parity difference <= max_bias_disparity, and
///   "fairness_flags": number of fairness flags <= max_fairness_flags (both only when the
///   version has fairness reports: models without protected attributes in scope have none);
/// - "risk_score": latest risk score <= max_risk_score;
/// - "regression_vs_production": relative accuracy drop in % against @p baselineVersionId
///   (the version in production at the time) <= max_regression_pct, when there is one;
/// - "psi": largest PSI of the last drift window ending before @p submittedOn < max_psi.
/// Missing evidence gives a check without an actual value, which fails.
std::vector<ThresholdCheck> releaseChecks(Database &db, const PolicyFacts &policy, qint64 versionId,
                                          std::optional<qint64> baselineVersionId,
                                          QDate submittedOn);

} // namespace Quorum::Demo
