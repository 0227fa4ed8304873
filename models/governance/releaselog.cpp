// SPDX-License-Identifier: GPL-3.0-or-later
#include "releaselog.h"

#include "approvalrecord.h"
#include "storage/database.h"
#include "storage/databaseerror.h"
#include "storage/modelrepository.h"
#include "storage/releaserequestrepository.h"
#include "storage/versionrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::ReleaseLog", text);
}

[[noreturn]] void failIo(const QString &path, const QString &message, const QString &detail = {})
{
    throw DatabaseError(DatabaseErrorKind::Io, path, message, detail);
}

ReleaseRequest decidedRequest(Database &db, qint64 requestId)
{
    std::optional<ReleaseRequest> request = ReleaseRequestRepository(db).byId(requestId);
    if (!request) {
        throw DatabaseError(DatabaseErrorKind::Query, db.path(),
                            tr("Release request #%1 does not exist in %2, so it has no row in "
                               "the release log.")
                                .arg(requestId)
                                .arg(db.path()));
    }
    const RequestStatus s = request->status;
    if (s != RequestStatus::Approved && s != RequestStatus::Rejected
        && s != RequestStatus::ChangesRequested) {
        throw DatabaseError(DatabaseErrorKind::Query, db.path(),
                            tr("Release request #%1 in %2 is %3, not decided: the release log "
                               "lists approved, rejected and sent-back requests only.")
                                .arg(requestId)
                                .arg(db.path(), requestStatusKey(s)));
    }
    if (!request->closedAt.isValid()) {
        throw DatabaseError(DatabaseErrorKind::Query, db.path(),
                            tr("Release request #%1 in %2 is %3 but has no closing time.")
                                .arg(requestId)
                                .arg(db.path(), requestStatusKey(s)));
    }
    return std::move(*request);
}

QString cell(const QString &text)
{
    QString escaped = text;
    escaped.replace(QStringLiteral("\r\n"), QStringLiteral("<br>"))
        .replace(QLatin1Char('\n'), QStringLiteral("<br>"))
        .replace(QLatin1Char('\r'), QStringLiteral("<br>"))
        .replace(QLatin1Char('|'), QStringLiteral("\\|"));
    return escaped;
}

QByteArray tableLine(const QStringList &cells)
{
    return (QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n"))
        .toUtf8();
}

// What must come before the new row: the header for a new file, a line break when the file
// does not end with one.
QByteArray prefixFor(const QString &logPath)
{
    QFile file(logPath);
    if (!file.exists() || file.size() == 0) {
        return releaseLogHeader();
    }
    if (!file.open(QIODevice::ReadOnly) || !file.seek(file.size() - 1)) {
        failIo(logPath,
               tr("The release log %1 cannot be read, so no row was added to it.").arg(logPath),
               file.errorString());
    }
    return file.read(1) == "\n" ? QByteArray() : QByteArrayLiteral("\n");
}

} // namespace

QByteArray releaseLogHeader()
{
    const QStringList titles{QStringLiteral("Date (UTC)"), QStringLiteral("Model"),
                             QStringLiteral("Version"),    QStringLiteral("Artifact"),
                             QStringLiteral("Checksum"),   QStringLiteral("URL"),
                             QStringLiteral("Decision"),   QStringLiteral("Request")};
    return QByteArrayLiteral("# Model release log\n\n") + tableLine(titles)
        + tableLine(QStringList(titles.size(), QStringLiteral("---")));
}

QByteArray releaseLogLine(const ReleaseLogRow &row)
{
    return tableLine({cell(row.date.toUTC().toString(Qt::ISODate)), cell(row.model),
                      cell(row.version), cell(row.artifact), cell(row.checksum), cell(row.url),
                      cell(row.decision), cell(row.request)});
}

ReleaseLogRow releaseLogRow(Database &db, qint64 requestId)
{
    const ReleaseRequest request = decidedRequest(db, requestId);
    const std::optional<ModelVersion> version = VersionRepository(db).byId(request.versionId);
    const std::optional<Model> model
        = version ? ModelRepository(db).byId(version->modelId) : std::nullopt;
    if (!version || !model) {
        throw DatabaseError(DatabaseErrorKind::Query, db.path(),
                            tr("Release request #%1 in %2 refers to model version #%3, which "
                               "is missing.")
                                .arg(requestId)
                                .arg(db.path())
                                .arg(request.versionId));
    }
    ReleaseLogRow row;
    row.date = request.closedAt;
    row.model = model->name;
    row.version = version->version.toString();
    row.artifact = version->artifactUri;
    row.checksum = version->artifactSha256;
    row.url = version->deploymentUrl;
    row.decision
        = requestStatusLabel(request.status) + QStringLiteral(" → ") + stageLabel(request.toStage);
    row.request = request.ticketRef.isEmpty()
        ? QStringLiteral("#%1").arg(requestId)
        : QStringLiteral("%1 (#%2)").arg(request.ticketRef).arg(requestId);
    return row;
}

QString approvalsDirectory(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("approvals"));
}

QString releaseLogPath(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("model_release_log.md"));
}

void appendReleaseLog(const QString &logPath, const ReleaseLogRow &row)
{
    const QString folder = QFileInfo(logPath).absolutePath();
    if (!QDir().mkpath(folder)) {
        failIo(logPath,
               tr("The release log %1 cannot be written: its folder %2 cannot be "
                  "created.")
                   .arg(logPath, folder));
    }
    const QByteArray bytes = prefixFor(logPath) + releaseLogLine(row);
    QFile file(logPath);
    // Append only: whatever the log already holds stays exactly as it is.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        failIo(logPath,
               tr("The release log %1 cannot be opened for appending; no row was "
                  "added. Check the file's permissions.")
                   .arg(logPath),
               file.errorString());
    }
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        failIo(logPath,
               tr("The row of %1 could not be appended to the release log %2; check "
                  "the free space and the end of the file.")
                   .arg(row.request, logPath),
               file.errorString());
    }
}

void writeApprovalRecordFile(const QString &directory, const ApprovalRecord &record)
{
    const QString &name = record.fileName;
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name.startsWith(QLatin1Char('.'))) {
        failIo(directory,
               tr("The approval record of request #%1 has no usable file name (\"%2\"); "
                  "nothing was written to %3.")
                   .arg(record.requestId)
                   .arg(name, directory));
    }
    if (!QDir().mkpath(directory)) {
        failIo(directory,
               tr("The approvals folder %1 cannot be created; check the permissions "
                  "of the folder that holds it.")
                   .arg(directory));
    }
    const QString path = QDir(directory).filePath(name);
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            failIo(path,
                   tr("The approval record %1 already exists but cannot be read; it was "
                      "left untouched.")
                       .arg(path),
                   existing.errorString());
        }
        if (existing.readAll() == record.json) {
            return;
        }
        throw DatabaseError(DatabaseErrorKind::Constraint, path,
                            tr("The approval record %1 already exists with different content. "
                               "Approval records are never overwritten: nothing was written. "
                               "Compare the file with the record in the database.")
                                .arg(path));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(record.json) != record.json.size()
        || !file.commit()) {
        failIo(path,
               tr("The approval record %1 could not be written; check the folder's "
                  "permissions and free space. No partial file was left.")
                   .arg(path),
               file.errorString());
    }
}

} // namespace Quorum
