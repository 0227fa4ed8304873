// SPDX-License-Identifier: GPL-3.0-or-later
#include "releaselogreport.h"

#include "domain/releaserequest.h"
#include "governance/releaselog.h"
#include "storage/database.h"
#include "storage/query.h"

#include <vector>

namespace Quorum::Reports {

namespace {

// Decided requests in the order they were closed (the order appendReleaseLog saw them).
std::vector<qint64> decidedRequestIds(Database &db)
{
    Query query(db,
                QStringLiteral("SELECT id FROM release_requests WHERE status IN (?, ?, ?) "
                               "ORDER BY closed_at, id"));
    query.bind(requestStatusKey(RequestStatus::Approved))
        .bind(requestStatusKey(RequestStatus::Rejected))
        .bind(requestStatusKey(RequestStatus::ChangesRequested));
    query.exec();
    std::vector<qint64> ids;
    while (query.next()) {
        ids.push_back(query.value(0).toLongLong());
    }
    return ids;
}

} // namespace

QByteArray buildReleaseLog(Database &db)
{
    QByteArray log = releaseLogHeader();
    for (const qint64 id : decidedRequestIds(db)) {
        log += releaseLogLine(releaseLogRow(db, id));
    }
    return log;
}

} // namespace Quorum::Reports
