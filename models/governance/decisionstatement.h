// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/decision.h"
#include "domain/releaserequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace Quorum {

class Database;

/// What a signer signs (issue 3, SPEC §4): every fact that gives the decision its meaning, so
/// that a signature cannot be moved to another record, version or database. Its canonical JSON
/// (RFC 8785) is the exact byte string signed.
struct DecisionStatement
{
    static constexpr int kFormat = 1;

    QString instanceId; ///< the database's instance id
    qint64 requestId = 0;
    QString modelName;
    QString version;
    QString artifactSha256;
    QString requestSha256; ///< requestDigest() of the request at signing time
    qint64 policyId = 0;
    int policyTier = 0;
    int policyVersion = 0;
    std::vector<ThresholdCheck> checks;
    Verdict verdict = Verdict::Approve;
    Role role = Role::Reviewer;
    QString rationale;
    QString conditions;
    QDateTime waiverExpiresAt;
    DecisionMode mode = DecisionMode::Interactive;
    QString signerName;
    QString signerEmail;
    QString certificateFingerprint;
    QDateTime signedAt; ///< UTC, whole seconds
    qint64 auditHeadSeq = 0;
    QString auditHeadHash; ///< the audit trail's head when the statement was made

    /// The signed bytes: canonical JSON with the domain tag "quorum.release-decision", the
    /// format version and the verdict's meaning in words (21 CFR 11.50).
    QByteArray canonical() const;
    /// Reads a statement back from its canonical bytes; nullopt when they are not a statement
    /// of this format (the caller then reports the decision as damaged).
    static std::optional<DecisionStatement> parse(const QByteArray &canonicalJson);
};

/// SHA-256 of the stable content of release request @p requestId: its row without the fields
/// that change as it is decided (status, closed_at), its threshold checks and its retirement
/// details. Throws DatabaseError; an unknown request gives an empty string.
QString requestDigest(Database &db, qint64 requestId);

} // namespace Quorum
