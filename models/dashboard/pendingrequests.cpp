// SPDX-License-Identifier: GPL-3.0-or-later
#include "pendingrequests.h"

#include "governance/inbox.h"
#include "governance/quorumtally.h"
#include "pendingrequestquery_p.h"
#include "storage/database.h"
#include "storage/dbtime.h"
#include "storage/query.h"

#include <algorithm>
#include <tuple>

namespace Quorum {

namespace Internal {

QString pendingRequestColumns()
{
    return QStringLiteral("r.id, m.id, m.name, m.display_name, v.id, v.version, r.from_stage, "
                          "r.to_stage, p.name, r.submitted_at, r.expires_at");
}

QString pendingRequestJoins()
{
    return QStringLiteral(" FROM release_requests r JOIN model_versions v ON v.id = r.version_id "
                          "JOIN models m ON m.id = v.model_id "
                          "JOIN people p ON p.id = r.submitted_by ");
}

PendingRequestRow pendingRequestRow(const Query &query)
{
    PendingRequestRow row;
    row.requestId = query.value(0).toLongLong();
    row.modelId = query.value(1).toLongLong();
    row.modelName = query.value(2).toString();
    row.displayName = query.value(3).toString();
    row.versionId = query.value(4).toLongLong();
    row.version = query.value(5).toString();
    row.fromStage = stageFromKey(query.value(6).toString()).value_or(Stage::Staging);
    row.toStage = stageFromKey(query.value(7).toString()).value_or(Stage::Production);
    row.submittedBy = query.value(8).toString();
    row.submittedAt = fromDbTime(query.value(9));
    row.expiresAt = fromDbTime(query.value(10));
    return row;
}

} // namespace Internal

using namespace Internal;

std::vector<PendingRequestRow> readPendingRequests(Database &db, const QDateTime &now)
{
    Query query(db,
                QStringLiteral("SELECT ") + pendingRequestColumns() + pendingRequestJoins()
                    + QStringLiteral("WHERE r.status = 'pending' AND (r.expires_at IS NULL "
                                     "OR r.expires_at > ?) ORDER BY r.submitted_at, r.id"));
    query.bind(toDbTime(now)).exec();
    std::vector<PendingRequestRow> rows;
    while (query.next()) {
        rows.push_back(pendingRequestRow(query));
    }
    return rows;
}

std::vector<PendingRequestRow> readExpiringRequests(Database &db, const QDateTime &now,
                                                    int withinDays)
{
    Query query(db,
                QStringLiteral("SELECT ") + pendingRequestColumns() + pendingRequestJoins()
                    + QStringLiteral("WHERE r.status = 'pending' AND r.expires_at > ? "
                                     "AND r.expires_at <= ? ORDER BY r.expires_at, r.id"));
    query.bind(toDbTime(now)).bind(toDbTime(now.addDays(withinDays))).exec();
    std::vector<PendingRequestRow> rows;
    while (query.next()) {
        rows.push_back(pendingRequestRow(query));
    }
    return rows;
}

std::pair<int, int> approvalProgress(const Tally &tally)
{
    int counted = 0;
    int required = 0;
    for (const RequirementProgress &p : tally.progress) {
        counted += std::min(p.approvals(), p.requirement.count);
        required += p.requirement.count;
    }
    return {counted, required};
}

std::vector<PendingRequestRow> readMyPendingDecisions(Database &db, std::optional<qint64> personId,
                                                      const QDateTime &now)
{
    if (!personId) {
        return readPendingRequests(db, now);
    }
    std::vector<PendingRequestRow> rows;
    for (const InboxItem &item : inboxFor(db, *personId)) {
        const DecisionSituation &s = item.situation;
        PendingRequestRow row;
        row.requestId = s.request.id;
        row.modelId = s.model.id;
        row.modelName = s.model.name;
        row.displayName = s.model.displayName;
        row.versionId = s.version.id;
        row.version = s.version.version.toString();
        row.fromStage = s.request.fromStage;
        row.toStage = s.request.toStage;
        row.submittedBy = s.submitter.name;
        row.submittedAt = s.request.submittedAt;
        row.expiresAt = s.request.expiresAt;
        std::tie(row.approvalsCounted, row.approvalsRequired) = approvalProgress(item.tally);
        row.role = item.role;
        row.approvalBlockedBy = item.approvalBlockedBy;
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace Quorum
