// SPDX-License-Identifier: GPL-3.0-or-later
#include "riskassessmentrepository.h"

#include "audit/audittrail.h"
#include "database.h"
#include "dbtime.h"
#include "query.h"
#include "writetransaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Quorum {

namespace {

QString toJson(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJson(const QVariant &text)
{
    QStringList list;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toString().toUtf8()).array()) {
        list << value.toString();
    }
    return list;
}

} // namespace

RiskAssessmentRepository::RiskAssessmentRepository(Database &db)
    : m_db(db)
{}

qint64 RiskAssessmentRepository::add(WriteTransaction &transaction, const RiskAssessment &a)
{
    Query insert(m_db,
                 QStringLiteral("INSERT INTO risk_assessments (version_id, risk_score, "
                                "risk_level, high_risk_factors_json, mitigations_json, "
                                "assessed_by, assessed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(a.versionId)
        .bind(a.riskScore)
        .bind(riskLevelKey(a.level))
        .bind(toJson(a.highRiskFactors))
        .bind(toJson(a.mitigations))
        .bind(nullable(a.assessedBy))
        .bind(toDbTime(a.assessedAt.isValid() ? a.assessedAt : QDateTime::currentDateTimeUtc()));
    insert.exec();
    const qint64 id = insert.lastInsertId();
    AuditTrail(m_db).recordInsert(transaction, QStringLiteral("risk_assessments"), id);
    return id;
}

std::optional<RiskAssessment> RiskAssessmentRepository::latest(qint64 versionId) const
{
    Query query(m_db,
                QStringLiteral("SELECT id, version_id, risk_score, risk_level, "
                               "high_risk_factors_json, mitigations_json, assessed_by, "
                               "assessed_at FROM risk_assessments WHERE version_id = ? "
                               "ORDER BY assessed_at DESC, id DESC LIMIT 1"));
    query.bind(versionId).exec();
    if (!query.next()) {
        return std::nullopt;
    }
    RiskAssessment a;
    a.id = query.value(0).toLongLong();
    a.versionId = query.value(1).toLongLong();
    a.riskScore = query.value(2).toDouble();
    a.level = riskLevelFromKey(query.value(3).toString()).value_or(RiskLevel::Low);
    a.highRiskFactors = fromJson(query.value(4));
    a.mitigations = fromJson(query.value(5));
    a.assessedBy = optionalId(query.value(6));
    a.assessedAt = fromDbTime(query.value(7));
    return a;
}

} // namespace Quorum
