// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctlrunner.h"
#include "tempdatabase.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum::Test;

namespace {

int modelCount(const QString &path)
{
    const CtlResult result = runCtl(
        {QStringLiteral("models"), QStringLiteral("--db"), path, QStringLiteral("--json")});
    REQUIRE(result.exitCode == 0);
    return static_cast<int>(result.json().array().size());
}

} // namespace

TEST_CASE("demo builds the demo database in a new file", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    const CtlResult result = runCtl({QStringLiteral("demo"), QStringLiteral("--db"), path});
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(path));
    CHECK(modelCount(path) == 12);
}

TEST_CASE("demo refuses an existing file and leaves it unchanged", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("governance.sqlite"));
    REQUIRE(runCtl({QStringLiteral("init"), QStringLiteral("--db"), path}).exitCode == 0);
    const QByteArray before = readFile(path);

    const CtlResult result = runCtl({QStringLiteral("demo"), QStringLiteral("--db"), path});
    CHECK(result.exitCode == 3);
    CHECK(result.out.isEmpty());
    CHECK(result.err.startsWith(QLatin1String("quorumctl: ")));
    CHECK(result.err.contains(path));
    CHECK(result.err.contains(QLatin1String("--force")));
    CHECK(readFile(path) == before);
}

TEST_CASE("demo --force replaces an existing file", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("governance.sqlite"));
    REQUIRE(runCtl({QStringLiteral("init"), QStringLiteral("--db"), path}).exitCode == 0);
    REQUIRE(modelCount(path) == 0);

    const CtlResult result
        = runCtl({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--force"),
                  QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--as-of"),
                  QStringLiteral("2026-06-01")});
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(modelCount(path) == 12);
}

TEST_CASE("demo --json reports the file, the seed and the date", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    const CtlResult result
        = runCtl({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--json"),
                  QStringLiteral("--as-of"), QStringLiteral("2026-06-01")});
    REQUIRE(result.exitCode == 0);
    const QJsonObject report = result.json().object();
    CHECK(report.value(QStringLiteral("models")).toInt() == 12);
    CHECK(report.value(QStringLiteral("as_of")).toString() == QLatin1String("2026-06-01"));
    CHECK(report.value(QStringLiteral("path")).toString() == QFileInfo(path).absoluteFilePath());
}

TEST_CASE("demo rejects a malformed seed or date before touching the file", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    const CtlResult seed = runCtl({QStringLiteral("demo"), QStringLiteral("--db"), path,
                                   QStringLiteral("--seed"), QStringLiteral("many")});
    CHECK(seed.exitCode == 2);
    CHECK(seed.err.contains(QLatin1String("--seed")));
    const CtlResult date = runCtl({QStringLiteral("demo"), QStringLiteral("--db"), path,
                                   QStringLiteral("--as-of"), QStringLiteral("16/11/2026")});
    CHECK(date.exitCode == 2);
    CHECK(date.err.contains(QLatin1String("--as-of")));
    CHECK_FALSE(QFileInfo::exists(path));
}
