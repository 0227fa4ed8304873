// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetrepository.h"

#include "audit/audittrail.h"
#include "database.h"
#include "dbtime.h"
#include "query.h"
#include "writetransaction.h"

#include <QSet>

namespace Quorum {

DatasetRepository::DatasetRepository(Database &db)
    : m_db(db)
{}

qint64 DatasetRepository::add(WriteTransaction &transaction, const Dataset &d)
{
    Query insert(m_db,
                 QStringLiteral("INSERT INTO datasets (name, version, source, schema_json, "
                                "contains_pii, row_count, sha256, parent_id, "
                                "approval_status, created_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(d.name.trimmed())
        .bind(d.version.trimmed())
        .bind(d.source)
        .bind(d.schemaJson.isEmpty() ? QStringLiteral("{}") : d.schemaJson)
        .bind(d.containsPii ? 1 : 0)
        .bind(nullable(d.rowCount))
        .bind(nullIfEmpty(d.sha256.toLower()))
        .bind(nullable(d.parentId))
        .bind(datasetApprovalKey(d.approval))
        .bind(toDbTime(d.createdAt.isValid() ? d.createdAt : QDateTime::currentDateTimeUtc()));
    insert.exec();
    const qint64 id = insert.lastInsertId();
    AuditTrail(m_db).recordInsert(transaction, QStringLiteral("datasets"), id);
    return id;
}

std::optional<Dataset> DatasetRepository::byId(qint64 id) const
{
    auto found = select(QStringLiteral("WHERE id = ?"), {id});
    return found.empty() ? std::nullopt : std::optional(std::move(found.front()));
}

std::optional<Dataset> DatasetRepository::find(const QString &name, const QString &version) const
{
    auto found = select(QStringLiteral("WHERE name = ? AND version = ?"), {name, version});
    return found.empty() ? std::nullopt : std::optional(std::move(found.front()));
}

std::vector<Dataset> DatasetRepository::all() const
{
    return select({}, {});
}

std::vector<Dataset> DatasetRepository::lineage(qint64 id) const
{
    std::vector<Dataset> chain;
    QSet<qint64> seen; // a cycle cannot be stored through the API, but never loop on bad data
    std::optional<qint64> next = id;
    while (next && !seen.contains(*next)) {
        seen.insert(*next);
        auto dataset = byId(*next);
        if (!dataset) {
            break;
        }
        next = dataset->parentId;
        chain.push_back(std::move(*dataset));
    }
    return chain;
}

std::vector<Dataset> DatasetRepository::select(const QString &where,
                                               const QVariantList &values) const
{
    Query query(m_db,
                QStringLiteral("SELECT id, name, version, source, schema_json, "
                               "contains_pii, row_count, sha256, parent_id, "
                               "approval_status, created_at FROM datasets %1 "
                               "ORDER BY name, version")
                    .arg(where));
    for (const QVariant &value : values) {
        query.bind(value);
    }
    query.exec();
    std::vector<Dataset> rows;
    while (query.next()) {
        Dataset d;
        d.id = query.value(0).toLongLong();
        d.name = query.value(1).toString();
        d.version = query.value(2).toString();
        d.source = query.value(3).toString();
        d.schemaJson = query.value(4).toString();
        d.containsPii = query.value(5).toInt() != 0;
        d.rowCount = optionalId(query.value(6));
        d.sha256 = query.value(7).toString();
        d.parentId = optionalId(query.value(8));
        d.approval
            = datasetApprovalFromKey(query.value(9).toString()).value_or(DatasetApproval::Pending);
        d.createdAt = fromDbTime(query.value(10));
        rows.push_back(std::move(d));
    }
    return rows;
}

} // namespace Quorum
