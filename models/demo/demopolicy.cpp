// SPDX-License-Identifier: GPL-3.0-or-later
#include "demopolicy.h"

#include "storage/database.h"
#include "storage/databaseerror.h"
#include "storage/query.h"
#include "storage/releaserequestrepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Quorum::Demo {

PolicyFacts currentPolicy(Database &db, int tier)
{
    const std::optional<qint64> id = ReleaseRequestRepository(db).currentPolicyId(tier);
    if (!id) {
        throw DatabaseError(DatabaseErrorKind::Query, db.path(),
                            QStringLiteral("The governance database %1 has no policy for risk "
                                           "tier %2, so the demo cannot judge its releases.")
                                .arg(db.path())
                                .arg(tier));
    }
    Query query(db,
                QStringLiteral("SELECT thresholds_json, monitoring_json FROM policies "
                               "WHERE id = ?"));
    query.bind(*id).exec();
    query.next();
    const QJsonObject t = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    const QJsonObject m = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
    PolicyFacts facts;
    facts.id = *id;
    facts.minAccuracy = t.value(QStringLiteral("min_accuracy")).toDouble(facts.minAccuracy);
    facts.maxBiasDisparity
        = t.value(QStringLiteral("max_bias_disparity")).toDouble(facts.maxBiasDisparity);
    facts.maxRiskScore = t.value(QStringLiteral("max_risk_score")).toDouble(facts.maxRiskScore);
    facts.maxFairnessFlags
        = t.value(QStringLiteral("max_fairness_flags")).toDouble(facts.maxFairnessFlags);
    facts.maxRegressionPct
        = t.value(QStringLiteral("max_regression_pct")).toDouble(facts.maxRegressionPct);
    facts.maxPsi = t.value(QStringLiteral("max_psi")).toDouble(facts.maxPsi);
    facts.requestExpiryDays
        = t.value(QStringLiteral("request_expiry_days")).toInt(facts.requestExpiryDays);
    facts.dataDriftPsi = m.value(QStringLiteral("data_drift_psi")).toDouble(facts.dataDriftPsi);
    facts.predictionDriftPsi
        = m.value(QStringLiteral("prediction_drift_psi")).toDouble(facts.predictionDriftPsi);
    return facts;
}

} // namespace Quorum::Demo
