// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/role.h"
#include "domain/stage.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace Quorum {

class Database;
struct Tally;

/// A pending release request as the dashboard lists it.
struct PendingRequestRow
{
    qint64 requestId = 0;
    qint64 modelId = 0;
    QString modelName;   ///< machine name
    QString displayName; ///< human name
    qint64 versionId = 0;
    QString version;
    Stage fromStage = Stage::Staging;
    Stage toStage = Stage::Production;
    QString submittedBy; ///< the submitter's name
    QDateTime submittedAt;
    QDateTime expiresAt; ///< invalid when the request never expires
    /// Approvals counted toward the quorum so far, of approvalsRequired (every line of the
    /// policy's approval matrix, each counted up to its number). Filled for my decisions.
    int approvalsCounted = 0;
    int approvalsRequired = 0;
    std::optional<Role> role;  ///< my decisions: the role I would sign in
    QString approvalBlockedBy; ///< my decisions: why I cannot approve yet, or empty
};

/// Requests expiring within this many days are "expiring soon" by default.
inline constexpr int kExpiringSoonDays = 7;

/// Every pending request that has not expired at @p now (no expiry, or expires_at > now),
/// oldest submission first. Throws DatabaseError.
std::vector<PendingRequestRow> readPendingRequests(Database &db, const QDateTime &now);

/// The pending requests that expire within @p withinDays days of @p now: now < expires_at ≤
/// now + withinDays × 24 h, soonest expiry first. Requests expire when their policy's
/// request_expiry_days have passed since submission (ReleaseService::expireDue() then closes
/// them); one already past its expiry is not listed. Throws DatabaseError.
std::vector<PendingRequestRow> readExpiringRequests(Database &db, const QDateTime &now,
                                                    int withinDays = kExpiringSoonDays);

/// The requests awaiting @p personId's decision, as the Inbox lists them (inboxFor(): not
/// submitted by them, not for a model they own, in a role the policy asks, not decided yet,
/// not expired by the database's clock), oldest submission first. Without a person, every
/// pending request (readPendingRequests()). Throws DatabaseError.
std::vector<PendingRequestRow> readMyPendingDecisions(Database &db, std::optional<qint64> personId,
                                                      const QDateTime &now);

/// (approvals counted, approvals required) of @p tally, each line of the matrix counted up to
/// its number.
std::pair<int, int> approvalProgress(const Tally &tally);

} // namespace Quorum
