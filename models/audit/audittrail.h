// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditevent.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <vector>

namespace Quorum {

class Database;
class Query;
class WriteTransaction;

/// The columns an audit event is read from, in the order auditEventAt() expects them:
/// "seq, occurred_at, person_id, actor, action, entity, entity_id, before_json, after_json,
/// prev_hash, hash". For queries that select events by other criteria than AuditTrail's.
QString auditEventColumns();
/// The event at @p query's current row, selected with auditEventColumns() first.
AuditEvent auditEventAt(const Query &query);

/// The append-only, hash-chained audit trail. Every repository write records its change here
/// in the same transaction, so a change and its event commit or roll back together.
class AuditTrail
{
public:
    explicit AuditTrail(Database &db);

    /// Appends an event by @p transaction's actor and returns it (with seq and hash).
    AuditEvent append(WriteTransaction &transaction, const QString &action, const QString &entity,
                      std::optional<qint64> entityId, const QJsonValue &before,
                      const QJsonValue &after);

    /// Records that row @p id of @p table (key column "id") was inserted; the after-image is
    /// read back from the table, with @p children (e.g. a person's roles) added to it.
    AuditEvent recordInsert(WriteTransaction &transaction, const QString &table, qint64 id,
                            const QJsonObject &children = {});
    /// Records that row @p id of @p table changed from @p before (a rowImage() taken first).
    AuditEvent recordUpdate(WriteTransaction &transaction, const QString &table, qint64 id,
                            const QJsonObject &before);

    /// Every column of one row as a JSON object (blobs as base64); empty when there is none.
    QJsonObject rowImage(const QString &table, qint64 id,
                         const QString &keyColumn = QStringLiteral("id")) const;
    /// Every row of @p table whose @p keyColumn is @p id, in rowid order.
    QJsonArray rowsImage(const QString &table, const QString &keyColumn, qint64 id) const;

    /// The last event's seq (0 when empty) and hash (kGenesisHash when empty).
    struct Head
    {
        qint64 seq = 0;
        QString hash;
    };
    Head head() const;
    /// Events from @p fromSeq on, in order; all when @p limit is negative.
    std::vector<AuditEvent> events(qint64 fromSeq = 1, int limit = -1) const;
    /// This database's instance id (database_info), part of every event's hash.
    QString instanceId() const;

private:
    Database &m_db;
};

} // namespace Quorum
