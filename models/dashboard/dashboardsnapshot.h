// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardperiod.h"
#include "governancekpis.h"
#include "pendingrequests.h"
#include "retirementsinprogress.h"
#include "reviewschedule.h"

#include <QDateTime>

#include <optional>
#include <vector>

namespace Quorum {

class Database;

/// What the home dashboard asks for.
struct DashboardQuery
{
    QDateTime now; ///< the dashboard's "now" (UTC); never read from the clock here
    DashboardPeriod period = DashboardPeriod::Last12Months;
    std::optional<qint64> personId; ///< whose decisions are "mine"; nullopt: every pending one
    int expiringWithinDays = kExpiringSoonDays;
    int reviewDueSoonDays = kReviewDueSoonDays;
};

/// Everything the home dashboard shows, read in one go on one connection.
struct DashboardSnapshot
{
    DashboardQuery query;
    GovernanceKpis kpis;
    std::vector<PendingRequestRow> mine;
    std::vector<PendingRequestRow> expiring;
    std::vector<ReviewScheduleEntry> reviews;
    std::vector<RetirementInProgress> retirements;
};

/// Reads the dashboard for @p query. My decisions follow inboxFor(), which judges expiry by
/// the database's clock: a caller on a connection of its own sets that clock to @p query.now.
/// Throws DatabaseError.
DashboardSnapshot readDashboard(Database &db, const DashboardQuery &query);

} // namespace Quorum
