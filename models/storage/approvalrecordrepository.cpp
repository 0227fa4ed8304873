// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvalrecordrepository.h"

#include "audit/audittrail.h"
#include "database.h"
#include "databaseerror.h"
#include "dbtime.h"
#include "query.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::ApprovalRecordRepository", text);
}

} // namespace

ApprovalRecordRepository::ApprovalRecordRepository(Database &db)
    : m_db(db)
{}

void ApprovalRecordRepository::add(WriteTransaction &transaction, const ApprovalRecord &record)
{
    if (const auto existing = forRequest(record.requestId)) {
        throw DatabaseError(DatabaseErrorKind::Constraint, m_db.path(),
                            tr("Release request #%1 already has the approval record %2 in %3; "
                               "approval records are never replaced. Nothing was changed.")
                                .arg(record.requestId)
                                .arg(existing->approvalId, m_db.path()));
    }
    Query insert(m_db,
                 QStringLiteral("INSERT INTO approval_records (request_id, approval_id, "
                                "file_name, record_json, written_at) VALUES (?, ?, ?, ?, ?)"));
    insert.bind(record.requestId)
        .bind(record.approvalId)
        .bind(record.fileName)
        .bind(QString::fromUtf8(record.json))
        .bind(toDbTime(m_db.now()));
    insert.exec();
    // The key column is request_id, not id, so the after-image is read with it explicitly.
    const QString table = QStringLiteral("approval_records");
    AuditTrail trail(m_db);
    trail.append(transaction, QStringLiteral("insert"), table, record.requestId, QJsonValue::Null,
                 trail.rowImage(table, record.requestId, QStringLiteral("request_id")));
}

std::optional<ApprovalRecord> ApprovalRecordRepository::forRequest(qint64 requestId) const
{
    auto found = select(QStringLiteral("WHERE request_id = ?"), {requestId});
    return found.empty() ? std::nullopt : std::optional(std::move(found.front()));
}

std::vector<ApprovalRecord> ApprovalRecordRepository::all() const
{
    return select({}, {});
}

std::vector<ApprovalRecord> ApprovalRecordRepository::select(const QString &where,
                                                             const QVariantList &values) const
{
    Query query(m_db,
                QStringLiteral("SELECT request_id, approval_id, file_name, record_json "
                               "FROM approval_records %1 ORDER BY request_id")
                    .arg(where));
    for (const QVariant &value : values) {
        query.bind(value);
    }
    query.exec();
    std::vector<ApprovalRecord> rows;
    while (query.next()) {
        ApprovalRecord r;
        r.requestId = query.value(0).toLongLong();
        r.approvalId = query.value(1).toString();
        r.fileName = query.value(2).toString();
        r.json = query.value(3).toString().toUtf8();
        // The closing time is the record's own "timestamp" field.
        const QJsonObject object = QJsonDocument::fromJson(r.json).object();
        r.timestamp = fromDbTime(object.value(QStringLiteral("timestamp")).toString());
        rows.push_back(std::move(r));
    }
    return rows;
}

} // namespace Quorum
