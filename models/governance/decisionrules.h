// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/decision.h"
#include "domain/model.h"
#include "domain/modelversion.h"
#include "domain/person.h"
#include "domain/releaserequest.h"
#include "governanceerror.h"
#include "policy.h"
#include "storage/testercheckrepository.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace Quorum {

/// What a signer asks to decide.
struct DecisionInput
{
    qint64 requestId = 0;
    Verdict verdict = Verdict::Approve;
    std::optional<Role> role;  ///< the role to sign in; chosen by signingRole() when not given
    QString rationale;         ///< always required
    QString conditions;        ///< required for approve-with-conditions
    QDateTime waiverExpiresAt; ///< required for a waiver, in the future
    DecisionMode mode = DecisionMode::Interactive;
};

/// Everything the rules look at, read from the database by ApprovalService.
struct DecisionSituation
{
    ReleaseRequest request;
    Model model;
    ModelVersion version;
    Policy policy;
    Person submitter;
    Person signer;
    std::vector<Decision> earlier; ///< the request's decisions so far, in order
    std::vector<TesterCheck> testerChecks;
    QDateTime now; ///< the database clock
};

/// The roles @p policy asks for @p verdict: its waiver roles for a waiver, otherwise the roles
/// of its approval matrix, in matrix order.
std::vector<Role> rolesAsked(const Policy &policy, Verdict verdict);

/// The role the signer signs in: @p input.role when given; otherwise the first role of the
/// policy's approval matrix (its waiver roles, for a waiver) that the signer holds. nullopt
/// when the signer holds none of them.
std::optional<Role> signingRole(const DecisionSituation &situation, const DecisionInput &input);

/// Why the decision may not be made (a GovernanceError to throw, with a user-facing message), or
/// nullopt when it may. Checks,
/// in order: the request is pending and not expired; the rationale (and conditions, waiver
/// expiry) are given; the signer is active; segregation of duties (not the submitter, not the
/// model's owner); the signer holds @p role and the policy asks that role (a waiver: the
/// policy's waiver roles); one decision per person (a waiver aside); a waiver only when a
/// check failed; an approval only when every failed check has a waiver that has not expired
/// and, when the policy requires it, after a QA tester passed the release.
std::optional<GovernanceError> decisionRefusal(const DecisionSituation &situation,
                                               const DecisionInput &input, Role role);

/// Whether every failed threshold check of the request is covered by a waiver that is still
/// in force at @p situation.now (trivially true when no check failed).
bool failedChecksWaived(const DecisionSituation &situation);

} // namespace Quorum
