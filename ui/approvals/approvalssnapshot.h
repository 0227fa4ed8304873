// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/decision.h"
#include "domain/releaserequest.h"

#include <QHash>
#include <QString>

#include <vector>

namespace Quorum {
class Database;
}

namespace Quorum::Ui {

/// One release request of the model with what the Approvals tab shows beside it.
struct ApprovalRequest
{
    ReleaseRequest request;
    QString version;                 ///< the version's number, e.g. "1.2.0"
    QString policy;                  ///< e.g. "Tier 1 · v2"
    std::vector<Decision> decisions; ///< in the order they were made
};

/// The release requests of one model with their decisions and whether each signature holds,
/// read together on a worker thread.
struct ApprovalsSnapshot
{
    std::vector<ApprovalRequest> requests; ///< newest submission first
    QHash<qint64, QString> personNames;    ///< submitters and signers
    /// Why a decision's signature does not hold, by decision id; a decision not listed holds.
    QHash<qint64, QString> signatureProblems;

    QString personName(qint64 personId) const;
    /// The request with @p id, or nullptr.
    const ApprovalRequest *request(qint64 id) const;
};

/// Reads the requests of model @p modelId (every version's) with their checks, decisions and
/// people, and verifies every signature (verifySignatures(): the CMS signature, the
/// certificate, and that the record still says what was signed). Only reads; throws
/// DatabaseError. Run it on a worker: verification takes a few milliseconds per decision.
ApprovalsSnapshot readApprovals(Database &db, qint64 modelId);

} // namespace Quorum::Ui
