// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/chainverifier.h"
#include "governance/decisionverifier.h"

#include <QString>

#include <vector>

namespace Quorum {
class Database;
}

namespace Quorum::Ui {

/// One problem found, in words, with the audit event it concerns (0 when none is known).
struct AuditFinding
{
    qint64 seq = 0;
    QString text;
};

/// The audit trail's hash chain and every signature, checked together.
struct AuditVerification
{
    ChainReport chain;
    SignatureReport signatures;
    std::vector<AuditFinding> findings; ///< chain problems first, then signature problems

    bool holds() const { return chain.holds() && signatures.holds(); }
    /// "The audit trail holds: N events, M signed decisions, K checkpoints." or how many
    /// problems were found.
    QString summary() const;
};

/// Runs verifyChain() and verifySignatures() on @p db and names, for each signature problem,
/// the audit event that recorded the decision or checkpoint. Only reads. Throws DatabaseError.
AuditVerification verifyAudit(Database &db);

} // namespace Quorum::Ui
