// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox.h"

#include "approvalservice.h"
#include "storage/personrepository.h"
#include "storage/releaserequestrepository.h"

#include <QCoreApplication>

namespace Quorum {

namespace {

// Whether @p verdict would pass the rules, judged with a placeholder rationale and expiry.
std::optional<GovernanceError> refusalFor(const DecisionSituation &s, Verdict verdict,
                                          std::optional<Role> role)
{
    DecisionInput input;
    input.requestId = s.request.id;
    input.verdict = verdict;
    input.role = role;
    input.rationale = QStringLiteral("-");
    input.conditions = QStringLiteral("-");
    input.waiverExpiresAt = s.now.addDays(1);
    const std::optional<Role> chosen = signingRole(s, input);
    if (!chosen) {
        return GovernanceError(GovernanceErrorKind::NotAllowed, {});
    }
    return decisionRefusal(s, input, *chosen);
}

} // namespace

std::vector<InboxItem> inboxFor(Database &db, qint64 personId)
{
    std::vector<InboxItem> items;
    if (!PersonRepository(db).byId(personId)) {
        return items;
    }
    ApprovalService service(db);
    for (const ReleaseRequest &request :
         ReleaseRequestRepository(db).withStatus(RequestStatus::Pending)) {
        InboxItem item;
        item.situation = service.situation(request.id, personId);
        const DecisionSituation &s = item.situation;
        const bool canVote = !refusalFor(s, Verdict::Reject, std::nullopt);
        item.canVote = canVote;
        item.canWaive = !refusalFor(s, Verdict::Waiver, std::nullopt);
        if (!canVote && !item.canWaive) {
            continue; // not theirs to decide: duties, roles, already decided, expired
        }
        DecisionInput probe;
        probe.verdict = canVote ? Verdict::Reject : Verdict::Waiver;
        item.role = signingRole(s, probe).value_or(Role::Reviewer);
        if (!canVote) {
            item.approvalBlockedBy = QCoreApplication::translate(
                "Quorum::Inbox", "You may only grant a waiver for the failed checks.");
        } else if (const auto blocked = refusalFor(s, Verdict::Approve, item.role)) {
            item.approvalBlockedBy = blocked->message();
        }
        item.tally = service.tally(request.id);
        items.push_back(std::move(item));
    }
    return items;
}

} // namespace Quorum
