// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditevent.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Quorum::Reports {

/// audit/events.jsonl of an audit pack: one compact canonical JSON object per event and line
/// (seq, occurred_at, person_id, actor, action, entity, entity_id, before, after, prev_hash,
/// hash, instance_id), enough to recompute AuditEvent::canonicalContent() and its SHA-256
/// without the database. "before" and "after" hold the stored row images as strings, byte for
/// byte, since the hash covers that text.
QByteArray auditEventsJsonl(const std::vector<AuditEvent> &events, const QString &instanceId);

/// One line of it, without the line break.
QByteArray auditEventLine(const AuditEvent &event, const QString &instanceId);

/// An event read back from a line, with the instance id it names.
struct PackedAuditEvent
{
    AuditEvent event;
    QString instanceId;
};

/// Reads one line; nullopt with @p problem set ("seq: expected a whole number") when it is
/// not an event as auditEventLine() writes it.
std::optional<PackedAuditEvent> parseAuditEventLine(const QByteArray &line, QString *problem);

/// The result of checkAuditEventsJsonl().
struct AuditEventsCheck
{
    int eventCount = 0;
    QStringList problems; ///< "event 123: content does not match its hash", …
};

/// Checks every line: it parses, is written canonically, its recomputed hash equals "hash",
/// and where an event follows its predecessor's seq directly, its prev_hash is that hash.
AuditEventsCheck checkAuditEventsJsonl(const QByteArray &jsonl);

} // namespace Quorum::Reports
