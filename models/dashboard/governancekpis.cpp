// SPDX-License-Identifier: GPL-3.0-or-later
#include "governancekpis.h"

#include "storage/database.h"
#include "storage/dbtime.h"
#include "storage/query.h"

#include <algorithm>

namespace Quorum {

namespace {

// "column lies in the range": two placeholders for the start ('' when open), one for the end.
QString inRange(const QString &column)
{
    return QStringLiteral("(? = '' OR %1 >= ?) AND %1 <= ?").arg(column);
}

Query &bindRange(Query &query, const PeriodRange &range)
{
    const QString start = toDbTime(range.start);
    return query.bind(start).bind(start).bind(toDbTime(range.end));
}

std::vector<double> daysToDeployment(Database &db, const PeriodRange &range)
{
    Query query(db,
                QStringLiteral("SELECT v.created_at, r.closed_at FROM release_requests r "
                               "JOIN model_versions v ON v.id = r.version_id "
                               "WHERE r.to_stage = 'production' AND r.status = 'approved' "
                               "AND r.closed_at IS NOT NULL AND ")
                    + inRange(QStringLiteral("r.closed_at")));
    bindRange(query, range).exec();
    std::vector<double> days;
    while (query.next()) {
        const QDateTime created = fromDbTime(query.value(0));
        const QDateTime deployed = fromDbTime(query.value(1));
        if (created.isValid() && deployed.isValid()) {
            days.push_back(double(created.secsTo(deployed)) / 86400.0);
        }
    }
    return days;
}

int countRetrains(Database &db, const PeriodRange &range)
{
    Query query(db,
                QStringLiteral("SELECT count(*) FROM model_versions v "
                               "JOIN model_versions p ON p.id = v.parent_version_id WHERE ")
                    + inRange(QStringLiteral("v.created_at"))
                    + QStringLiteral(" AND (p.stage IN ('production', 'deprecated') OR EXISTS "
                                     "(SELECT 1 FROM release_requests r WHERE r.version_id = p.id "
                                     "AND r.to_stage = 'production' AND r.status = 'approved'))"));
    bindRange(query, range).exec();
    return query.next() ? query.value(0).toInt() : 0;
}

int countClosed(Database &db, const PeriodRange &range, const QString &status)
{
    Query query(db,
                QStringLiteral("SELECT count(*) FROM release_requests WHERE status = ? AND ")
                    + inRange(QStringLiteral("closed_at")));
    query.bind(status);
    bindRange(query, range).exec();
    return query.next() ? query.value(0).toInt() : 0;
}

int countWaivers(Database &db, const PeriodRange &range)
{
    Query query(db,
                QStringLiteral("SELECT count(*) FROM decisions WHERE verdict = 'waiver' AND ")
                    + inRange(QStringLiteral("decided_at")));
    bindRange(query, range).exec();
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace

std::optional<double> median(std::vector<double> values)
{
    if (values.empty()) {
        return std::nullopt;
    }
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    if (values.size() % 2 == 1) {
        return values[middle];
    }
    return (values[middle - 1] + values[middle]) / 2.0;
}

int countDriftIncidents(Database &db, const PeriodRange &range)
{
    // Every window up to the end, so an episode that began before the period is seen as such.
    Query query(db,
                QStringLiteral("SELECT version_id, feature, window_end, "
                               "max(status = 'drift') FROM drift_observations "
                               "WHERE window_end <= ? GROUP BY version_id, feature, window_end "
                               "ORDER BY version_id, feature, window_end"));
    query.bind(toDbDate(range.end.toUTC().date())).exec();
    const QDate first = range.start.isValid() ? range.start.toUTC().date() : QDate();
    int incidents = 0;
    qint64 version = -1;
    QString feature;
    bool previousDrift = false;
    while (query.next()) {
        const qint64 rowVersion = query.value(0).toLongLong();
        const QString rowFeature = query.value(1).toString();
        if (rowVersion != version || rowFeature != feature) {
            version = rowVersion;
            feature = rowFeature;
            previousDrift = false;
        }
        const bool drift = query.value(3).toInt() != 0;
        const QDate windowEnd = fromDbDate(query.value(2));
        if (drift && !previousDrift && (!first.isValid() || windowEnd >= first)) {
            ++incidents;
        }
        previousDrift = drift;
    }
    return incidents;
}

GovernanceKpis readGovernanceKpis(Database &db, const PeriodRange &range)
{
    GovernanceKpis kpis;
    kpis.range = range;
    const std::vector<double> days = daysToDeployment(db, range);
    kpis.deployments = int(days.size());
    kpis.medianDaysToDeployment = median(days);
    kpis.retrains = countRetrains(db, range);
    kpis.driftIncidents = countDriftIncidents(db, range);
    kpis.compliance.rejectedRequests = countClosed(db, range, QStringLiteral("rejected"));
    kpis.compliance.waiversGranted = countWaivers(db, range);
    kpis.compliance.expiredRequests = countClosed(db, range, QStringLiteral("expired"));
    return kpis;
}

} // namespace Quorum
