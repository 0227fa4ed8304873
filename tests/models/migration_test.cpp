// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawsqlite.h"
#include "storage/database.h"
#include "storage/databaseerror.h"
#include "storage/migrator.h"
#include "storage/modelrepository.h"
#include "storage/query.h"
#include "storage/versionrepository.h"
#include "tempdatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

// A file as schema 1 wrote it, with data, in the rollback journal like a file on a share.
QString schemaOneFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("fielded.sqlite"));
    Test::RawSqlite raw(path);
    raw.exec(Test::fixture(QStringLiteral("schema_v1.sql")));
    raw.exec("PRAGMA application_id = 1364348209; PRAGMA user_version = 1;");
    return path;
}

QStringList backups(const QString &path)
{
    const QFileInfo info(path);
    return info.absoluteDir().entryList({info.completeBaseName() + QStringLiteral(".schema*")},
                                        QDir::Files);
}

} // namespace

TEST_CASE("Migrations are numbered without gaps and the latest is the schema version", "[models]")
{
    const auto &migrations = Migrator::migrations();
    REQUIRE(migrations.size() == 8);
    for (std::size_t i = 0; i < migrations.size(); ++i) {
        CHECK(migrations[i].version == static_cast<int>(i) + 1);
        CHECK_FALSE(migrations[i].script.isEmpty());
    }
    CHECK(migrations.front().name == QLatin1String("inventory"));
    CHECK(Migrator::latestVersion() == Database::latestSchemaVersion());
}

TEST_CASE("A schema 1 database is upgraded with its data kept and a backup beside it", "[models]")
{
    QTemporaryDir dir;
    const QString path = schemaOneFile(dir);

    Database db = Database::open(path);
    CHECK(db.schemaVersionAtOpen() == 1);
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    CHECK(Query::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString()
          == QLatin1String("ok"));
    CHECK(Query::scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt()
          == 0);

    // The data of schema 1 is all there, quotes and non-ASCII text intact.
    ModelRepository models(db);
    REQUIRE(models.count() == 2);
    const auto fraud = models.byName(QStringLiteral("fraud-detection"));
    REQUIRE(fraud);
    CHECK(fraud->description
          == QStringLiteral("Scores card transactions; it's a \"test\"; really."));
    const auto versions = VersionRepository(db).forModel(fraud->id);
    REQUIRE(versions.size() == 2);
    CHECK(versions.front().version.toString() == QLatin1String("1.10.0"));
    CHECK(versions.front().parentVersionId == versions.back().id);
    CHECK(Query::scalar(db, QStringLiteral("SELECT name FROM people WHERE id = 2")).toString()
          == QStringLiteral("Björn Lindqvist"));

    // The new tables of schemas 2 and 3 exist, with the default policies.
    CHECK(Query::scalar(db, QStringLiteral("SELECT count(*) FROM policies")).toInt() == 4);
    CHECK(Query::scalar(db, QStringLiteral("SELECT count(*) FROM evaluations")).toInt() == 0);

    // A backup of the schema 1 file was written first and is itself a complete schema 1 file.
    REQUIRE(backups(path).size() == 1);
    CHECK(db.migrationBackupPath().endsWith(backups(path).front()));
    Test::RawSqlite backup(db.migrationBackupPath());
    CHECK(backup.scalar("PRAGMA user_version") == QLatin1String("1"));
    CHECK(backup.scalar("SELECT count(*) FROM models") == QLatin1String("2"));
    CHECK(backup.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'policies'")
          == QLatin1String("0"));
}

TEST_CASE("A failing upgrade step is rolled back and leaves the file as it was", "[models]")
{
    QTemporaryDir dir;
    const QString path = schemaOneFile(dir);
    {
        // Something outside Quorum created a table that schema 2 wants to create.
        Test::RawSqlite raw(path);
        raw.exec("CREATE TABLE evaluations (x INTEGER); PRAGMA journal_mode = DELETE;");
    }
    const QByteArray before = Test::readFile(path);

    DatabaseErrorKind kind = DatabaseErrorKind::Query;
    QString message;
    try {
        Database::open(path);
    } catch (const DatabaseError &error) {
        kind = error.kind();
        message = error.message();
    }
    CHECK(kind == DatabaseErrorKind::MigrationFailed);
    CHECK(message.contains(QLatin1String("step 2 (evidence)")));
    CHECK(message.contains(QLatin1String("rolled back")));
    CHECK(message.contains(QLatin1String("backup copy")));

    Test::RawSqlite raw(path);
    CHECK(raw.scalar("PRAGMA user_version") == QLatin1String("1"));
    CHECK(raw.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'policies'")
          == QLatin1String("0"));
    CHECK(raw.scalar("SELECT count(*) FROM models") == QLatin1String("2"));
    // Only the journal mode header bytes may differ; the content is identical.
    CHECK(Test::readFile(path).size() == before.size());
}
