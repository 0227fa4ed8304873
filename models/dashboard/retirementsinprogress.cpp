// SPDX-License-Identifier: GPL-3.0-or-later
#include "retirementsinprogress.h"

#include "governance/approvalservice.h"
#include "pendingrequestquery_p.h"
#include "storage/database.h"
#include "storage/dbtime.h"
#include "storage/query.h"

#include <tuple>

namespace Quorum {

std::vector<RetirementInProgress> readRetirementsInProgress(Database &db, const QDateTime &now)
{
    using namespace Internal;
    Query query(db,
                QStringLiteral("SELECT ") + pendingRequestColumns()
                    + QStringLiteral(", t.reason, t.replacement_model_id, rm.display_name, "
                                     "t.archive_location")
                    + pendingRequestJoins()
                    + QStringLiteral("LEFT JOIN retirements t ON t.request_id = r.id "
                                     "LEFT JOIN models rm ON rm.id = t.replacement_model_id "
                                     "WHERE r.status = 'pending' AND r.to_stage = 'retired' "
                                     "AND (r.expires_at IS NULL OR r.expires_at > ?) "
                                     "ORDER BY r.submitted_at, r.id"));
    query.bind(toDbTime(now)).exec();
    std::vector<RetirementInProgress> rows;
    while (query.next()) {
        RetirementInProgress row;
        row.request = pendingRequestRow(query);
        constexpr int kFirst = kPendingRequestColumnCount;
        row.reason = query.value(kFirst).toString();
        row.replacementModelId = optionalId(query.value(kFirst + 1));
        row.replacementName = query.value(kFirst + 2).toString();
        row.archiveLocation = query.value(kFirst + 3).toString();
        rows.push_back(std::move(row));
    }
    ApprovalService service(db);
    for (RetirementInProgress &row : rows) {
        std::tie(row.request.approvalsCounted, row.request.approvalsRequired)
            = approvalProgress(service.tally(row.request.requestId));
    }
    return rows;
}

} // namespace Quorum
