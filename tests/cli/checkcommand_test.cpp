// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctlrunner.h"
#include "storage/database.h"
#include "tempdatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using namespace Quorum::Test;

namespace {

QString initialised(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("governance.sqlite"));
    REQUIRE(runCtl({QStringLiteral("init"), QStringLiteral("--db"), path}).exitCode == 0);
    return path;
}

/// A model whose owner does not exist: only possible with foreign keys off.
void addOrphanModel(const QString &path)
{
    execRaw(
        path,
        {QStringLiteral("INSERT INTO models (name, display_name, owner_id, risk_tier, created_at, "
                        "updated_at) VALUES ('orphan', 'Orphan', 999, 2, '2026-01-01T00:00:00Z', "
                        "'2026-01-01T00:00:00Z')")});
}

/// Changes a model's name inside the unique index on models.name only: the table and its
/// index disagree, which only the full integrity check notices (not the quick check).
void damageModelNameIndex(const QString &path)
{
    execRaw(path,
            {QStringLiteral("INSERT INTO people (id, name, email, created_at) VALUES "
                            "(1, 'Ada', 'ada@example.com', '2026-01-01T00:00:00Z')"),
             QStringLiteral("INSERT INTO models (name, display_name, owner_id, risk_tier, "
                            "created_at, updated_at) VALUES ('index-canary', 'Canary', 1, "
                            "2, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")});
    const qint64 pageSize = rawScalar(path, QStringLiteral("PRAGMA page_size")).toLongLong();
    const qint64 indexPage
        = rawScalar(path,
                    QStringLiteral("SELECT rootpage FROM sqlite_master WHERE type = "
                                   "'index' AND tbl_name = 'models'"))
              .toLongLong();
    REQUIRE(indexPage > 0);
    QByteArray bytes = readFile(path);
    const qsizetype start = (indexPage - 1) * pageSize;
    const qsizetype at = bytes.indexOf("index-canary", start);
    REQUIRE(at >= start);
    REQUIRE(at < start + pageSize);
    bytes[at] = 'X';
    writeFile(path, bytes);
}

} // namespace

TEST_CASE("check passes a fresh database", "[cli]")
{
    QTemporaryDir dir;
    const QString path = initialised(dir);
    const CtlResult result = runCtl({QStringLiteral("check"), QStringLiteral("--db"), path});
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QLatin1String("Integrity:     ok")));
    CHECK(result.out.contains(QLatin1String("Foreign keys:  ok")));
    CHECK(result.err.isEmpty());
}

TEST_CASE("check --json reports a clean database", "[cli]")
{
    QTemporaryDir dir;
    const QString path = initialised(dir);
    const CtlResult result
        = runCtl({QStringLiteral("check"), QStringLiteral("--db"), path, QStringLiteral("--json")});
    CHECK(result.exitCode == 0);
    const QJsonObject report = result.json().object();
    CHECK(report.value(QStringLiteral("ok")).toBool());
    CHECK(report.value(QStringLiteral("schema_version")).toInt()
          == Database::latestSchemaVersion());
    CHECK(report.value(QStringLiteral("integrity")).toArray().isEmpty());
    CHECK(report.value(QStringLiteral("foreign_keys")).toArray().isEmpty());
}

TEST_CASE("check finds a dangling foreign key and names the table", "[cli]")
{
    QTemporaryDir dir;
    const QString path = initialised(dir);
    addOrphanModel(path);

    const CtlResult text = runCtl({QStringLiteral("check"), QStringLiteral("--db"), path});
    CHECK(text.exitCode == 1);
    CHECK(text.out.contains(QLatin1String("models row")));
    CHECK(text.out.contains(QLatin1String("owner_id")));
    CHECK(text.out.contains(QLatin1String("people")));

    const CtlResult json
        = runCtl({QStringLiteral("check"), QStringLiteral("--db"), path, QStringLiteral("--json")});
    CHECK(json.exitCode == 1);
    const QJsonObject report = json.json().object();
    CHECK_FALSE(report.value(QStringLiteral("ok")).toBool());
    const QJsonArray foreignKeys = report.value(QStringLiteral("foreign_keys")).toArray();
    REQUIRE(foreignKeys.size() == 1);
    const QJsonObject violation = foreignKeys.first().toObject();
    CHECK(violation.value(QStringLiteral("table")).toString() == QLatin1String("models"));
    CHECK(violation.value(QStringLiteral("column")).toString() == QLatin1String("owner_id"));
    CHECK(violation.value(QStringLiteral("parent")).toString() == QLatin1String("people"));
    CHECK(violation.value(QStringLiteral("rowid")).isDouble());
}

TEST_CASE("check reports a damaged index line by line", "[cli]")
{
    QTemporaryDir dir;
    const QString path = initialised(dir);
    damageModelNameIndex(path);

    const CtlResult json
        = runCtl({QStringLiteral("check"), QStringLiteral("--db"), path, QStringLiteral("--json")});
    INFO(json.err.toStdString());
    CHECK(json.exitCode == 1);
    const QJsonObject report = json.json().object();
    CHECK_FALSE(report.value(QStringLiteral("ok")).toBool());
    const QJsonArray problems = report.value(QStringLiteral("integrity")).toArray();
    REQUIRE_FALSE(problems.isEmpty());
    CHECK(problems.first().toString().contains(QLatin1String("index")));

    const CtlResult text = runCtl({QStringLiteral("check"), QStringLiteral("--db"), path});
    CHECK(text.exitCode == 1);
    CHECK(text.out.contains(QLatin1String("PROBLEMS FOUND")));
}
