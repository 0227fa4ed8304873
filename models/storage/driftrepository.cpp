// SPDX-License-Identifier: GPL-3.0-or-later
#include "driftrepository.h"

#include "audit/audittrail.h"
#include "database.h"
#include "dbtime.h"
#include "query.h"
#include "writetransaction.h"

namespace Quorum {

DriftRepository::DriftRepository(Database &db)
    : m_db(db)
{}

qint64 DriftRepository::add(WriteTransaction &transaction, const DriftObservation &o)
{
    Query insert(m_db,
                 QStringLiteral("INSERT INTO drift_observations (version_id, feature, "
                                "window_start, window_end, statistic, value, p_value, "
                                "threshold, status, bins_json, recorded_at, source) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(o.versionId)
        .bind(o.feature)
        .bind(toDbDate(o.windowStart))
        .bind(toDbDate(o.windowEnd))
        .bind(o.statistic)
        .bind(o.value)
        .bind(nullable(o.pValue))
        .bind(o.threshold)
        .bind(driftStatusKey(o.status))
        .bind(nullIfEmpty(o.binsJson))
        .bind(toDbTime(o.recordedAt.isValid() ? o.recordedAt : QDateTime::currentDateTimeUtc()))
        .bind(o.source);
    insert.exec();
    const qint64 id = insert.lastInsertId();
    AuditTrail(m_db).recordInsert(transaction, QStringLiteral("drift_observations"), id);
    return id;
}

std::vector<DriftObservation> DriftRepository::forVersion(qint64 versionId,
                                                          const QString &feature) const
{
    Query query(m_db,
                QStringLiteral("SELECT id, version_id, feature, window_start, window_end, "
                               "statistic, value, p_value, threshold, status, bins_json, "
                               "recorded_at, source FROM drift_observations "
                               "WHERE version_id = ? AND (? = '' OR feature = ?) "
                               "ORDER BY feature, statistic, window_start, id"));
    query.bind(versionId).bind(feature).bind(feature).exec();
    std::vector<DriftObservation> rows;
    while (query.next()) {
        DriftObservation o;
        o.id = query.value(0).toLongLong();
        o.versionId = query.value(1).toLongLong();
        o.feature = query.value(2).toString();
        o.windowStart = fromDbDate(query.value(3));
        o.windowEnd = fromDbDate(query.value(4));
        o.statistic = query.value(5).toString();
        o.value = query.value(6).toDouble();
        o.pValue = optionalReal(query.value(7));
        o.threshold = query.value(8).toDouble();
        o.status = driftStatusFromKey(query.value(9).toString()).value_or(DriftStatus::Stable);
        o.binsJson = query.value(10).toString();
        o.recordedAt = fromDbTime(query.value(11));
        o.source = query.value(12).toString();
        rows.push_back(std::move(o));
    }
    return rows;
}

QStringList DriftRepository::features(qint64 versionId) const
{
    Query query(m_db,
                QStringLiteral("SELECT DISTINCT feature FROM drift_observations "
                               "WHERE version_id = ? ORDER BY feature"));
    query.bind(versionId).exec();
    QStringList result;
    while (query.next()) {
        result << query.value(0).toString();
    }
    return result;
}

} // namespace Quorum
