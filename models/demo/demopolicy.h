// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Quorum {
class Database;
}

namespace Quorum::Demo {

/// The numbers of a stored policy version that the demo judges its evidence by
/// (thresholds_json and monitoring_json of the policies table).
struct PolicyFacts
{
    qint64 id = 0;
    double minAccuracy = 0.80;
    double maxBiasDisparity = 0.20;
    double maxRiskScore = 0.40;
    double maxFairnessFlags = 0;
    double maxRegressionPct = 1.0;
    double maxPsi = 0.10;
    int requestExpiryDays = 30;
    double dataDriftPsi = 0.10;       ///< monitoring: data drift threshold of the tier
    double predictionDriftPsi = 0.05; ///< monitoring: prediction drift threshold of the tier
};

/// The current policy of risk tier @p tier (1–4). Throws DatabaseError when there is none.
PolicyFacts currentPolicy(Database &db, int tier);

} // namespace Quorum::Demo
