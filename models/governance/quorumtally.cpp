// SPDX-License-Identifier: GPL-3.0-or-later
#include "quorumtally.h"

#include <algorithm>
#include <set>

namespace Quorum {

namespace {

bool holds(const Vote &vote)
{
    return std::find(vote.heldRoles.begin(), vote.heldRoles.end(), vote.signedAs)
        != vote.heldRoles.end();
}

bool allMet(const Tally &tally)
{
    return !tally.progress.empty()
        && std::all_of(tally.progress.begin(), tally.progress.end(),
                       [](const RequirementProgress &p) { return p.met(); });
}

} // namespace

Tally tallyVotes(const Policy &policy, const std::vector<Vote> &votes)
{
    Tally tally;
    for (const ApprovalRequirement &requirement : policy.approvals) {
        tally.progress.push_back({requirement, {}});
    }
    std::set<qint64> counted;
    for (const Vote &vote : votes) {
        if (!holds(vote)) {
            continue; // signing in a role one does not hold counts for nothing
        }
        const auto line = std::find_if(
            tally.progress.begin(), tally.progress.end(),
            [&vote](const RequirementProgress &p) { return p.requirement.role == vote.signedAs; });
        if (line == tally.progress.end()) {
            continue; // the policy does not ask this role
        }
        if (vote.verdict == Verdict::Reject) {
            tally.outcome = TallyOutcome::Rejected;
            return tally;
        }
        if (vote.verdict == Verdict::RequestChanges) {
            tally.outcome = TallyOutcome::ChangesRequested;
            return tally;
        }
        if (!isApproval(vote.verdict) || counted.contains(vote.personId)) {
            continue;
        }
        counted.insert(vote.personId);
        line->countedPeople.push_back(vote.personId);
        if (allMet(tally)) {
            tally.outcome = TallyOutcome::Approved; // the request closes here
            return tally;
        }
    }
    return tally;
}

} // namespace Quorum
