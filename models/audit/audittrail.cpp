// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittrail.h"

#include "canonicaljson.h"
#include "crypto/sha256.h"
#include "storage/database.h"
#include "storage/dbtime.h"
#include "storage/query.h"
#include "storage/writetransaction.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlField>
#include <QSqlRecord>

namespace Quorum {

namespace {

// Table and column names come from code, never from input; refuse anything else anyway.
const QString &checkedName(const QString &name)
{
    static const QRegularExpression kName(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    Q_ASSERT(kName.match(name).hasMatch());
    return name;
}

QJsonValue toJson(const QVariant &value)
{
    if (value.isNull()) {
        return QJsonValue::Null;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::QByteArray:
        return QString::fromLatin1(value.toByteArray().toBase64());
    default:
        return value.toString();
    }
}

QJsonObject recordToJson(const QSqlRecord &record)
{
    QJsonObject object;
    for (int i = 0; i < record.count(); ++i) {
        object.insert(record.fieldName(i), toJson(record.value(i)));
    }
    return object;
}

QString textOf(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined()) {
        return {};
    }
    return QString::fromUtf8(canonicalJson(value));
}

} // namespace

AuditTrail::AuditTrail(Database &db)
    : m_db(db)
{}

AuditEvent AuditTrail::append(WriteTransaction &transaction, const QString &action,
                              const QString &entity, std::optional<qint64> entityId,
                              const QJsonValue &before, const QJsonValue &after)
{
    const Head last = head();
    AuditEvent event;
    event.seq = last.seq + 1;
    event.occurredAt = m_db.now();
    event.personId = transaction.actor().personId;
    event.actor = transaction.actor().name;
    event.action = action;
    event.entity = entity;
    event.entityId = entityId;
    event.beforeJson = textOf(before);
    event.afterJson = textOf(after);
    event.prevHash = last.hash;
    // The stored time has whole seconds; hash exactly what is stored.
    event.occurredAt = fromDbTime(toDbTime(event.occurredAt));
    event.hash = Crypto::sha256Hex(event.canonicalContent(instanceId()));

    Query(m_db,
          QStringLiteral("INSERT INTO audit_events (seq, occurred_at, person_id, actor, "
                         "action, entity, entity_id, before_json, after_json, prev_hash, "
                         "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(event.seq)
        .bind(toDbTime(event.occurredAt))
        .bind(nullable(event.personId))
        .bind(event.actor)
        .bind(event.action)
        .bind(event.entity)
        .bind(nullable(event.entityId))
        .bind(nullIfEmpty(event.beforeJson))
        .bind(nullIfEmpty(event.afterJson))
        .bind(event.prevHash)
        .bind(event.hash)
        .exec();
    return event;
}

AuditEvent AuditTrail::recordInsert(WriteTransaction &transaction, const QString &table, qint64 id,
                                    const QJsonObject &children)
{
    QJsonObject after = rowImage(table, id);
    for (auto it = children.begin(); it != children.end(); ++it) {
        after.insert(it.key(), it.value());
    }
    return append(transaction, QStringLiteral("insert"), table, id, QJsonValue::Null, after);
}

AuditEvent AuditTrail::recordUpdate(WriteTransaction &transaction, const QString &table, qint64 id,
                                    const QJsonObject &before)
{
    return append(transaction, QStringLiteral("update"), table, id, before, rowImage(table, id));
}

QJsonObject AuditTrail::rowImage(const QString &table, qint64 id, const QString &keyColumn) const
{
    Query query(m_db,
                QStringLiteral("SELECT * FROM %1 WHERE %2 = ?")
                    .arg(checkedName(table), checkedName(keyColumn)));
    query.bind(id).exec();
    return query.next() ? recordToJson(query.record()) : QJsonObject();
}

QJsonArray AuditTrail::rowsImage(const QString &table, const QString &keyColumn, qint64 id) const
{
    Query query(m_db,
                QStringLiteral("SELECT * FROM %1 WHERE %2 = ? ORDER BY rowid")
                    .arg(checkedName(table), checkedName(keyColumn)));
    query.bind(id).exec();
    QJsonArray rows;
    while (query.next()) {
        rows.append(recordToJson(query.record()));
    }
    return rows;
}

AuditTrail::Head AuditTrail::head() const
{
    Query query(m_db,
                QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC "
                               "LIMIT 1"));
    query.exec();
    if (!query.next()) {
        return {0, kGenesisHash};
    }
    return {query.value(0).toLongLong(), query.value(1).toString()};
}

std::vector<AuditEvent> AuditTrail::events(qint64 fromSeq, int limit) const
{
    Query query(m_db,
                QStringLiteral("SELECT ") + auditEventColumns()
                    + QStringLiteral(" FROM audit_events WHERE seq >= ? ORDER BY seq LIMIT ?"));
    query.bind(fromSeq).bind(limit).exec();
    std::vector<AuditEvent> events;
    while (query.next()) {
        events.push_back(auditEventAt(query));
    }
    return events;
}

QString auditEventColumns()
{
    return QStringLiteral("seq, occurred_at, person_id, actor, action, entity, entity_id, "
                          "before_json, after_json, prev_hash, hash");
}

AuditEvent auditEventAt(const Query &query)
{
    AuditEvent e;
    e.seq = query.value(0).toLongLong();
    e.occurredAt = fromDbTime(query.value(1));
    e.personId = optionalId(query.value(2));
    e.actor = query.value(3).toString();
    e.action = query.value(4).toString();
    e.entity = query.value(5).toString();
    e.entityId = optionalId(query.value(6));
    e.beforeJson = query.value(7).toString();
    e.afterJson = query.value(8).toString();
    e.prevHash = query.value(9).toString();
    e.hash = query.value(10).toString();
    return e;
}

QString AuditTrail::instanceId() const
{
    return Query::scalar(m_db,
                         QStringLiteral("SELECT value FROM database_info "
                                        "WHERE key = 'instance_id'"))
        .toString();
}

} // namespace Quorum
