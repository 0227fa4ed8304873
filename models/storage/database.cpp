// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "databaseerror.h"
#include "dbtime.h"
#include "migrator.h"
#include "query.h"
#include "sqlitefeatures.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Database", text);
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> s_counter;
    return QStringLiteral("quorum-%1").arg(++s_counter);
}

[[noreturn]] void refuse(DatabaseErrorKind kind, const QString &path, const QString &message,
                         const QString &detail = {})
{
    throw DatabaseError(kind, path, message, detail);
}

void checkFileBeforeOpening(const QString &path, OpenMode mode)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (mode == OpenMode::OpenExisting) {
            refuse(DatabaseErrorKind::Missing, path,
                   tr("The governance database %1 does not exist. Check the path, open another "
                      "file, or create a new database (File → New, or 'quorumctl init').")
                       .arg(path));
        }
        const QFileInfo folder(info.absolutePath());
        if (!folder.isDir()) {
            refuse(DatabaseErrorKind::Io, path,
                   tr("Cannot create %1: the folder %2 does not exist.")
                       .arg(path, info.absolutePath()));
        }
        if (!folder.isWritable()) {
            refuse(DatabaseErrorKind::ReadOnly, path,
                   tr("Cannot create %1: the folder %2 is read-only. Choose a folder you can "
                      "write to.")
                       .arg(path, info.absolutePath()));
        }
        return;
    }
    if (info.isDir()) {
        refuse(DatabaseErrorKind::NotADatabase, path,
               tr("%1 is a folder, not a governance database file. Choose the .sqlite file "
                  "inside it.")
                   .arg(path));
    }
    if (!info.isReadable()) {
        refuse(DatabaseErrorKind::Io, path,
               tr("The governance database %1 cannot be read: permission denied. Ask for "
                  "access to the file.")
                   .arg(path));
    }
    if (info.size() == 0 && mode == OpenMode::OpenExisting) {
        refuse(DatabaseErrorKind::NotQuorum, path,
               tr("%1 is an empty file, not a governance database. Create a database there "
                  "with File → New or 'quorumctl init'.")
                   .arg(path));
    }
    if (info.size() > 0 && !Sqlite::hasSqliteHeader(path)) {
        refuse(DatabaseErrorKind::NotADatabase, path,
               tr("%1 is not a governance database: it is not an SQLite file at all. Open the "
                  ".sqlite file that Quorum or 'quorumctl init' created.")
                   .arg(path));
    }
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::Database(Database &&other) noexcept
    : m_path(std::move(other.m_path))
    , m_connectionName(std::exchange(other.m_connectionName, QString()))
    , m_journalMode(other.m_journalMode)
    , m_busyTimeout(other.m_busyTimeout)
    , m_versionAtOpen(other.m_versionAtOpen)
    , m_clock(std::move(other.m_clock))
    , m_backupPath(std::move(other.m_backupPath))
{}

