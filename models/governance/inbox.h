// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decisionrules.h"
#include "quorumtally.h"

#include <QString>

#include <vector>

namespace Quorum {

class Database;

/// A pending request that awaits one person's decision.
struct InboxItem
{
    DecisionSituation situation; ///< the request, model, version, policy, earlier decisions…
    Role role = Role::Reviewer;  ///< the role the person would sign in
    Tally tally;                 ///< how far the quorum has come
    /// Empty when the person can approve now; otherwise why not yet (a failed check awaits a
    /// waiver, the QA tester's check is missing). A reject or a request for changes is always
    /// open to them.
    QString approvalBlockedBy;
    bool canWaive = false; ///< the person may grant a waiver for a failed check
    /// False when the person holds only a waiver role of the policy: they may waive, not vote.
    bool canVote = true;
};

/// The pending requests that @p personId may decide, oldest submission first: those they did
/// not submit, for models they do not own, in a role the request's policy asks of them, and
/// that they have not decided yet (a waiver aside). Expired requests are left out. Throws
/// DatabaseError; an unknown person has an empty inbox.
std::vector<InboxItem> inboxFor(Database &db, qint64 personId);

} // namespace Quorum
