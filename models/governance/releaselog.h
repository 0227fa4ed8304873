// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Quorum {

class Database;
struct ApprovalRecord;

/// One row of the release SOP's model_release_log.md: a decided release request.
struct ReleaseLogRow
{
    QDateTime date;   ///< UTC, when the request was closed
    QString model;    ///< the model's machine name
    QString version;  ///< e.g. "2.1.0"
    QString artifact; ///< the artifact's URI (model path)
    QString checksum; ///< the artifact's SHA-256, hex; empty when unknown
    QString url;      ///< the deployment URL; empty when none
    QString decision; ///< the status and target stage, e.g. "Approved → Production"
    QString request;  ///< the ticket and request id, e.g. "GOV-1043 (#42)"
};

/// The release-log row of decided request @p requestId (approved, rejected or changes
/// requested), read from the database. Throws DatabaseError (Query) naming the request when it
/// does not exist or is not decided; DatabaseError from the storage layer otherwise.
ReleaseLogRow releaseLogRow(Database &db, qint64 requestId);

/// The folder of approval record files beside the database: "<folder of it>/approvals".
QString approvalsDirectory(const QString &databasePath);
/// The release log beside the database: "<folder of it>/model_release_log.md".
QString releaseLogPath(const QString &databasePath);

/// The start of a new release log: the title line and the table header, in Markdown.
QByteArray releaseLogHeader();
/// @p row as one line of the release log's table ('|' escaped, line breaks as "<br>").
QByteArray releaseLogLine(const ReleaseLogRow &row);

/// Appends @p row to the Markdown release log at @p logPath. A missing (or empty) file is
/// created with a title line and the table header first; existing content is never rewritten,
/// only appended to. '|' in a cell is escaped and line breaks become "<br>", so a cell never
/// breaks the table. Throws DatabaseError (Io) naming the file when it cannot be written.
void appendReleaseLog(const QString &logPath, const ReleaseLogRow &row);

/// Writes @p record to @p directory / record.fileName atomically (QSaveFile), creating the
/// folder when needed. An existing file with identical bytes is left alone (writing again is
/// harmless); an existing file with different content is never overwritten: DatabaseError
/// (Constraint) naming it. Throws DatabaseError (Io) naming the file or folder on I/O failure.
void writeApprovalRecordFile(const QString &directory, const ApprovalRecord &record);

} // namespace Quorum