Database::~Database()
{
    if (m_connectionName.isEmpty()) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QDateTime Database::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

int Database::latestSchemaVersion()
{
    return Migrator::latestVersion();
}

int Database::schemaVersion() const
{
    return Sqlite::schemaVersion(*this);
}

Database Database::open(const QString &filePath, const OpenOptions &options)
{
    const QString path = QFileInfo(filePath).absoluteFilePath();
    checkFileBeforeOpening(path, options.mode);
    const bool existed = QFileInfo::exists(path) && QFileInfo(path).size() > 0;

    Database db(path, nextConnectionName());
    db.m_busyTimeout = options.busyTimeout;
    {
        QSqlDatabase connection
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db.m_connectionName);
        connection.setDatabaseName(path);
        connection.setConnectOptions(
            QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeout.count()));
        if (!connection.open()) {
            refuse(DatabaseErrorKind::Io, path,
                   tr("The governance database %1 could not be opened. Check that the file and "
                      "its folder are accessible.")
                       .arg(path),
                   connection.lastError().text());
        }
    }

    // Before any query: reading a WAL file would leave -wal/-shm files beside a refused file.
    if (Sqlite::isReadOnly(db.connection())) {
        refuse(DatabaseErrorKind::ReadOnly, path,
               tr("The governance database %1 is read-only for you (file permissions or a "
                  "read-only share). Ask for write access, or copy the file to a folder you can "
                  "write to.")
                   .arg(path));
    }
    bool isNew = !existed;
    if (existed) {
        db.validateExisting(options, isNew);
    }
    if (isNew && options.mode == OpenMode::OpenExisting) {
        refuse(DatabaseErrorKind::NotQuorum, path,
               tr("%1 is an empty SQLite database, not a governance database. Create one with "
                  "File → New or 'quorumctl init'.")
                   .arg(path));
    }

    switch (options.journal) {
    case JournalPolicy::Automatic:
        db.m_journalMode = journalModeOverride().value_or(journalModeForPath(path));
        break;
    case JournalPolicy::ForceWal:
        db.m_journalMode = JournalMode::Wal;
        break;
    case JournalPolicy::ForceRollback:
        db.m_journalMode = JournalMode::Rollback;
        break;
    }
    Sqlite::configureConnection(db, db.m_journalMode, options.busyTimeout);
    db.migrate();
    return db;
}

void Database::validateExisting(const OpenOptions &options, bool &isNew)
{
    // Read-only questions first: a refused file must stay byte-for-byte untouched.
    Sqlite::FileStamp stamp;
    try {
        stamp = Sqlite::readStamp(*this);
    } catch (const DatabaseError &error) {
        if (error.kind() == DatabaseErrorKind::Locked) {
            refuse(DatabaseErrorKind::Locked, m_path,
                   tr("The governance database %1 is locked by another program (another "
                      "Quorum, quorumctl or an SQLite tool holding a write lock). Close it or "
                      "wait a moment, then try again.")
                       .arg(m_path),
                   error.detail());
        }
        throw;
    }
    const int version = stamp.schemaVersion;

    if (stamp.applicationId != Sqlite::kApplicationId) {
        if (stamp.applicationId == 0 && version == 0 && stamp.objectCount == 0) {
            isNew = true;
            return;
        }
        refuse(DatabaseErrorKind::NotQuorum, m_path,
               tr("%1 is an SQLite database but not a Quorum governance database. Open the file "
                  "that Quorum or 'quorumctl init' created.")
                   .arg(m_path));
    }
    if (version > latestSchemaVersion()) {
        refuse(DatabaseErrorKind::NewerSchema, m_path,
               tr("The governance database %1 was written by a newer version of Quorum (schema "
                  "%2; this program knows up to %3). It was not changed. Update Quorum to open "
                  "it.")
                   .arg(m_path)
                   .arg(version)
                   .arg(latestSchemaVersion()));
    }
    if (options.check == OpenCheck::QuickCheck) {
        QStringList problems;
        try {
            problems = Sqlite::integrityProblems(*this, false);
        } catch (const DatabaseError &error) {
            problems << error.detail();
        }
        if (!problems.isEmpty()) {
            refuse(DatabaseErrorKind::Corrupt, m_path,
                   tr("The governance database %1 is damaged (the integrity check failed). "
                      "Restore it from a backup copy; nothing was changed.")
                       .arg(m_path),
                   problems.mid(0, 20).join(QLatin1Char('\n')));
        }
    }
}

void Database::migrate()
{
    const int from = schemaVersion();
    m_versionAtOpen = from;
    if (from >= latestSchemaVersion()) {
        return;
    }
    if (from > 0) {
        const QFileInfo info(m_path);
        m_backupPath = info.absoluteDir().filePath(
            QStringLiteral("%1.schema%2-backup-%3.sqlite")
                .arg(info.completeBaseName())
                .arg(from)
                .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        Sqlite::backupTo(*this, m_backupPath);
    }
    Migrator(*this).migrateFrom(from, m_backupPath);
}

} // namespace Quorum
