// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/verdict.h"
#include "policy.h"

#include <vector>

namespace Quorum {

/// One signed decision as the tally sees it.
struct Vote
{
    qint64 personId = 0;
    std::vector<Role> heldRoles; ///< the roles the person holds
    Role signedAs = Role::Reviewer;
    Verdict verdict = Verdict::Approve;
};

/// How far one line of the approval matrix has come.
struct RequirementProgress
{
    ApprovalRequirement requirement;
    std::vector<qint64> countedPeople; ///< who counted toward it, in decision order

    int approvals() const { return static_cast<int>(countedPeople.size()); }
    bool met() const { return approvals() >= requirement.count; }
};

enum class TallyOutcome {
    Pending,          ///< some requirement is not met yet
    Approved,         ///< every requirement is met
    Rejected,         ///< an eligible person rejected (the policy's reject rule)
    ChangesRequested, ///< an eligible person asked for changes
};

struct Tally
{
    TallyOutcome outcome = TallyOutcome::Pending;
    std::vector<RequirementProgress> progress; ///< one per requirement of the policy
};

/// Counts @p votes (in decision order) against @p policy's approval matrix:
/// - an approval counts toward the requirement of the role it was signed as, and only when the
///   person holds that role;
/// - a person counts once toward the whole quorum, whatever roles they hold or how often they
///   sign (their first counting approval);
/// - a reject or a request for changes by a person signing in a role of the matrix that they
///   hold ends the tally (RejectRule::FirstReject), whatever came before;
/// - waivers do not count as approvals;
/// - once every requirement is met the request is approved and later votes do not count.
/// Segregation of duties (submitter, owner) is the caller's job: it decides who may vote.
Tally tallyVotes(const Policy &policy, const std::vector<Vote> &votes);

} // namespace Quorum
