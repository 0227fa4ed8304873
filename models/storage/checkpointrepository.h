// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace Quorum {

class Database;
class WriteTransaction;

/// A signer's signature over the audit trail's head at the time of a decision.
struct AuditCheckpoint
{
    qint64 id = 0;
    qint64 seq = 0;
    QString headHash;
    qint64 personId = 0;
    QByteArray statementJson; ///< the signed bytes (CheckpointStatement::canonical())
    QByteArray signature;     ///< DER CMS SignedData, detached
    QString certificateFingerprint;
    QDateTime signedAt; ///< UTC
};

/// Signed checkpoints of the audit trail. Append-only: the schema refuses UPDATE and DELETE.
class CheckpointRepository
{
public:
    explicit CheckpointRepository(Database &db);

    /// Stores @p checkpoint and records it in the audit trail; returns its id. Throws
    /// DatabaseError (Constraint) when its seq names no audit event.
    qint64 add(WriteTransaction &transaction, const AuditCheckpoint &checkpoint);
    std::optional<AuditCheckpoint> byId(qint64 id) const;
    /// Every checkpoint, oldest first.
    std::vector<AuditCheckpoint> all() const;

private:
    std::vector<AuditCheckpoint> select(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace Quorum
