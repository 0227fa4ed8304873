// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationrepository.h"

#include "audit/audittrail.h"
#include "database.h"
#include "dbtime.h"
#include "query.h"
#include "writetransaction.h"

namespace Quorum {

EvaluationRepository::EvaluationRepository(Database &db)
    : m_db(db)
{}

qint64 EvaluationRepository::add(WriteTransaction &transaction, const Evaluation &e)
{
    Query insert(m_db,
                 QStringLiteral("INSERT INTO evaluations (version_id, metric, value, split, "
                                "segment, window_start, window_end, recorded_at, source) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(e.versionId)
        .bind(e.metric.trimmed())
        .bind(e.value)
        .bind(e.split)
        .bind(e.segment.isEmpty() ? QStringLiteral("all") : e.segment)
        .bind(nullIfEmpty(toDbTime(e.windowStart)))
        .bind(nullIfEmpty(toDbTime(e.windowEnd)))
        .bind(toDbTime(e.recordedAt.isValid() ? e.recordedAt : QDateTime::currentDateTimeUtc()))
        .bind(e.source);
    insert.exec();
    const qint64 id = insert.lastInsertId();
    AuditTrail(m_db).recordInsert(transaction, QStringLiteral("evaluations"), id);
    return id;
}

std::vector<Evaluation> EvaluationRepository::forVersion(qint64 versionId) const
{
    Query query(m_db,
                QStringLiteral("SELECT id, version_id, metric, value, split, segment, "
                               "window_start, window_end, recorded_at, source "
                               "FROM evaluations WHERE version_id = ? "
                               "ORDER BY split, metric, segment, recorded_at, id"));
    query.bind(versionId).exec();
    std::vector<Evaluation> rows;
    while (query.next()) {
        Evaluation e;
        e.id = query.value(0).toLongLong();
        e.versionId = query.value(1).toLongLong();
        e.metric = query.value(2).toString();
        e.value = query.value(3).toDouble();
        e.split = query.value(4).toString();
        e.segment = query.value(5).toString();
        e.windowStart = fromDbTime(query.value(6));
        e.windowEnd = fromDbTime(query.value(7));
        e.recordedAt = fromDbTime(query.value(8));
        e.source = query.value(9).toString();
        rows.push_back(std::move(e));
    }
    return rows;
}

std::optional<double> EvaluationRepository::latest(qint64 versionId, const QString &metric,
                                                   const QString &split,
                                                   const QString &segment) const
{
    Query query(m_db,
                QStringLiteral("SELECT value FROM evaluations WHERE version_id = ? AND "
                               "metric = ? AND split = ? AND segment = ? "
                               "ORDER BY recorded_at DESC, id DESC LIMIT 1"));
    query.bind(versionId).bind(metric).bind(split).bind(segment).exec();
    if (!query.next()) {
        return std::nullopt;
    }
    return query.value(0).toDouble();
}

} // namespace Quorum
