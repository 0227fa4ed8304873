// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctlrunner.h"
#include "rawsqlite.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using namespace Quorum::Test;

TEST_CASE("init creates a database at the latest schema", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("governance.sqlite"));
    const CtlResult result = runCtl({QStringLiteral("init"), QStringLiteral("--db"), path});
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QLatin1String("Created")));
    CHECK(result.out.contains(path));
    CHECK(result.err.isEmpty());

    const Database db = Database::open(path);
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("init on an up-to-date database changes nothing and says so", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("governance.sqlite"));
    REQUIRE(runCtl({QStringLiteral("init"), QStringLiteral("--db"), path}).exitCode == 0);

    const CtlResult again = runCtl({QStringLiteral("init"), QStringLiteral("--db"), path});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QLatin1String("nothing to do")));
}

TEST_CASE("init --json reports what it did", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("governance.sqlite"));
    const CtlResult created
        = runCtl({QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--json")});
    REQUIRE(created.exitCode == 0);
    const QJsonObject first = created.json().object();
    CHECK(first.value(QStringLiteral("action")).toString() == QLatin1String("created"));
    CHECK(first.value(QStringLiteral("schema_version")).toInt() == Database::latestSchemaVersion());
    CHECK(first.value(QStringLiteral("backup")).isNull());

    const CtlResult current
        = runCtl({QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--json")});
    CHECK(current.json().object().value(QStringLiteral("action")).toString()
          == QLatin1String("current"));
}

TEST_CASE("init refuses a folder that does not exist", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/governance.sqlite"));
    const CtlResult result = runCtl({QStringLiteral("init"), QStringLiteral("--db"), path});
    CHECK(result.exitCode == 3);
    CHECK(result.err.startsWith(QLatin1String("quorumctl: ")));
    CHECK(result.err.contains(QLatin1String("does not exist")));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("init upgrades a schema 1 database, keeps its models and names the backup", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fielded.sqlite"));
    {
        RawSqlite raw(path);
        raw.exec(fixture(QStringLiteral("schema_v1.sql")));
        raw.exec("PRAGMA application_id = 1364348209; PRAGMA user_version = 1;");
    }
    const CtlResult result
        = runCtl({QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--json")});
    REQUIRE(result.exitCode == 0);
    const QJsonObject report = result.json().object();
    CHECK(report.value(QStringLiteral("action")).toString() == QLatin1String("upgraded"));
    CHECK(report.value(QStringLiteral("previous_schema_version")).toInt() == 1);
    CHECK(report.value(QStringLiteral("schema_version")).toInt()
          == Database::latestSchemaVersion());
    const QString backup = report.value(QStringLiteral("backup")).toString();
    CHECK(QFileInfo::exists(backup));

    const CtlResult models = runCtl(
        {QStringLiteral("models"), QStringLiteral("--db"), path, QStringLiteral("--json")});
    REQUIRE(models.exitCode == 0);
    CHECK(models.json().array().size() == 2);
}
