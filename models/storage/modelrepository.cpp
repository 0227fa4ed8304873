// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelrepository.h"

#include "audit/audittrail.h"
#include "database.h"
#include "dbtime.h"
#include "query.h"
#include "writetransaction.h"

namespace Quorum {

ModelRepository::ModelRepository(Database &db)
    : m_db(db)
{}

qint64 ModelRepository::add(WriteTransaction &transaction, const Model &model)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Query insert(
        m_db,
        QStringLiteral("INSERT INTO models (name, display_name, description, intended_use, "
                       "owner_id, team, risk_tier, use_case, regulatory_context, status, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(model.name.trimmed())
        .bind(model.displayName.isEmpty() ? model.name.trimmed() : model.displayName)
        .bind(model.description)
        .bind(model.intendedUse)
        .bind(model.ownerId)
        .bind(model.team)
        .bind(tierNumber(model.tier))
        .bind(model.useCase)
        .bind(model.regulatoryContext)
        .bind(modelStatusKey(model.status))
        .bind(toDbTime(model.createdAt.isValid() ? model.createdAt : now))
        .bind(toDbTime(model.updatedAt.isValid() ? model.updatedAt : now));
    insert.exec();
    const qint64 id = insert.lastInsertId();
    AuditTrail(m_db).recordInsert(transaction, QStringLiteral("models"), id);
    return id;
}

void ModelRepository::setStatus(WriteTransaction &transaction, qint64 modelId, ModelStatus status)
{
    AuditTrail trail(m_db);
    const QJsonObject before = trail.rowImage(QStringLiteral("models"), modelId);
    Query(m_db, QStringLiteral("UPDATE models SET status = ?, updated_at = ? WHERE id = ?"))
        .bind(modelStatusKey(status))
        .bind(toDbTime(QDateTime::currentDateTimeUtc()))
        .bind(modelId)
        .exec();
    trail.recordUpdate(transaction, QStringLiteral("models"), modelId, before);
}

std::optional<Model> ModelRepository::byId(qint64 id) const
{
    return selectOne(QStringLiteral("id = ?"), id);
}

std::optional<Model> ModelRepository::byName(const QString &name) const
{
    return selectOne(QStringLiteral("lower(name) = lower(?)"), name.trimmed());
}

int ModelRepository::count() const
{
    return Query::scalar(m_db, QStringLiteral("SELECT count(*) FROM models")).toInt();
}

std::optional<Model> ModelRepository::selectOne(const QString &where, const QVariant &value) const
{
    Query query(m_db,
                QStringLiteral("SELECT id, name, display_name, description, intended_use, "
                               "owner_id, team, risk_tier, use_case, regulatory_context, "
                               "status, created_at, updated_at FROM models WHERE %1")
                    .arg(where));
    query.bind(value).exec();
    if (!query.next()) {
        return std::nullopt;
    }
    Model model;
    model.id = query.value(0).toLongLong();
    model.name = query.value(1).toString();
    model.displayName = query.value(2).toString();
    model.description = query.value(3).toString();
    model.intendedUse = query.value(4).toString();
    model.ownerId = query.value(5).toLongLong();
    model.team = query.value(6).toString();
    model.tier = riskTierFromNumber(query.value(7).toInt()).value_or(RiskTier::Standard);
    model.useCase = query.value(8).toString();
    model.regulatoryContext = query.value(9).toString();
    model.status = modelStatusFromKey(query.value(10).toString()).value_or(ModelStatus::Active);
    model.createdAt = fromDbTime(query.value(11));
    model.updatedAt = fromDbTime(query.value(12));
    return model;
}

std::vector<ModelSummary> ModelRepository::summaries() const
{
    // The headline stage: the production version's if there is one, else the newest version's.
    Query query(m_db, QStringLiteral(R"(
        SELECT m.id, m.name, m.display_name, m.risk_tier, m.status, p.name, m.team, m.use_case,
               m.updated_at,
               (SELECT count(*) FROM model_versions v WHERE v.model_id = m.id),
               (SELECT v.version FROM model_versions v WHERE v.model_id = m.id
                 ORDER BY v.version_major DESC, v.version_minor DESC, v.version_patch DESC
                 LIMIT 1),
               (SELECT v.version FROM model_versions v
                 WHERE v.model_id = m.id AND v.stage = 'production'
                 ORDER BY v.version_major DESC, v.version_minor DESC, v.version_patch DESC
                 LIMIT 1),
               (SELECT v.stage FROM model_versions v WHERE v.model_id = m.id
                 ORDER BY CASE WHEN v.stage = 'production' THEN 0 ELSE 1 END,
                          v.version_major DESC, v.version_minor DESC, v.version_patch DESC
                 LIMIT 1),
               (SELECT count(*) FROM release_requests r JOIN model_versions v
                    ON v.id = r.version_id WHERE v.model_id = m.id AND r.status = 'pending')
        FROM models m JOIN people p ON p.id = m.owner_id
        ORDER BY m.name)"));
    query.exec();
    std::vector<ModelSummary> rows;
    while (query.next()) {
        ModelSummary s;
        s.id = query.value(0).toLongLong();
        s.name = query.value(1).toString();
        s.displayName = query.value(2).toString();
        s.tier = riskTierFromNumber(query.value(3).toInt()).value_or(RiskTier::Standard);
        s.status = modelStatusFromKey(query.value(4).toString()).value_or(ModelStatus::Active);
        s.ownerName = query.value(5).toString();
        s.team = query.value(6).toString();
        s.useCase = query.value(7).toString();
        s.updatedAt = fromDbTime(query.value(8));
        s.versionCount = query.value(9).toInt();
        s.latestVersion = query.value(10).toString();
        s.productionVersion = query.value(11).toString();
        s.stage = stageFromKey(query.value(12).toString());
        s.pendingRequests = query.value(13).toInt();
        rows.push_back(std::move(s));
    }
    return rows;
}

} // namespace Quorum
