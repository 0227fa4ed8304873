// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctlrunner.h"
#include "rawsqlite.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum::Test;

namespace {

QString demoIn(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runCtl({QStringLiteral("demo"), QStringLiteral("--db"), path}).exitCode == 0);
    return path;
}

} // namespace

TEST_CASE("verify passes on the demo database and reports its head", "[cli]")
{
    QTemporaryDir dir;
    const QString path = demoIn(dir);
    const CtlResult result = runCtl(
        {QStringLiteral("verify"), QStringLiteral("--db"), path, QStringLiteral("--json")});
    CHECK(result.exitCode == 0);
    const QJsonObject report = result.json().object();
    CHECK(report.value(QStringLiteral("ok")).toBool());
    CHECK(report.value(QStringLiteral("events")).toInt() > 1000);
    CHECK(report.value(QStringLiteral("head_hash")).toString().size() == 64);
    CHECK(report.value(QStringLiteral("problems")).toArray().isEmpty());
}

TEST_CASE("verify names an audit event edited behind Quorum's back and exits 1", "[cli]")
{
    QTemporaryDir dir;
    const QString path = demoIn(dir);
    {
        RawSqlite raw(path);
        raw.exec("DROP TRIGGER audit_events_no_update;"
                 "UPDATE audit_events SET after_json = replace(after_json, 'Laura', 'Mallory') "
                 "WHERE seq = (SELECT min(seq) FROM audit_events WHERE after_json LIKE "
                 "'%Laura%');");
    }
    RawSqlite raw(path);
    const QString edited = raw.scalar("SELECT min(seq) FROM audit_events WHERE after_json LIKE "
                                      "'%Mallory%'");
    const CtlResult text = runCtl({QStringLiteral("verify"), QStringLiteral("--db"), path});
    CHECK(text.exitCode == 1);
    CHECK(text.out.contains(
        QStringLiteral("event #%1: its content does not match its hash").arg(edited)));
    const CtlResult json = runCtl(
        {QStringLiteral("verify"), QStringLiteral("--db"), path, QStringLiteral("--json")});
    CHECK(json.exitCode == 1);
    const QJsonArray problems = json.json().object().value(QStringLiteral("problems")).toArray();
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().toObject().value(QStringLiteral("seq")).toInteger()
          == edited.toLongLong());
}

TEST_CASE("verify names the gap where audit events were deleted", "[cli]")
{
    QTemporaryDir dir;
    const QString path = demoIn(dir);
    {
        RawSqlite raw(path);
        raw.exec("DROP TRIGGER audit_events_no_delete; DELETE FROM audit_events WHERE seq IN "
                 "(100, 101);");
    }
    const CtlResult result = runCtl({QStringLiteral("verify"), QStringLiteral("--db"), path});
    CHECK(result.exitCode == 1);
    CHECK(result.out.contains(QLatin1String("event #102: events 100 to 101 are missing")));
}
