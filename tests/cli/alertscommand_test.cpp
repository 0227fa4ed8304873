// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl alerts' lists the monitoring alerts; 'alerts ack ID' acknowledges one with a
// comment as a named person, audited; refusals have their exit codes and change nothing.
#include "clidemo.h"
#include "ctlrunner.h"
#include "oversight/alertscan.h"
#include "storage/driftrepository.h"
#include "storage/modelrepository.h"
#include "storage/personrepository.h"
#include "storage/versionrepository.h"
#include "storage/writetransaction.h"
#include "tempdatabase.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using namespace Quorum::Test;

namespace {

/// A database with Ada (owner) and Ben (inactive), the tier 2 model "churn" and the tier 1
/// model "fraud", and three alerts: churn income PSI 0.14 and 0.12 (> 0.10, weeks ending
/// 2026-11-08 and 2026-11-15), fraud amount PSI 0.07 (> 0.05, week ending 2026-11-15).
struct AlertsCli
{
    AlertsCli()
    {
        Database &db = temp.db();
        WriteTransaction transaction(db, Actor::program(QStringLiteral("cli-test")));
        const qint64 ada = addPerson(transaction, QStringLiteral("Ada Byrne"),
                                     QStringLiteral("ada@example.org"), true);
        addPerson(transaction, QStringLiteral("Ben Okafor"), QStringLiteral("ben@example.org"),
                  false);
        const qint64 churn = addVersion(transaction, QStringLiteral("churn"), 2, ada);
        const qint64 fraud = addVersion(transaction, QStringLiteral("fraud"), 1, ada);
        addPsi(transaction, churn, QStringLiteral("income"), 0.14, QDate(2026, 11, 8));
        addPsi(transaction, churn, QStringLiteral("income"), 0.12, QDate(2026, 11, 15));
        addPsi(transaction, fraud, QStringLiteral("amount"), 0.07, QDate(2026, 11, 15));
        AlertScan(transaction).scanVersions({churn, fraud});
        transaction.commit();
        temp.close();
    }

    CtlResult run(const QStringList &arguments) const
    {
        return runCtl(QStringList{QStringLiteral("--db"), temp.path()} + arguments);
    }

    QVariant scalar(const QString &sql) const { return rawScalar(temp.path(), sql); }

    static qint64 addPerson(WriteTransaction &transaction, const QString &name,
                            const QString &email, bool active)
    {
        Person person;
        person.name = name;
        person.email = email;
        person.roles = {Role::Owner};
        person.active = active;
        return PersonRepository(transaction.database()).add(transaction, person);
    }

    static qint64 addVersion(WriteTransaction &transaction, const QString &name, int tier,
                             qint64 owner)
    {
        Model model;
        model.name = name;
        model.ownerId = owner;
        model.tier = *riskTierFromNumber(tier);
        ModelVersion version;
        version.modelId = ModelRepository(transaction.database()).add(transaction, model);
        version.version = *SemanticVersion::parse(u"1.0.0");
        version.stage = Stage::Production;
        return VersionRepository(transaction.database()).add(transaction, version);
    }

    static void addPsi(WriteTransaction &transaction, qint64 version, const QString &feature,
                       double psi, QDate end)
    {
        DriftObservation o;
        o.versionId = version;
        o.feature = feature;
        o.windowStart = end.addDays(-6);
        o.windowEnd = end;
        o.statistic = QStringLiteral("psi");
        o.value = psi;
        DriftRepository(transaction.database()).add(transaction, o);
    }

    TempDatabase temp;
};

QStringList ack(const QString &id, const QString &comment, const QString &as)
{
    return {QStringLiteral("alerts"),
            QStringLiteral("ack"),
            id,
            QStringLiteral("--comment"),
            comment,
            QStringLiteral("--as"),
            as};
}

} // namespace

TEST_CASE_METHOD(AlertsCli, "alerts lists the active alerts, newest window first", "[cli]")
{
    const CtlResult result = run({QStringLiteral("alerts")});
    REQUIRE(result.exitCode == 0);
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4); // the header and three alerts
    CHECK(lines[0].contains(QStringLiteral("SEVERITY")));
    // 2026-11-15 windows first (fraud's alert has the higher id), then churn's older one.
    CHECK(lines[1].contains(QStringLiteral("fraud")));
    CHECK(lines[1].contains(QStringLiteral("warning"))); // 0.07 < 2 × 0.05
    CHECK(lines[1].contains(QStringLiteral("PSI 0.070 > 0.050")));
    CHECK(lines[2].contains(QStringLiteral("PSI 0.120 > 0.100")));
    CHECK(lines[2].contains(QStringLiteral("2026-11-09 – 2026-11-15")));
    CHECK(lines[3].contains(QStringLiteral("PSI 0.140 > 0.100")));
    CHECK(lines[3].contains(QStringLiteral("active")));
}

