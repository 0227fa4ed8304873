// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpointrepository.h"

#include "audit/audittrail.h"
#include "database.h"
#include "dbtime.h"
#include "query.h"
#include "writetransaction.h"

namespace Quorum {

CheckpointRepository::CheckpointRepository(Database &db)
    : m_db(db)
{}

qint64 CheckpointRepository::add(WriteTransaction &transaction, const AuditCheckpoint &c)
{
    Query insert(m_db,
                 QStringLiteral("INSERT INTO audit_checkpoints (seq, head_hash, person_id, "
                                "statement_json, signature, certificate_fingerprint, signed_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(c.seq)
        .bind(c.headHash)
        .bind(c.personId)
        .bind(QString::fromUtf8(c.statementJson))
        .bind(c.signature)
        .bind(c.certificateFingerprint)
        .bind(toDbTime(c.signedAt));
    insert.exec();
    const qint64 id = insert.lastInsertId();
    AuditTrail(m_db).recordInsert(transaction, QStringLiteral("audit_checkpoints"), id);
    return id;
}

std::optional<AuditCheckpoint> CheckpointRepository::byId(qint64 id) const
{
    auto found = select(QStringLiteral("WHERE id = ?"), {id});
    return found.empty() ? std::nullopt : std::optional(std::move(found.front()));
}

std::vector<AuditCheckpoint> CheckpointRepository::all() const
{
    return select({}, {});
}

std::vector<AuditCheckpoint> CheckpointRepository::select(const QString &where,
                                                          const QVariantList &values) const
{
    Query query(m_db,
                QStringLiteral("SELECT id, seq, head_hash, person_id, statement_json, "
                               "signature, certificate_fingerprint, signed_at "
                               "FROM audit_checkpoints %1 ORDER BY id")
                    .arg(where));
    for (const QVariant &value : values) {
        query.bind(value);
    }
    query.exec();
    std::vector<AuditCheckpoint> rows;
    while (query.next()) {
        AuditCheckpoint c;
        c.id = query.value(0).toLongLong();
        c.seq = query.value(1).toLongLong();
        c.headHash = query.value(2).toString();
        c.personId = query.value(3).toLongLong();
        c.statementJson = query.value(4).toString().toUtf8();
        c.signature = query.value(5).toByteArray();
        c.certificateFingerprint = query.value(6).toString();
        c.signedAt = fromDbTime(query.value(7));
        rows.push_back(std::move(c));
    }
    return rows;
}

} // namespace Quorum
