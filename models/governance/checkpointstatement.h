// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Quorum {

/// What a signer signs about the audit trail at a decision (issue 3): "this database's trail
/// had @c seq events ending in @c headHash". A later verification that finds fewer events, or
/// another hash at that seq, shows that the trail was cut or rewritten after the signature.
struct CheckpointStatement
{
    static constexpr int kFormat = 1;

    QString instanceId; ///< the database's instance id
    qint64 seq = 0;     ///< the head event's sequence number
    QString headHash;   ///< the head event's hash
    QString signerName;
    QString signerEmail;
    QString certificateFingerprint;
    QDateTime signedAt; ///< UTC, whole seconds

    /// The signed bytes: canonical JSON (RFC 8785) with the domain tag "quorum.audit-checkpoint".
    QByteArray canonical() const;
    /// Reads a statement back; nullopt when the bytes are not a checkpoint of this format.
    static std::optional<CheckpointStatement> parse(const QByteArray &canonicalJson);
};

} // namespace Quorum
