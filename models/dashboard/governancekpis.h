// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardperiod.h"

#include <optional>
#include <vector>

namespace Quorum {

class Database;

/// The compliance incidents of a period, by kind.
struct ComplianceIncidents
{
    int rejectedRequests = 0; ///< requests closed as rejected
    int waiversGranted = 0;   ///< waiver decisions signed
    int expiredRequests = 0;  ///< requests closed as expired (nobody decided in time)

    int total() const { return rejectedRequests + waiversGranted + expiredRequests; }
};

/// The governance KPIs of the lifecycle SOP ("Metrics": time from development to deployment,
/// number of model retrains, drift incidents, compliance/IRB incidents) over one period. Every
/// count takes an event into the period when its time lies in [range.start, range.end]; dates
/// (drift windows) when the date lies between the UTC dates of start and end, both included.
///
/// - **Time from development to deployment**: the median, in days (fractional, 86 400 s a
///   day), of (closing time of the approved release request to the Production stage − the
///   version's created_at), over the approved requests to Production closed in the period
///   (one per deployment). With an even number, the mean of the two middle values. nullopt
///   when nothing was deployed in the period. `deployments` is how many were counted.
/// - **Retrains**: model versions registered (created_at) in the period whose parent version
///   has been in production — its stage is Production or Deprecated, or an approved release
///   request moved it to Production.
/// - **Drift incidents**: episodes of drift, counted per (version, feature). A feature's
///   windows are taken in order of their end date; a window is in drift when any statistic
///   recorded for it has status "drift". An episode begins at a window in drift that is the
///   feature's first window or follows a window not in drift; it counts in the period when
///   that window's end date lies in the period. A drift lasting many weeks is one incident.
/// - **Compliance incidents**: requests closed as rejected in the period + waivers granted
///   (decisions with the verdict "waiver" signed in the period) + requests closed as expired
///   in the period. Failed audit-trail verifications are not stored in the database, so they
///   are not counted.
struct GovernanceKpis
{
    PeriodRange range;
    std::optional<double> medianDaysToDeployment;
    int deployments = 0;
    int retrains = 0;
    int driftIncidents = 0;
    ComplianceIncidents compliance;
};

/// Reads the KPIs of @p range (see GovernanceKpis for each definition). Throws DatabaseError.
GovernanceKpis readGovernanceKpis(Database &db, const PeriodRange &range);

/// The median of @p values (mean of the two middle ones for an even count); nullopt when empty.
std::optional<double> median(std::vector<double> values);

/// Drift incidents alone (see GovernanceKpis). Throws DatabaseError.
int countDriftIncidents(Database &db, const PeriodRange &range);

} // namespace Quorum
