// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertrepository.h"

#include "audit/audittrail.h"
#include "governance/governanceerror.h"
#include "storage/database.h"
#include "storage/dbtime.h"
#include "storage/personrepository.h"
#include "storage/query.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::AlertRepository", text);
}

const QString kTable = QStringLiteral("alerts");

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

Alert alertAt(const Query &query)
{
    Alert a;
    a.id = query.value(0).toLongLong();
    a.versionId = query.value(1).toLongLong();
    a.trigger = alertTriggerFromKey(query.value(2).toString()).value_or(AlertTrigger::DataDrift);
    a.feature = query.value(3).toString();
    a.observed = query.value(4).toDouble();
    a.baseline = optionalReal(query.value(5));
    a.measured = query.value(6).toDouble();
    a.threshold = query.value(7).toDouble();
    a.windowStart = fromDbTime(query.value(8));
    a.windowEnd = fromDbTime(query.value(9));
    a.raisedAt = fromDbTime(query.value(10));
    a.status = alertStatusFromKey(query.value(11).toString()).value_or(AlertStatus::Active);
    a.acknowledgedBy = optionalId(query.value(12));
    a.acknowledgedAt = fromDbTime(query.value(13));
    a.comment = query.value(14).toString();
    a.acknowledgedByName = query.value(15).toString();
    a.modelId = query.value(16).toLongLong();
    a.modelName = query.value(17).toString();
    a.modelDisplayName = query.value(18).toString();
    a.tier = riskTierFromNumber(query.value(19).toInt()).value_or(RiskTier::Standard);
    a.version = SemanticVersion::parse(query.value(20).toString()).value_or(SemanticVersion{});
    return a;
}

} // namespace

AlertRepository::AlertRepository(Database &db)
    : m_db(db)
{}

std::optional<qint64> AlertRepository::raise(WriteTransaction &transaction, const Alert &alert)
{
    Query insert(m_db,
                 QStringLiteral("INSERT INTO alerts (version_id, trigger_kind, feature, observed, "
                                "baseline, measured, threshold, window_start, window_end, "
                                "raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                "ON CONFLICT (version_id, trigger_kind, feature, window_end) "
                                "DO NOTHING"));
    insert.bind(alert.versionId)
        .bind(alertTriggerKey(alert.trigger))
        .bind(alert.feature)
        .bind(alert.observed)
        .bind(nullable(alert.baseline))
        .bind(alert.measured)
        .bind(alert.threshold)
        .bind(alert.windowStart.isValid() ? QVariant(toDbTime(alert.windowStart)) : QVariant())
        .bind(toDbTime(alert.windowEnd))
        .bind(toDbTime(alert.raisedAt.isValid() ? alert.raisedAt : m_db.now()));
    insert.exec();
    if (insert.rowsAffected() < 1) {
        return std::nullopt;
    }
    const qint64 id = insert.lastInsertId();
    AuditTrail(m_db).recordInsert(transaction, kTable, id);
    return id;
}

std::vector<Alert> AlertRepository::list(const AlertFilter &filter) const
{
    QStringList conditions;
    QVariantList values;
    if (filter.scope == AlertScope::Active) {
        conditions << QStringLiteral("a.status = 'active'");
    }
    if (filter.modelId) {
        conditions << QStringLiteral("m.id = ?");
        values << *filter.modelId;
    }
    return select(conditions.isEmpty()
                      ? QString()
                      : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")),
                  values);
}

std::optional<Alert> AlertRepository::byId(qint64 id) const
{
    std::vector<Alert> found = select(QStringLiteral("WHERE a.id = ?"), {id});
    return found.empty() ? std::nullopt : std::optional(std::move(found.front()));
}

int AlertRepository::activeCount(std::optional<qint64> modelId) const
{
    Query query(m_db,
                QStringLiteral("SELECT count(*) FROM alerts a JOIN model_versions v "
                               "ON v.id = a.version_id WHERE a.status = 'active' "
                               "AND (? IS NULL OR v.model_id = ?)"));
    query.bind(nullable(modelId)).bind(nullable(modelId)).exec();
    return query.next() ? query.value(0).toInt() : 0;
}

Alert AlertRepository::acknowledge(WriteTransaction &transaction, qint64 alertId, qint64 personId,
                                   const QString &comment)
{
    return acknowledge(transaction, alertId, personId, comment, m_db.now());
}

Alert AlertRepository::acknowledge(WriteTransaction &transaction, qint64 alertId, qint64 personId,
                                   const QString &comment, const QDateTime &at)
{
    const QString text = comment.trimmed();
    if (text.isEmpty()) {
        throw GovernanceError(GovernanceErrorKind::InvalidInput,
                              tr("Alert #%1 was not acknowledged: a comment is required (what "
                                 "was looked at, what is done about it).")
                                  .arg(alertId));
    }
    const std::optional<Alert> alert = byId(alertId);
    if (!alert) {
        throw GovernanceError(GovernanceErrorKind::NotFound,
                              tr("There is no alert #%1.").arg(alertId));
    }
    const std::optional<Person> person = PersonRepository(m_db).byId(personId);
    if (!person) {
        throw GovernanceError(GovernanceErrorKind::NotFound,
                              tr("There is no person with id %1.").arg(personId));
    }
    if (!person->active) {
        throw GovernanceError(
            GovernanceErrorKind::NotAllowed,
            tr("%1 is no longer active and cannot acknowledge alerts.").arg(person->name));
    }
    if (!alert->isActive()) {
        throw GovernanceError(GovernanceErrorKind::WrongState,
                              tr("Alert #%1 was already acknowledged by %2 on %3; nothing was "
                                 "changed.")
                                  .arg(alertId)
                                  .arg(alert->acknowledgedByName, utcText(alert->acknowledgedAt)));
    }
    AuditTrail trail(m_db);
    const QJsonObject before = trail.rowImage(kTable, alertId);
    Query update(m_db,
                 QStringLiteral("UPDATE alerts SET status = 'acknowledged', acknowledged_by = ?, "
                                "acknowledged_at = ?, comment = ? "
                                "WHERE id = ? AND status = 'active'"));
    update.bind(personId).bind(toDbTime(at)).bind(text).bind(alertId).exec();
    trail.append(transaction, QStringLiteral("acknowledge"), kTable, alertId, before,
                 trail.rowImage(kTable, alertId));
    return *byId(alertId);
}

std::vector<Alert> AlertRepository::select(const QString &where, const QVariantList &values) const
{
    Query query(m_db,
                QStringLiteral("SELECT a.id, a.version_id, a.trigger_kind, a.feature, a.observed, "
                               "a.baseline, a.measured, a.threshold, a.window_start, "
                               "a.window_end, a.raised_at, a.status, a.acknowledged_by, "
                               "a.acknowledged_at, a.comment, p.name, m.id, m.name, "
                               "m.display_name, m.risk_tier, v.version "
                               "FROM alerts a "
                               "JOIN model_versions v ON v.id = a.version_id "
                               "JOIN models m ON m.id = v.model_id "
                               "LEFT JOIN people p ON p.id = a.acknowledged_by %1 "
                               "ORDER BY a.window_end DESC, a.raised_at DESC, a.id DESC")
                    .arg(where));
    for (const QVariant &value : values) {
        query.bind(value);
    }
    query.exec();
    std::vector<Alert> alerts;
    while (query.next()) {
        alerts.push_back(alertAt(query));
    }
    return alerts;
}

} // namespace Quorum
