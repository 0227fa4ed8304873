// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl export approval-record REQUEST': the approval record of a decided request.
#include "console.h"
#include "exports.h"
#include "governanceinput.h"
#include "invocation.h"
#include "storage/approvalrecordrepository.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace Quorum::Cli::Exports {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Cli::ExportCommand", text);
}

void reportMissing(const ReleaseRequest &request)
{
    Console::error(request.status == RequestStatus::Pending
                       ? tr("request #%1 is pending: it has no approval record until it "
                            "is decided.")
                             .arg(request.id)
                       : tr("request #%1 is %2: it has no approval record (one is "
                            "written when a request is approved, rejected or sent back "
                            "for changes).")
                             .arg(request.id)
                             .arg(requestStatusLabel(request.status).toLower()));
}

ExitCode writeTo(const QString &path, const ApprovalRecord &record, bool json)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QSaveFile file(absolute);
    if (!file.open(QIODevice::WriteOnly) || file.write(record.json) != record.json.size()
        || !file.commit()) {
        Console::error(
            tr("cannot write %1: %2").arg(QDir::toNativeSeparators(absolute), file.errorString()));
        return ExitCode::Database;
    }
    if (json) {
        Console::json(
            QJsonDocument(QJsonObject{{QStringLiteral("file"), QDir::toNativeSeparators(absolute)},
                                      {QStringLiteral("approval_id"), record.approvalId},
                                      {QStringLiteral("request_id"), record.requestId}}));
        return ExitCode::Success;
    }
    Console::out(tr("Wrote the approval record %1 of request #%2 to %3\n")
                     .arg(record.approvalId)
                     .arg(record.requestId)
                     .arg(QDir::toNativeSeparators(absolute)));
    return ExitCode::Success;
}

} // namespace

ExitCode approvalRecord(const Invocation &invocation)
{
    const qint64 id = GovernanceInput::requestId(invocation.positionalArguments().at(1));
    Database db = Database::open(invocation.databasePath());
    const ReleaseRequest request = GovernanceInput::request(db, id);
    const std::optional<ApprovalRecord> record = ApprovalRecordRepository(db).forRequest(id);
    if (!record) {
        reportMissing(request);
        return ExitCode::Failed;
    }
    if (!invocation.isSet(QStringLiteral("out"))) {
        std::fwrite(record->json.constData(), 1, static_cast<std::size_t>(record->json.size()),
                    stdout);
        std::fflush(stdout);
        return ExitCode::Success;
    }
    return writeTo(invocation.value(QStringLiteral("out")), *record, invocation.json());
}

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace Quorum::Cli::Exports