TEST_CASE_METHOD(AlertsCli, "alerts --model --json gives one model's alerts to machines", "[cli]")
{
    const CtlResult result = run({QStringLiteral("alerts"), QStringLiteral("--model"),
                                  QStringLiteral("churn"), QStringLiteral("--json")});
    REQUIRE(result.exitCode == 0);
    const QJsonArray rows = result.json().array();
    REQUIRE(rows.size() == 2);
    const QJsonObject newest = rows.at(0).toObject();
    CHECK(newest.value(QStringLiteral("model")).toString() == QStringLiteral("churn"));
    CHECK(newest.value(QStringLiteral("tier")).toInt() == 2);
    CHECK(newest.value(QStringLiteral("trigger")).toString() == QStringLiteral("data_drift"));
    CHECK(newest.value(QStringLiteral("feature")).toString() == QStringLiteral("income"));
    CHECK(newest.value(QStringLiteral("observed")).toDouble() == 0.12);
    CHECK(newest.value(QStringLiteral("threshold")).toDouble() == 0.10);
    CHECK(newest.value(QStringLiteral("severity")).toString() == QStringLiteral("warning"));
    CHECK(newest.value(QStringLiteral("window_end")).toString()
          == QStringLiteral("2026-11-15T23:59:59Z"));
    CHECK(newest.value(QStringLiteral("status")).toString() == QStringLiteral("active"));
    CHECK(newest.value(QStringLiteral("comment")).isNull());

    const CtlResult unknown
        = run({QStringLiteral("alerts"), QStringLiteral("--model"), QStringLiteral("nosuch")});
    CHECK(unknown.exitCode == 1);
}

TEST_CASE_METHOD(AlertsCli, "alerts ack acknowledges as the named person, audited", "[cli]")
{
    const qint64 id
        = scalar(QStringLiteral("SELECT id FROM alerts WHERE feature = 'amount'")).toLongLong();
    const CtlResult result
        = run(ack(QStringLiteral("#%1").arg(id), QStringLiteral("Card scheme change, expected."),
                  QStringLiteral("ada@example.org")));
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.startsWith(
        QStringLiteral("Acknowledged alert #%1 as Ada Byrne <ada@example.org>: Data drift on "
                       "amount of fraud 1.0.0")
            .arg(id)));
    CHECK(
        scalar(QStringLiteral("SELECT status || '|' || comment FROM alerts WHERE id = %1").arg(id))
            .toString()
        == QStringLiteral("acknowledged|Card scheme change, expected."));
    CHECK(scalar(QStringLiteral("SELECT actor || '|' || action FROM audit_events "
                                "ORDER BY seq DESC LIMIT 1"))
              .toString()
          == QStringLiteral("Ada Byrne|acknowledge"));

    // Active only by default: two left; --all shows the acknowledged one with who.
    CHECK(run({QStringLiteral("alerts"), QStringLiteral("--json")}).json().array().size() == 2);
    const CtlResult all = run({QStringLiteral("alerts"), QStringLiteral("--all")});
    CHECK(all.out.contains(QStringLiteral("acknowledged by Ada Byrne")));
}

TEST_CASE_METHOD(AlertsCli, "alerts ack refuses what it must and changes nothing", "[cli]")
{
    const qint64 id
        = scalar(QStringLiteral("SELECT id FROM alerts WHERE feature = 'amount'")).toLongLong();
    const QString idText = QString::number(id);
    REQUIRE(run(ack(idText, QStringLiteral("Seen."), QStringLiteral("ada@example.org"))).exitCode
            == 0);
    const qint64 events = scalar(QStringLiteral("SELECT count(*) FROM audit_events")).toLongLong();

    const CtlResult twice
        = run(ack(idText, QStringLiteral("Seen again."), QStringLiteral("ada@example.org")));
    CHECK(twice.exitCode == 5);
    CHECK(twice.err.contains(QStringLiteral("already acknowledged by Ada Byrne")));

    const CtlResult inactive
        = run(ack(QStringLiteral("1"), QStringLiteral("Seen."), QStringLiteral("ben@example.org")));
    CHECK(inactive.exitCode == 5);
    CHECK(inactive.err.contains(QStringLiteral("no longer active")));

    CHECK(
        run(ack(QStringLiteral("999"), QStringLiteral("Seen."), QStringLiteral("ada@example.org")))
            .exitCode
        == 1);
    CHECK(
        run(ack(QStringLiteral("1"), QStringLiteral("Seen."), QStringLiteral("nobody@example.org")))
            .exitCode
        == 1);
    const CtlResult blank
        = run(ack(QStringLiteral("1"), QStringLiteral("   "), QStringLiteral("ada@example.org")));
    CHECK(blank.exitCode == 2);
    CHECK(blank.err.contains(QStringLiteral("--comment is required")));
    CHECK(run({QStringLiteral("alerts"), QStringLiteral("ack"), QStringLiteral("x1"),
               QStringLiteral("--comment"), QStringLiteral("Seen."), QStringLiteral("--as"),
               QStringLiteral("ada@example.org")})
              .exitCode
          == 2);
    CHECK(run({QStringLiteral("alerts"), QStringLiteral("close"), QStringLiteral("1")}).exitCode
          == 2);

    CHECK(scalar(QStringLiteral("SELECT count(*) FROM audit_events")).toLongLong() == events);
    CHECK(scalar(QStringLiteral("SELECT count(*) FROM alerts WHERE status = 'active'")).toInt()
          == 2);
}

TEST_CASE("alerts on the demo database lists its drift episode's active alerts", "[cli]")
{
    const CliDemo demo;
    const CtlResult active = runCtl({QStringLiteral("--db"), demo.path(), QStringLiteral("alerts"),
                                     QStringLiteral("--all"), QStringLiteral("--json")});
    REQUIRE(active.exitCode == 0);
    const QJsonArray rows = active.json().array();
    int acknowledged = 0;
    for (const QJsonValue &row : rows) {
        const QJsonObject alert = row.toObject();
        if (alert.value(QStringLiteral("status")).toString() == QStringLiteral("acknowledged")) {
            ++acknowledged;
            CHECK_FALSE(alert.value(QStringLiteral("comment")).toString().isEmpty());
        }
    }
    CHECK(acknowledged >= 2);
    CHECK(rows.size() > acknowledged);
}
