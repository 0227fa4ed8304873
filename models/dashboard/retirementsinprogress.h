// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pendingrequests.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace Quorum {

class Database;

/// A retirement awaiting its approvals: a pending release request to the Retired stage.
struct RetirementInProgress
{
    PendingRequestRow request; ///< submittedBy is who started it (the model's owner)
    QString reason;
    std::optional<qint64> replacementModelId;
    QString replacementName; ///< the replacement's human name, or empty
    QString archiveLocation;
};

/// The retirements in progress at @p now: pending requests to the Retired stage that have not
/// expired, oldest first, with the approvals counted so far (ApprovalService::tally()).
/// Throws DatabaseError.
std::vector<RetirementInProgress> readRetirementsInProgress(Database &db, const QDateTime &now);

} // namespace Quorum
