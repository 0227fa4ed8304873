// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitefeatures.h"

#include "database.h"
#include "databaseerror.h"
#include "query.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace Quorum::Sqlite {

int resultCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

bool hasSqliteHeader(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    static const QByteArray kMagic("SQLite format 3\0", 16);
    return file.read(16) == kMagic;
}

sqlite3 *nativeHandle(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool isReadOnly(const QSqlDatabase &connection)
{
    sqlite3 *handle = nativeHandle(connection);
    return handle != nullptr && sqlite3_db_readonly(handle, "main") == 1;
}

void configureConnection(Database &db, JournalMode mode, std::chrono::milliseconds busyTimeout)
{
    Query(db, QStringLiteral("PRAGMA foreign_keys = ON")).exec();
    Query(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeout.count())).exec();
    const bool wal = mode == JournalMode::Wal;
    Query journal(db,
                  wal ? QStringLiteral("PRAGMA journal_mode = WAL")
                      : QStringLiteral("PRAGMA journal_mode = DELETE"));
    journal.exec();
    Query(db,
          wal ? QStringLiteral("PRAGMA synchronous = NORMAL")
              : QStringLiteral("PRAGMA synchronous = FULL"))
        .exec();
}

FileStamp readStamp(const Database &db)
{
    FileStamp stamp;
    stamp.applicationId = Query::scalar(db, QStringLiteral("PRAGMA application_id")).toLongLong();
    stamp.schemaVersion = schemaVersion(db);
    stamp.objectCount
        = Query::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt();
    return stamp;
}

int schemaVersion(const Database &db)
{
    return Query::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
}

void writeStamp(Database &db, int version)
{
    // PRAGMA takes no bound parameters; both values are integers we produce.
    Query(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)).exec();
    Query(db, QStringLiteral("PRAGMA user_version = %1").arg(version)).exec();
}

namespace {

/// The referring column(s) of foreign key @p id of @p table, e.g. "model_id".
QString foreignKeyColumns(const Database &db, const QString &table, qint64 id)
{
    Query query(db,
                QStringLiteral("SELECT \"from\" FROM pragma_foreign_key_list(?) "
                               "WHERE id = ? ORDER BY seq"));
    query.bind(table).bind(id).exec();
    QStringList columns;
    while (query.next()) {
        columns << query.value(0).toString();
    }
    return columns.join(QStringLiteral(", "));
}

} // namespace

std::vector<ForeignKeyViolation> foreignKeyViolations(const Database &db)
{
    Query check(db, QStringLiteral("PRAGMA foreign_key_check"));
    check.exec();
    std::vector<ForeignKeyViolation> violations;
    std::vector<qint64> keyIds;
    while (check.next()) {
        ForeignKeyViolation violation;
        violation.table = check.value(0).toString();
        if (!check.value(1).isNull()) {
            violation.rowId = check.value(1).toLongLong();
        }
        violation.parentTable = check.value(2).toString();
        violations.push_back(std::move(violation));
        keyIds.push_back(check.value(3).toLongLong());
    }
    // Resolved after the check has finished stepping: one statement at a time.
    QHash<QString, QString> columnsByKey;
    for (std::size_t i = 0; i < violations.size(); ++i) {
        ForeignKeyViolation &violation = violations[i];
        const QString key = violation.table + QLatin1Char('\n') + QString::number(keyIds[i]);
        auto found = columnsByKey.constFind(key);
        if (found == columnsByKey.constEnd()) {
            found = columnsByKey.insert(key, foreignKeyColumns(db, violation.table, keyIds[i]));
        }
        violation.column = *found;
    }
    return violations;
}

QStringList integrityProblems(Database &db, bool full)
{
    Query check(
        db, full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check"));
    check.exec();
    QStringList problems;
    while (check.next()) {
        const QString line = check.value(0).toString();
        if (line != QLatin1String("ok")) {
            problems << line;
        }
    }
    return problems;
}

void backupTo(Database &db, const QString &targetPath)
{
    sqlite3 *source = nativeHandle(db.connection());
    sqlite3 *target = nullptr;
    const QByteArray path = QFile::encodeName(targetPath);
    int rc = sqlite3_open_v2(path.constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             nullptr);
    if (rc == SQLITE_OK && source != nullptr) {
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
        if (backup != nullptr) {
            do {
                rc = sqlite3_backup_step(backup, 256);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
                    sqlite3_sleep(50);
                }
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(backup);
        }
        rc = sqlite3_errcode(target);
    }
    const QString detail = target != nullptr ? QString::fromUtf8(sqlite3_errmsg(target))
                                             : QStringLiteral("out of memory");
    sqlite3_close(target);
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        QFile::remove(targetPath);
        throw DatabaseError(
            DatabaseErrorKind::Io, db.path(),
            QCoreApplication::translate("Quorum::Database",
                                        "Could not write the backup copy %1 of %2. Free some "
                                        "disk space or make the folder writable, then try again.")
                .arg(targetPath, db.path()),
            detail);
    }
}

QString beginWriteStatement()
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

} // namespace Quorum::Sqlite
