// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardsnapshot.h"

#include "storage/database.h"

namespace Quorum {

DashboardSnapshot readDashboard(Database &db, const DashboardQuery &query)
{
    DashboardSnapshot snapshot;
    snapshot.query = query;
    snapshot.kpis = readGovernanceKpis(db, periodRange(query.period, query.now));
    snapshot.mine = readMyPendingDecisions(db, query.personId, query.now);
    snapshot.expiring = readExpiringRequests(db, query.now, query.expiringWithinDays);
    snapshot.reviews = readReviewSchedule(db, query.now, query.reviewDueSoonDays);
    snapshot.retirements = readRetirementsInProgress(db, query.now);
    return snapshot;
}

} // namespace Quorum
