// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionrules.h"

#include "governanceerror.h"
#include "storage/dbtime.h"

#include <QCoreApplication>

#include <algorithm>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::DecisionRules", text);
}

bool contains(const std::vector<Role> &roles, Role role)
{
    return std::find(roles.begin(), roles.end(), role) != roles.end();
}

std::vector<Role> matrixRoles(const Policy &policy)
{
    std::vector<Role> roles;
    for (const ApprovalRequirement &requirement : policy.approvals) {
        if (!contains(roles, requirement.role)) {
            roles.push_back(requirement.role);
        }
    }
    return roles;
}

QString roleList(const std::vector<Role> &roles)
{
    QStringList labels;
    for (Role role : roles) {
        labels << roleKey(role);
    }
    return labels.join(QStringLiteral(", "));
}

bool hasFailedCheck(const ReleaseRequest &request)
{
    return std::any_of(request.checks.begin(), request.checks.end(),
                       [](const ThresholdCheck &c) { return !c.passed; });
}

std::optional<GovernanceError> stateRefusal(const DecisionSituation &s)
{
    const ReleaseRequest &r = s.request;
    if (r.status != RequestStatus::Pending) {
        return GovernanceError(GovernanceErrorKind::WrongState,
                               tr("Request #%1 is %2: it can no longer be decided.")
                                   .arg(r.id)
                                   .arg(requestStatusLabel(r.status).toLower()));
    }
    if (r.expiresAt.isValid() && r.expiresAt <= s.now) {
        return GovernanceError(GovernanceErrorKind::WrongState,
                               tr("Request #%1 expired on %2 UTC: the owner must submit it again.")
                                   .arg(r.id)
                                   .arg(toDbTime(r.expiresAt)));
    }
    return std::nullopt;
}

std::optional<GovernanceError> inputRefusal(const DecisionSituation &s, const DecisionInput &in)
{
    if (in.rationale.trimmed().isEmpty()) {
        return GovernanceError(GovernanceErrorKind::InvalidInput,
                               tr("A rationale is required: say why you decide this way."));
    }
    if (in.verdict == Verdict::ApproveWithConditions && in.conditions.trimmed().isEmpty()) {
        return GovernanceError(GovernanceErrorKind::InvalidInput,
                               tr("Approve with conditions needs the conditions."));
    }
    if (in.verdict == Verdict::Waiver) {
        if (!in.waiverExpiresAt.isValid()) {
            return GovernanceError(GovernanceErrorKind::InvalidInput,
                                   tr("A waiver needs an expiry date."));
        }
        if (in.waiverExpiresAt <= s.now) {
            return GovernanceError(GovernanceErrorKind::InvalidInput,
                                   tr("The waiver's expiry %1 UTC is not in the future.")
                                       .arg(toDbTime(in.waiverExpiresAt)));
        }
    }
    return std::nullopt;
}

std::optional<GovernanceError> dutyRefusal(const DecisionSituation &s, Role role, Verdict verdict)
{
    if (!s.signer.active) {
        return GovernanceError(
            GovernanceErrorKind::NotAllowed,
            tr("%1 is no longer an active person of this database.").arg(s.signer.name));
    }
    if (s.signer.id == s.request.submittedBy) {
        return GovernanceError(
            GovernanceErrorKind::NotAllowed,
            tr("Segregation of duties: %1 submitted request #%2 and cannot decide on it.")
                .arg(s.signer.name)
                .arg(s.request.id));
    }
    if (s.signer.id == s.model.ownerId) {
        return GovernanceError(
            GovernanceErrorKind::NotAllowed,
            tr("Segregation of duties: %1 owns the model %2 and cannot decide on its "
               "releases.")
                .arg(s.signer.name, s.model.name));
    }
    if (!s.signer.hasRole(role)) {
        return GovernanceError(
            GovernanceErrorKind::NotAllowed,
            tr("%1 does not hold the role %2.").arg(s.signer.name, roleKey(role)));
    }
    const std::vector<Role> asked = rolesAsked(s.policy, verdict);
    if (!contains(asked, role)) {
        return verdict == Verdict::Waiver
            ? GovernanceError(
                GovernanceErrorKind::NotAllowed,
                tr("Only %1 may grant a waiver under the tier %2 policy (version %3).")
                    .arg(roleList(asked))
                    .arg(s.policy.tier)
                    .arg(s.policy.version))
            : GovernanceError(GovernanceErrorKind::NotAllowed,
                              tr("The tier %1 policy (version %2) asks %3, not %4.")
                                  .arg(s.policy.tier)
                                  .arg(s.policy.version)
                                  .arg(roleList(asked), roleKey(role)));
    }
    return std::nullopt;
}

