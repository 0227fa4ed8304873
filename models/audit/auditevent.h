// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Quorum {

/// One entry of the audit trail (SPEC §4): who changed what, the row before and after, and
/// the hashes that chain it to the event before.
struct AuditEvent
{
    qint64 seq = 0; ///< 1, 2, 3… without gaps
    QDateTime occurredAt;
    std::optional<qint64> personId;
    QString actor;  ///< the person's printed name or the program, as at the time
    QString action; ///< insert, update, …
    QString entity; ///< the table changed, e.g. "models"
    std::optional<qint64> entityId;
    QString beforeJson; ///< canonical JSON of the row before, empty for an insert
    QString afterJson;  ///< canonical JSON of the row after, empty for a delete
    QString prevHash;   ///< the previous event's hash; 64 zeros for the first event
    QString hash;       ///< SHA-256 of canonicalContent()

    /// The bytes the hash covers: a canonical JSON object of every field above but the hash,
    /// plus the database's instance id, so an event cannot be moved to another database.
    QByteArray canonicalContent(const QString &instanceId) const;
};

/// prev_hash of the first event.
inline const QString kGenesisHash(64, QLatin1Char('0'));

} // namespace Quorum
