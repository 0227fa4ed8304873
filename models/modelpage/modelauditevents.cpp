// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelauditevents.h"

#include "audit/audittrail.h"
#include "storage/database.h"
#include "storage/query.h"

#include <QRegularExpression>
#include <QVariantList>

#include <optional>

namespace Quorum {

namespace {

const QString kModels = QStringLiteral("models");
const QString kVersionsOfModel = QStringLiteral("SELECT id FROM model_versions WHERE model_id = ?");

/// How the rows of one audited table are found for a model: a subquery of the entity ids,
/// with one "?" for the model id.
struct EntityLink
{
    QString entity;
    QString idsOfModel;
};

bool isPlainName(const QString &name)
{
    static const QRegularExpression kName(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return kName.match(name).hasMatch();
}

QStringList columnsOf(Database &db, const QString &table)
{
    Query query(db, QStringLiteral("SELECT name FROM pragma_table_info(?)"));
    query.bind(table).exec();
    QStringList columns;
    while (query.next()) {
        columns << query.value(0).toString();
    }
    return columns;
}

// The ids of @p table's rows that belong to the model, or nullopt when the table has no link.
std::optional<QString> idsOfModel(Database &db, const QString &table)
{
    if (table == kModels) {
        return QStringLiteral("SELECT ?");
    }
    const QStringList columns = columnsOf(db, table);
    // The audit trail names a row by its id; tables keyed by their request name it by that.
    const QString key = columns.contains(QStringLiteral("id")) ? QStringLiteral("id")
        : columns.contains(QStringLiteral("request_id"))       ? QStringLiteral("request_id")
                                                               : QString();
    if (key.isEmpty()) {
        return std::nullopt;
    }
    const QString select = QStringLiteral("SELECT %1 FROM %2 WHERE ").arg(key, table);
    if (columns.contains(QStringLiteral("model_id"))) {
        return select + QStringLiteral("model_id = ?");
    }
    if (columns.contains(QStringLiteral("version_id"))) {
        return select + QStringLiteral("version_id IN (%1)").arg(kVersionsOfModel);
    }
    if (columns.contains(QStringLiteral("request_id"))) {
        return select
            + QStringLiteral("request_id IN (SELECT id FROM release_requests WHERE version_id "
                             "IN (%1))")
                  .arg(kVersionsOfModel);
    }
    return std::nullopt;
}

std::vector<EntityLink> entityLinks(Database &db)
{
    // The audited entities that are tables of this database (the trail also names "imports").
    Query query(db,
                QStringLiteral("SELECT DISTINCT e.entity FROM audit_events e "
                               "JOIN sqlite_master m ON m.type = 'table' AND m.name = e.entity "
                               "ORDER BY e.entity"));
    query.exec();
    QStringList tables;
    while (query.next()) {
        tables << query.value(0).toString();
    }
    std::vector<EntityLink> links;
    for (const QString &table : tables) {
        if (!isPlainName(table)) {
            continue;
        }
        if (std::optional<QString> ids = idsOfModel(db, table)) {
            links.push_back({table, std::move(*ids)});
        }
    }
    return links;
}

} // namespace

QStringList modelAuditEntities(Database &db)
{
    QStringList entities;
    for (const EntityLink &link : entityLinks(db)) {
        entities << link.entity;
    }
    return entities;
}

std::vector<AuditEvent> readModelAuditEvents(Database &db, qint64 modelId, qint64 fromSeq,
                                             qint64 toSeq)
{
    const std::vector<EntityLink> links = entityLinks(db);
    if (links.empty()) {
        return {};
    }
    // One indexed lookup (entity, entity_id) per table, merged newest first.
    QStringList parts;
    QVariantList values;
    for (const EntityLink &link : links) {
        parts << QStringLiteral("SELECT %1 FROM audit_events WHERE entity = ? AND seq BETWEEN ? "
                                "AND ? AND entity_id IN (%2)")
                     .arg(auditEventColumns(), link.idsOfModel);
        values << link.entity << fromSeq << toSeq << modelId;
    }
    Query query(db,
                parts.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(" ORDER BY seq DESC"));
    for (const QVariant &value : values) {
        query.bind(value);
    }
    query.exec();
    std::vector<AuditEvent> events;
    while (query.next()) {
        events.push_back(auditEventAt(query));
    }
    return events;
}

} // namespace Quorum
