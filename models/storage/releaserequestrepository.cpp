// SPDX-License-Identifier: GPL-3.0-or-later
#include "releaserequestrepository.h"

#include "audit/audittrail.h"
#include "database.h"
#include "dbtime.h"
#include "query.h"
#include "writetransaction.h"

namespace Quorum {

ReleaseRequestRepository::ReleaseRequestRepository(Database &db)
    : m_db(db)
{}

qint64 ReleaseRequestRepository::add(WriteTransaction &transaction, const ReleaseRequest &r)
{
    Query insert(
        m_db,
        QStringLiteral("INSERT INTO release_requests (version_id, from_stage, to_stage, "
                       "policy_id, submitted_by, submitted_at, status, ticket_ref, summary, "
                       "expires_at, closed_at, previous_request_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(r.versionId)
        .bind(stageKey(r.fromStage))
        .bind(stageKey(r.toStage))
        .bind(r.policyId)
        .bind(r.submittedBy)
        .bind(toDbTime(r.submittedAt.isValid() ? r.submittedAt : QDateTime::currentDateTimeUtc()))
        .bind(requestStatusKey(r.status))
        .bind(r.ticketRef)
        .bind(r.summary)
        .bind(nullIfEmpty(toDbTime(r.expiresAt)))
        .bind(nullIfEmpty(toDbTime(r.closedAt)))
        .bind(nullable(r.previousRequestId));
    insert.exec();
    const qint64 id = insert.lastInsertId();
    for (const ThresholdCheck &c : r.checks) {
        Query(m_db,
              QStringLiteral("INSERT INTO threshold_checks (request_id, name, comparator, "
                             "threshold, actual, passed, detail) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"))
            .bind(id)
            .bind(c.name)
            .bind(c.comparator)
            .bind(c.threshold)
            .bind(nullable(c.actual))
            .bind(c.passed ? 1 : 0)
            .bind(c.detail)
            .exec();
    }
    if (r.retirement) {
        Query(m_db,
              QStringLiteral("INSERT INTO retirements (request_id, reason, "
                             "replacement_model_id, archive_location) VALUES (?, ?, ?, ?)"))
            .bind(id)
            .bind(r.retirement->reason)
            .bind(nullable(r.retirement->replacementModelId))
            .bind(r.retirement->archiveLocation)
            .exec();
    }
    AuditTrail trail(m_db);
    QJsonObject children{
        {QStringLiteral("threshold_checks"),
         trail.rowsImage(QStringLiteral("threshold_checks"), QStringLiteral("request_id"), id)}};
    if (r.retirement) {
        children.insert(
            QStringLiteral("retirement"),
            trail.rowImage(QStringLiteral("retirements"), id, QStringLiteral("request_id")));
    }
    trail.recordInsert(transaction, QStringLiteral("release_requests"), id, children);
    return id;
}

void ReleaseRequestRepository::setStatus(WriteTransaction &transaction, qint64 requestId,
                                         RequestStatus status, const QDateTime &closedAt)
{
    AuditTrail trail(m_db);
    const QJsonObject before = trail.rowImage(QStringLiteral("release_requests"), requestId);
    Query(m_db,
          QStringLiteral("UPDATE release_requests SET status = ?, closed_at = ? "
                         "WHERE id = ?"))
        .bind(requestStatusKey(status))
        .bind(nullIfEmpty(toDbTime(closedAt)))
        .bind(requestId)
        .exec();
    trail.recordUpdate(transaction, QStringLiteral("release_requests"), requestId, before);
}

std::optional<ReleaseRequest> ReleaseRequestRepository::byId(qint64 id) const
{
    auto found = select(QStringLiteral("WHERE r.id = ?"), {id}, QStringLiteral("r.id"));
    return found.empty() ? std::nullopt : std::optional(std::move(found.front()));
}

std::vector<ReleaseRequest> ReleaseRequestRepository::withStatus(RequestStatus status) const
{
    return select(QStringLiteral("WHERE r.status = ?"), {requestStatusKey(status)},
                  QStringLiteral("r.submitted_at, r.id"));
}

std::vector<ReleaseRequest> ReleaseRequestRepository::forVersion(qint64 versionId) const
{
    return select(QStringLiteral("WHERE r.version_id = ?"), {versionId},
                  QStringLiteral("r.submitted_at DESC, r.id DESC"));
}

std::optional<qint64> ReleaseRequestRepository::currentPolicyId(int tier) const
{
    Query query(m_db,
                QStringLiteral("SELECT id FROM policies WHERE risk_tier = ? "
                               "ORDER BY version DESC LIMIT 1"));
    query.bind(tier).exec();
    return query.next() ? std::optional(query.value(0).toLongLong()) : std::nullopt;
}

std::vector<ReleaseRequest> ReleaseRequestRepository::select(const QString &where,
                                                             const QVariantList &values,
                                                             const QString &order) const
{
    Query query(m_db,
                QStringLiteral("SELECT r.id, r.version_id, r.from_stage, r.to_stage, "
                               "r.policy_id, r.submitted_by, r.submitted_at, r.status, "
                               "r.ticket_ref, r.summary, r.expires_at, r.closed_at, "
                               "r.previous_request_id, t.reason, t.replacement_model_id, "
                               "t.archive_location FROM release_requests r "
                               "LEFT JOIN retirements t ON t.request_id = r.id %1 "
                               "ORDER BY %2")
                    .arg(where, order));
    for (const QVariant &value : values) {
        query.bind(value);
    }
    query.exec();
    std::vector<ReleaseRequest> rows;
    while (query.next()) {
        ReleaseRequest r;
        r.id = query.value(0).toLongLong();
        r.versionId = query.value(1).toLongLong();
        r.fromStage = stageFromKey(query.value(2).toString()).value_or(Stage::Development);
        r.toStage = stageFromKey(query.value(3).toString()).value_or(Stage::Production);
        r.policyId = query.value(4).toLongLong();
        r.submittedBy = query.value(5).toLongLong();
        r.submittedAt = fromDbTime(query.value(6));
        r.status = requestStatusFromKey(query.value(7).toString()).value_or(RequestStatus::Pending);
        r.ticketRef = query.value(8).toString();
        r.summary = query.value(9).toString();
        r.expiresAt = fromDbTime(query.value(10));
        r.closedAt = fromDbTime(query.value(11));
        r.previousRequestId = optionalId(query.value(12));
        if (!query.value(13).isNull()) {
            r.retirement
                = RetirementDetails{query.value(13).toString(), optionalId(query.value(14)),
                                    query.value(15).toString()};
        }
        rows.push_back(std::move(r));
    }
    for (ReleaseRequest &r : rows) {
        Query checks(m_db,
                     QStringLiteral("SELECT name, comparator, threshold, actual, passed, "
                                    "detail FROM threshold_checks WHERE request_id = ? "
                                    "ORDER BY id"));
        checks.bind(r.id).exec();
        while (checks.next()) {
            r.checks.push_back({checks.value(0).toString(), checks.value(1).toString(),
                                checks.value(2).toDouble(), optionalReal(checks.value(3)),
                                checks.value(4).toInt() != 0, checks.value(5).toString()});
        }
    }
    return rows;
}

} // namespace Quorum
