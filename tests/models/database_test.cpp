// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawsqlite.h"
#include "storage/database.h"
#include "storage/databaseerror.h"
#include "storage/query.h"
#include "tempdatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

#include <unistd.h>

using namespace Quorum;

namespace {

// Opens @p path and returns the error it throws; fails the test when it opens.
DatabaseError openError(const QString &path, const OpenOptions &options = {})
{
    try {
        Database::open(path, options);
    } catch (const DatabaseError &error) {
        return error;
    }
    FAIL("opening " << path.toStdString() << " was expected to fail");
    throw;
}

QStringList tables(Database &db)
{
    Query query(db,
                QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                               "ORDER BY name"));
    query.exec();
    QStringList names;
    while (query.next()) {
        names << query.value(0).toString();
    }
    return names;
}

} // namespace

TEST_CASE("A new database gets every migration, the default policies and foreign keys", "[models]")
{
    Test::TempDatabase temp;
    Database &db = temp.db();
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    CHECK(Database::latestSchemaVersion() == 8);
    const QStringList expected
        = QStringLiteral(
              "alerts approval_records audit_checkpoints audit_events certificates database_info "
              "datasets "
              "decisions drift_observations evaluations fairness_groups "
              "fairness_reports model_cards model_versions models people "
              "person_roles policies release_requests retirements risk_assessments "
              "tester_checks threshold_checks version_datasets")
              .split(QLatin1Char(' '));
    CHECK(tables(db) == expected);
    CHECK(Query::scalar(db, QStringLiteral("SELECT count(*) FROM policies")).toInt() == 4);
    CHECK(Query::scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(Query::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString()
          == QLatin1String("ok"));
    CHECK(db.schemaVersionAtOpen() == 0);
    CHECK(db.migrationBackupPath().isEmpty()); // nothing to back up in a new file
}

TEST_CASE("Reopening a current database changes nothing and needs no backup", "[models]")
{
    Test::TempDatabase temp;
    const QString path = temp.path();
    temp.close();
    Database db = Database::open(path);
    CHECK(db.schemaVersionAtOpen() == Database::latestSchemaVersion());
    CHECK(db.migrationBackupPath().isEmpty());
    CHECK(QDir(QFileInfo(path).absolutePath())
              .entryList({QStringLiteral("*backup*")}, QDir::Files)
              .isEmpty());
}

TEST_CASE("A missing file is refused with advice, and is not created", "[models]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nowhere.sqlite"));
    const DatabaseError error = openError(path);
    CHECK(error.kind() == DatabaseErrorKind::Missing);
    CHECK(error.message().contains(path));
    CHECK(error.message().contains(QLatin1String("does not exist")));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("A file that is not SQLite is refused untouched", "[models]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    const QByteArray text("model,owner\nfraud,ada\n");
    Test::writeFile(path, text);
    const DatabaseError error = openError(path);
    CHECK(error.kind() == DatabaseErrorKind::NotADatabase);
    CHECK(error.message().contains(path));
    CHECK(Test::readFile(path) == text);
}

TEST_CASE("A folder or an empty file is refused when opening an existing database", "[models]")
{
    QTemporaryDir dir;
    CHECK(openError(dir.path()).kind() == DatabaseErrorKind::NotADatabase);

    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    Test::writeFile(empty, {});
    const DatabaseError error = openError(empty);
    CHECK(error.kind() == DatabaseErrorKind::NotQuorum);
    CHECK(error.message().contains(QLatin1String("quorumctl init")));
    CHECK(QFileInfo(empty).size() == 0);
}

