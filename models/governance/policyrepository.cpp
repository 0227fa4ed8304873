// SPDX-License-Identifier: GPL-3.0-or-later
#include "policyrepository.h"

#include "storage/database.h"
#include "storage/databaseerror.h"
#include "storage/dbtime.h"
#include "storage/query.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::PolicyRepository", text);
}

// Reads one JSON column; a malformed one is a clear error naming the policy and the column.
QJsonObject object(const Database &db, qint64 id, const QString &column, const QVariant &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        throw DatabaseError(DatabaseErrorKind::Query, db.path(),
                            tr("Policy #%1 in %2 is damaged: its %3 is not a JSON object (%4). "
                               "An administrator must store a corrected policy version.")
                                .arg(id)
                                .arg(db.path(), column, error.errorString()));
    }
    return document.object();
}

std::vector<ApprovalRequirement> requirements(const Database &db, qint64 id,
                                              const QJsonObject &matrix)
{
    std::vector<ApprovalRequirement> result;
    for (const QJsonValue &value : matrix.value(QStringLiteral("requirements")).toArray()) {
        const QJsonObject line = value.toObject();
        const std::optional<Role> role = roleFromKey(line.value(QStringLiteral("role")).toString());
        const int count = line.value(QStringLiteral("count")).toInt(0);
        if (!role || count < 1) {
            throw DatabaseError(
                DatabaseErrorKind::Query, db.path(),
                tr("Policy #%1 in %2 is damaged: an approval requirement needs "
                   "a known role and a count of at least 1 (found %3).")
                    .arg(id)
                    .arg(db.path(),
                         QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact))));
        }
        result.push_back({*role, count, line.value(QStringLiteral("of")).toInt(0),
                          line.value(QStringLiteral("label")).toString(roleLabel(*role))});
    }
    return result;
}

} // namespace

PolicyRepository::PolicyRepository(Database &db)
    : m_db(db)
{}

Policy PolicyRepository::current(int tier) const
{
    Query query(m_db,
                QStringLiteral("SELECT id FROM policies WHERE risk_tier = ? "
                               "ORDER BY version DESC LIMIT 1"));
    query.bind(tier).exec();
    std::optional<Policy> policy = query.next() ? byId(query.value(0).toLongLong()) : std::nullopt;
    if (!policy) {
        throw DatabaseError(DatabaseErrorKind::Query, m_db.path(),
                            tr("%1 has no policy for risk tier %2: releases of that tier cannot "
                               "be judged. An administrator must add one.")
                                .arg(m_db.path())
                                .arg(tier));
    }
    return *policy;
}

std::optional<Policy> PolicyRepository::byId(qint64 id) const
{
    Query query(m_db,
                QStringLiteral("SELECT id, risk_tier, version, thresholds_json, "
                               "approval_matrix_json, monitoring_json, created_at "
                               "FROM policies WHERE id = ?"));
    query.bind(id).exec();
    if (!query.next()) {
        return std::nullopt;
    }
    Policy p;
    p.id = query.value(0).toLongLong();
    p.tier = query.value(1).toInt();
    p.version = query.value(2).toInt();
    const QJsonObject t = object(m_db, p.id, QStringLiteral("thresholds"), query.value(3));
    const QJsonObject a = object(m_db, p.id, QStringLiteral("approval matrix"), query.value(4));
    const QJsonObject m = object(m_db, p.id, QStringLiteral("monitoring"), query.value(5));
    p.createdAt = fromDbTime(query.value(6));

    ReleaseThresholds &r = p.thresholds;
    r.minAccuracy = t.value(QStringLiteral("min_accuracy")).toDouble(r.minAccuracy);
    r.maxBiasDisparity = t.value(QStringLiteral("max_bias_disparity")).toDouble(r.maxBiasDisparity);
    r.maxRiskScore = t.value(QStringLiteral("max_risk_score")).toDouble(r.maxRiskScore);
    r.maxFairnessFlags = t.value(QStringLiteral("max_fairness_flags")).toInt(r.maxFairnessFlags);
    r.maxRegressionPct = t.value(QStringLiteral("max_regression_pct")).toDouble(r.maxRegressionPct);
    r.maxPsi = t.value(QStringLiteral("max_psi")).toDouble(r.maxPsi);
    r.requireQaCheck = t.value(QStringLiteral("require_qa_check")).toBool(r.requireQaCheck);
    r.requestExpiryDays = t.value(QStringLiteral("request_expiry_days")).toInt(r.requestExpiryDays);

    MonitoringThresholds &mo = p.monitoring;
    mo.accuracyDecayPct
        = m.value(QStringLiteral("accuracy_decay_pct")).toDouble(mo.accuracyDecayPct);
    mo.recallDecayPct = m.value(QStringLiteral("recall_decay_pct")).toDouble(mo.recallDecayPct);
    mo.dataDriftPsi = m.value(QStringLiteral("data_drift_psi")).toDouble(mo.dataDriftPsi);
    mo.predictionDriftPsi
        = m.value(QStringLiteral("prediction_drift_psi")).toDouble(mo.predictionDriftPsi);
    mo.missingValueIncreasePct = m.value(QStringLiteral("missing_value_increase_pct"))
                                     .toDouble(mo.missingValueIncreasePct);
    mo.calibrationDriftBrier
        = m.value(QStringLiteral("calibration_drift_brier")).toDouble(mo.calibrationDriftBrier);

    p.approvals = requirements(m_db, p.id, a);
    for (const QJsonValue &role : a.value(QStringLiteral("waiver_roles")).toArray()) {
        if (const auto r2 = roleFromKey(role.toString())) {
            p.waiverRoles.push_back(*r2);
        }
    }
    return p;
}

} // namespace Quorum