std::optional<GovernanceError> repeatRefusal(const DecisionSituation &s, Verdict verdict)
{
    for (const Decision &d : s.earlier) {
        if (d.personId != s.signer.id) {
            continue;
        }
        if ((d.verdict == Verdict::Waiver) == (verdict == Verdict::Waiver)) {
            return GovernanceError(
                GovernanceErrorKind::WrongState,
                tr("%1 already decided on request #%2 (%3, %4 UTC): one person counts once.")
                    .arg(s.signer.name)
                    .arg(s.request.id)
                    .arg(verdictMeaning(d.verdict).toLower(), toDbTime(d.decidedAt)));
        }
    }
    return std::nullopt;
}

std::optional<GovernanceError> verdictRefusal(const DecisionSituation &s, Verdict verdict)
{
    if (verdict == Verdict::Waiver && !hasFailedCheck(s.request)) {
        return GovernanceError(
            GovernanceErrorKind::NotAllowed,
            tr("Every threshold check of request #%1 passed: there is nothing to waive.")
                .arg(s.request.id));
    }
    if (!isApproval(verdict)) {
        return std::nullopt;
    }
    if (!failedChecksWaived(s)) {
        return GovernanceError(
            GovernanceErrorKind::NotAllowed,
            tr("A threshold check of request #%1 failed: it can be approved only after a "
               "waiver by %2.")
                .arg(s.request.id)
                .arg(roleList(s.policy.waiverRoles)));
    }
    if (s.policy.thresholds.requireQaCheck
        && std::none_of(s.testerChecks.begin(), s.testerChecks.end(),
                        [](const TesterCheck &c) { return c.passed; })) {
        return GovernanceError(
            GovernanceErrorKind::NotAllowed,
            tr("The tier %1 policy requires a QA tester's check (\"Tester ✓\") before "
               "approval, and request #%2 has none.")
                .arg(s.policy.tier)
                .arg(s.request.id));
    }
    return std::nullopt;
}

} // namespace

std::vector<Role> rolesAsked(const Policy &policy, Verdict verdict)
{
    return verdict == Verdict::Waiver ? policy.waiverRoles : matrixRoles(policy);
}

std::optional<Role> signingRole(const DecisionSituation &situation, const DecisionInput &input)
{
    if (input.role) {
        return input.role;
    }
    for (Role role : rolesAsked(situation.policy, input.verdict)) {
        if (situation.signer.hasRole(role)) {
            return role;
        }
    }
    return std::nullopt;
}

std::optional<GovernanceError> decisionRefusal(const DecisionSituation &situation,
                                               const DecisionInput &input, Role role)
{
    if (auto reason = stateRefusal(situation)) {
        return reason;
    }
    if (auto reason = inputRefusal(situation, input)) {
        return reason;
    }
    if (auto reason = dutyRefusal(situation, role, input.verdict)) {
        return reason;
    }
    if (auto reason = repeatRefusal(situation, input.verdict)) {
        return reason;
    }
    return verdictRefusal(situation, input.verdict);
}

bool failedChecksWaived(const DecisionSituation &situation)
{
    if (!hasFailedCheck(situation.request)) {
        return true;
    }
    return std::any_of(
        situation.earlier.begin(), situation.earlier.end(), [&situation](const Decision &d) {
            return d.verdict == Verdict::Waiver && situation.policy.allowsWaiverBy(d.role)
                && d.waiverExpiresAt > situation.now;
        });
}

} // namespace Quorum
