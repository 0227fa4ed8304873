// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journalmode.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <chrono>

struct sqlite3;

#include <optional>
#include <vector>

namespace Quorum {
class Database;

/// A row whose reference points at a row that does not exist (PRAGMA foreign_key_check).
struct ForeignKeyViolation
{
    QString table;               ///< the table holding the dangling reference
    std::optional<qint64> rowId; ///< the referring row; nullopt for WITHOUT ROWID tables
    QString column;              ///< the referring column(s), comma-separated
    QString parentTable;         ///< the table the reference should point into
};
} // namespace Quorum

/// Everything that only SQLite has lives here, so that the rest of the storage layer stays
/// portable SQL that could run on PostgreSQL through QPSQL.
namespace Quorum::Sqlite {

/// "QRM1": marks a file as a Quorum governance database (PRAGMA application_id).
inline constexpr qint64 kApplicationId = 0x51524D31;

/// SQLite's primary result codes that the storage layer tells apart.
enum class ResultCode {
    Ok = 0,
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    CantOpen = 14,
    Constraint = 19,
    NotADatabase = 26,
};

/// The SQLite result code behind a Qt SQL error (0 when there is none).
int resultCode(const QSqlError &error);

/// Whether the first 16 bytes of @p filePath are SQLite's magic header.
bool hasSqliteHeader(const QString &filePath);

/// The native handle of an open QSQLITE connection.
sqlite3 *nativeHandle(const QSqlDatabase &connection);

/// Whether SQLite opened the main database read-only (file or medium not writable).
bool isReadOnly(const QSqlDatabase &connection);

/// Applies the per-connection settings: foreign keys, busy timeout, journal mode and the
/// matching synchronous level. Throws DatabaseError.
void configureConnection(Database &db, JournalMode mode, std::chrono::milliseconds busyTimeout);

/// What identifies a file as a Quorum database, read without writing anything.
struct FileStamp
{
    qint64 applicationId = 0; ///< PRAGMA application_id
    int schemaVersion = 0;    ///< PRAGMA user_version
    int objectCount = 0;      ///< tables, indexes, triggers and views in the file
};

/// Reads the stamp; throws DatabaseError (e.g. Locked, NotADatabase).
FileStamp readStamp(const Database &db);
/// The schema version (PRAGMA user_version).
int schemaVersion(const Database &db);
/// Marks the file as a Quorum database at @p schemaVersion; inside the migration transaction.
void writeStamp(Database &db, int schemaVersion);

/// Every dangling reference (PRAGMA foreign_key_check) with the referring columns resolved.
std::vector<ForeignKeyViolation> foreignKeyViolations(const Database &db);

/// Runs PRAGMA quick_check (or integrity_check when @p full) and returns the problems it
/// reports; empty when the file is sound.
QStringList integrityProblems(Database &db, bool full);

/// Copies the whole database to @p targetPath with SQLite's online backup API, consistent even
/// while other connections write. Throws DatabaseError.
void backupTo(Database &db, const QString &targetPath);

/// The statement that starts a write transaction: BEGIN IMMEDIATE takes the write lock at once,
/// so two writers cannot both read and then deadlock on the upgrade.
QString beginWriteStatement();

} // namespace Quorum::Sqlite
