// SPDX-License-Identifier: GPL-3.0-or-later
#include "testercheckrepository.h"

#include "audit/audittrail.h"
#include "database.h"
#include "dbtime.h"
#include "query.h"
#include "writetransaction.h"

namespace Quorum {

TesterCheckRepository::TesterCheckRepository(Database &db)
    : m_db(db)
{}

qint64 TesterCheckRepository::add(WriteTransaction &transaction, const TesterCheck &check)
{
    Query insert(m_db,
                 QStringLiteral("INSERT INTO tester_checks (request_id, person_id, passed, "
                                "comment, checked_at) VALUES (?, ?, ?, ?, ?)"));
    insert.bind(check.requestId)
        .bind(check.personId)
        .bind(check.passed ? 1 : 0)
        .bind(check.comment)
        .bind(toDbTime(check.checkedAt));
    insert.exec();
    const qint64 id = insert.lastInsertId();
    AuditTrail(m_db).recordInsert(transaction, QStringLiteral("tester_checks"), id);
    return id;
}

std::vector<TesterCheck> TesterCheckRepository::forRequest(qint64 requestId) const
{
    Query query(m_db,
                QStringLiteral("SELECT id, request_id, person_id, passed, comment, "
                               "checked_at FROM tester_checks WHERE request_id = ? "
                               "ORDER BY id"));
    query.bind(requestId);
    query.exec();
    std::vector<TesterCheck> rows;
    while (query.next()) {
        rows.push_back({query.value(0).toLongLong(), query.value(1).toLongLong(),
                        query.value(2).toLongLong(), query.value(3).toInt() == 1,
                        query.value(4).toString(), fromDbTime(query.value(5))});
    }
    return rows;
}

} // namespace Quorum
