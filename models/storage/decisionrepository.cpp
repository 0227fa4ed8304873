// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionrepository.h"

#include "audit/audittrail.h"
#include "database.h"
#include "dbtime.h"
#include "query.h"
#include "writetransaction.h"

namespace Quorum {

DecisionRepository::DecisionRepository(Database &db)
    : m_db(db)
{}

qint64 DecisionRepository::add(WriteTransaction &transaction, const Decision &d)
{
    Query insert(
        m_db,
        QStringLiteral("INSERT INTO decisions (request_id, person_id, role, verdict, rationale, "
                       "conditions, decision_mode, decided_at, canonical_json, signature, "
                       "certificate_fingerprint, waiver_expires_at, checkpoint_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(d.requestId)
        .bind(d.personId)
        .bind(roleKey(d.role))
        .bind(verdictKey(d.verdict))
        .bind(d.rationale)
        .bind(d.conditions)
        .bind(decisionModeKey(d.mode))
        .bind(toDbTime(d.decidedAt))
        .bind(QString::fromUtf8(d.statementJson))
        .bind(d.signature)
        .bind(d.certificateFingerprint)
        .bind(nullIfEmpty(toDbTime(d.waiverExpiresAt)))
        .bind(nullable(d.checkpointId));
    insert.exec();
    const qint64 id = insert.lastInsertId();
    AuditTrail(m_db).recordInsert(transaction, QStringLiteral("decisions"), id);
    return id;
}

std::optional<Decision> DecisionRepository::byId(qint64 id) const
{
    auto found = select(QStringLiteral("WHERE id = ?"), {id});
    return found.empty() ? std::nullopt : std::optional(std::move(found.front()));
}

std::vector<Decision> DecisionRepository::forRequest(qint64 requestId) const
{
    return select(QStringLiteral("WHERE request_id = ?"), {requestId});
}

std::vector<Decision> DecisionRepository::all() const
{
    return select({}, {});
}

std::vector<Decision> DecisionRepository::select(const QString &where,
                                                 const QVariantList &values) const
{
    Query query(m_db,
                QStringLiteral("SELECT id, request_id, person_id, role, verdict, rationale, "
                               "conditions, decision_mode, decided_at, canonical_json, "
                               "signature, certificate_fingerprint, waiver_expires_at, "
                               "checkpoint_id FROM decisions %1 ORDER BY decided_at, id")
                    .arg(where));
    for (const QVariant &value : values) {
        query.bind(value);
    }
    query.exec();
    std::vector<Decision> rows;
    while (query.next()) {
        Decision d;
        d.id = query.value(0).toLongLong();
        d.requestId = query.value(1).toLongLong();
        d.personId = query.value(2).toLongLong();
        d.role = roleFromKey(query.value(3).toString()).value_or(Role::Reviewer);
        d.verdict = verdictFromKey(query.value(4).toString()).value_or(Verdict::Reject);
        d.rationale = query.value(5).toString();
        d.conditions = query.value(6).toString();
        d.mode = decisionModeFromKey(query.value(7).toString()).value_or(DecisionMode::Interactive);
        d.decidedAt = fromDbTime(query.value(8));
        d.statementJson = query.value(9).toString().toUtf8();
        d.signature = query.value(10).toByteArray();
        d.certificateFingerprint = query.value(11).toString();
        d.waiverExpiresAt = fromDbTime(query.value(12));
        d.checkpointId = optionalId(query.value(13));
        rows.push_back(std::move(d));
    }
    return rows;
}

} // namespace Quorum
