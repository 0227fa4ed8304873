// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/verdict.h"

#include <QString>

namespace Quorum {
class Database;
struct CertificateInfo;
} // namespace Quorum

/// The release SOP's automated approval (step 4): a pipeline sets DEPLOY_APPROVAL=y (or n),
/// APPROVER and APPROVAL_RATIONALE and signs with the approver's key. Quorum records it as
/// decision_mode "automated", signed and policy-checked like any other decision.
namespace Quorum::Cli::AutomatedMode {

struct Request
{
    Verdict verdict = Verdict::Approve; ///< y: approve; n: reject
    QString approver;                   ///< the name or e-mail address the pipeline claims
    QString rationale;
};

/// Reads the three variables. Throws UsageError naming the variable when DEPLOY_APPROVAL is
/// neither y nor n (either case), or APPROVER or APPROVAL_RATIONALE is unset or blank.
Request fromEnvironment();

/// Refuses (GovernanceError NotAllowed) when @p approver is neither the name nor the e-mail
/// address of the person the key's @p certificate is registered to: the pipeline claims
/// someone the key does not belong to. Does nothing for a certificate registered to nobody,
/// which the decision itself refuses.
void checkApprover(Database &db, const QString &approver, const CertificateInfo &certificate);

} // namespace Quorum::Cli::AutomatedMode