TEST_CASE("An empty file becomes a governance database when creating", "[models]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    Test::writeFile(path, {});
    Database db = Database::open(path, {OpenMode::CreateIfMissing});
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("Another application's SQLite database is refused untouched", "[models]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("browser-history.sqlite"));
    {
        Test::RawSqlite other(path);
        other.exec("CREATE TABLE visits (url TEXT); INSERT INTO visits VALUES ('https://x');");
    }
    const QByteArray before = Test::readFile(path);
    const DatabaseError error = openError(path, {OpenMode::CreateIfMissing});
    CHECK(error.kind() == DatabaseErrorKind::NotQuorum);
    CHECK(error.message().contains(QLatin1String("not a Quorum governance database")));
    CHECK(Test::readFile(path) == before);
}

TEST_CASE("A database from a newer Quorum is refused and left byte-for-byte untouched", "[models]")
{
    Test::TempDatabase temp;
    const QString path = temp.path();
    temp.close();
    {
        Test::RawSqlite other(path);
        other.exec(QByteArray("PRAGMA user_version = ")
                   + QByteArray::number(Database::latestSchemaVersion() + 1));
        other.exec("PRAGMA journal_mode = DELETE");
    }
    const QByteArray before = Test::readFile(path);
    const DatabaseError error = openError(path);
    CHECK(error.kind() == DatabaseErrorKind::NewerSchema);
    CHECK(error.message().contains(QLatin1String("newer version of Quorum")));
    CHECK(error.message().contains(QString::number(Database::latestSchemaVersion() + 1)));
    CHECK(Test::readFile(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("A damaged database is refused with advice to restore a backup", "[models]")
{
    Test::TempDatabase temp;
    Database &db = temp.db();
    Query(db, QStringLiteral("PRAGMA journal_mode = DELETE")).exec();
    {
        // Enough rows for several b-tree pages, so damage lands inside table data.
        for (int i = 0; i < 400; ++i) {
            Query insert(db,
                         QStringLiteral("INSERT INTO people (name, email, created_at) VALUES "
                                        "(?, ?, '2026-01-01T00:00:00Z')"));
            insert.bind(QStringLiteral("Person %1 with a reasonably long name").arg(i))
                .bind(QStringLiteral("p%1@example.org").arg(i))
                .exec();
        }
    }
    const QString path = temp.path();
    temp.close();
    QByteArray bytes = Test::readFile(path);
    REQUIRE(bytes.size() > 8 * 4096);
    // Overwrite the middle pages with garbage, keeping the header valid.
    for (qsizetype i = 2 * 4096; i < bytes.size() - 4096; i += 7) {
        bytes[i] = static_cast<char>(0xA5);
    }
    Test::writeFile(path, bytes);
    const DatabaseError error = openError(path);
    CHECK(error.kind() == DatabaseErrorKind::Corrupt);
    CHECK(error.message().contains(path));
    CHECK(error.message().contains(QLatin1String("backup")));
}

TEST_CASE("A database locked by another program is refused after the busy timeout", "[models]")
{
    Test::TempDatabase temp({OpenMode::CreateIfMissing, JournalPolicy::ForceRollback});
    const QString path = temp.path();
    temp.close();
    Test::RawSqlite other(path);
    other.exec("BEGIN EXCLUSIVE; INSERT INTO people (name, email, created_at) "
               "VALUES ('X', 'x@example.org', '2026-01-01T00:00:00Z');");
    OpenOptions options;
    options.busyTimeout = std::chrono::milliseconds(200);
    const DatabaseError error = openError(path, options);
    CHECK(error.kind() == DatabaseErrorKind::Locked);
    CHECK(error.message().contains(QLatin1String("locked by another program")));
    other.exec("ROLLBACK");
    CHECK_NOTHROW(Database::open(path, options));
}

TEST_CASE("A read-only database file is refused with advice", "[models]")
{
    if (::geteuid() == 0) {
        SKIP("root ignores file permissions; the CLI tests cover this case as another user");
    }
    Test::TempDatabase temp({OpenMode::CreateIfMissing, JournalPolicy::ForceRollback});
    const QString path = temp.path();
    temp.close();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    const DatabaseError error = openError(path);
    CHECK(error.kind() == DatabaseErrorKind::ReadOnly);
    CHECK(error.message().contains(QLatin1String("write access")));
}
