// SPDX-License-Identifier: GPL-3.0-or-later
// Evidence recorded by the statistics engine, by an import or by the demo generator raises its
// alerts in the same transaction (SPEC §3 step 6).
#include "alertfixture.h"
#include "audit/audittrail.h"
#include "demo/demodatabase.h"
#include "governance/statisticsrecorder.h"
#include "importers/apply/importapplier.h"
#include "oversight/alertrepository.h"
#include "storage/modelrepository.h"
#include "storage/query.h"

#include <QTimeZone>

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <algorithm>

using namespace Quorum;
using namespace Quorum::Test;
using Catch::Approx;

namespace {

DriftResult psiResult(const QString &column, double psi)
{
    DriftResult result;
    result.column = column;
    result.method = DriftMethod::Psi;
    result.statistic = psi;
    result.referenceSize = 500;
    result.currentSize = 400;
    return result;
}

} // namespace

TEST_CASE("Drift recorded by the statistics engine raises its alert in the same transaction",
          "[oversight]")
{
    AlertFixture fixture;
    const qint64 version = fixture.addModel(QStringLiteral("fraud"), 1);
    StatisticsRecorder recorder(fixture.db(), Actor::person(fixture.ada(), QStringLiteral("Ada")));

    // Tier 1: age 0.02 < 0.05 stays quiet, income 0.08 > 0.05 raises.
    recorder.recordDrift(
        version, {QDate(2026, 11, 9), QDate(2026, 11, 15)},
        {psiResult(QStringLiteral("age"), 0.02), psiResult(QStringLiteral("income"), 0.08)},
        QStringLiteral("quorumctl drift"));

    const std::vector<Alert> alerts = AlertRepository(fixture.db()).list();
    REQUIRE(alerts.size() == 1);
    CHECK(alerts[0].feature == QStringLiteral("income"));
    CHECK(alerts[0].threshold == Approx(0.05));
    CHECK(alerts[0].windowEnd.date() == QDate(2026, 11, 15));
    // The alert's audit event names the person who recorded the drift.
    const AuditEvent last = AuditTrail(fixture.db()).events(AuditTrail(fixture.db()).head().seq)[0];
    CHECK(last.entity == QStringLiteral("alerts"));
    CHECK(last.personId == fixture.ada());
}

TEST_CASE("An import of production evaluations raises the alerts its values cross", "[oversight]")
{
    AlertFixture fixture;
    const qint64 version = fixture.addModel(QStringLiteral("churn"), 2);
    fixture.addBaseline(version, QStringLiteral("accuracy"), 0.910);
    ImportBatch batch;
    batch.kind = QStringLiteral("evaluation");
    batch.source = QStringLiteral("production.json");
    batch.sourceSha256 = QString(64, QLatin1Char('d'));
    const VersionKey key{QStringLiteral("churn"), QStringLiteral("1.0.0")};
    for (const auto &[end, value] : {std::pair{QDate(2026, 11, 1), 0.905},     // 0.5 points
                                     std::pair{QDate(2026, 11, 15), 0.893}}) { // 1.7 points
        Evaluation e;
        e.metric = QStringLiteral("accuracy");
        e.value = value;
        e.split = QStringLiteral("production");
        e.windowStart = QDateTime(end.addDays(-13), QTime(0, 0), QTimeZone::utc());
        e.windowEnd = QDateTime(end, QTime(23, 59), QTimeZone::utc());
        batch.evaluations.push_back({key, e});
    }

    applyImport(fixture.db(), batch, Actor::program(QStringLiteral("pipeline")));

    const std::vector<Alert> alerts = AlertRepository(fixture.db()).list();
    REQUIRE(alerts.size() == 1);
    CHECK(alerts[0].trigger == AlertTrigger::AccuracyDecay);
    CHECK(alerts[0].measured == Approx(1.7)); // (0.910 − 0.893) × 100
    CHECK(alerts[0].windowEnd == QDateTime(QDate(2026, 11, 15), QTime(23, 59), QTimeZone::utc()));
    // Importing the same file again adds nothing, so it raises nothing either.
    applyImport(fixture.db(), batch, Actor::program(QStringLiteral("pipeline")));
    CHECK(fixture.rows(QStringLiteral("alerts")) == 1);
}

TEST_CASE("The demo's drift episodes raise alerts, some acknowledged with comments",
          "[oversight][slow]")
{
    TempDatabase temp;
    populateDemo(temp.db());
    AlertRepository repository(temp.db());
    const std::vector<Alert> all = repository.list({AlertScope::All, std::nullopt});
    const auto acknowledged = std::count_if(all.begin(), all.end(), [](const Alert &a) {
        return a.status == AlertStatus::Acknowledged;
    });
    CHECK(repository.activeCount() > 0);
    CHECK(acknowledged >= 2);
    for (const Alert &a : all) {
        INFO(a.modelName.toStdString() << ' ' << a.feature.toStdString());
        CHECK(a.measured > a.threshold);
        CHECK(a.raisedAt >= a.windowEnd.addDays(-1));
        if (a.status == AlertStatus::Acknowledged) {
            CHECK_FALSE(a.comment.trimmed().isEmpty());
            CHECK_FALSE(a.acknowledgedByName.isEmpty());
            CHECK(a.acknowledgedAt > a.raisedAt);
        }
    }
    // Fraud detection's episode (tier 1, PSI up to 0.31 on transaction_amount) raised data-drift
    // alerts for that feature.
    const auto fraud = ModelRepository(temp.db()).byName(QStringLiteral("fraud-detection"));
    REQUIRE(fraud);
    const std::vector<Alert> fraudAlerts = repository.list({AlertScope::All, fraud->id});
    CHECK(std::any_of(fraudAlerts.begin(), fraudAlerts.end(), [](const Alert &a) {
        return a.trigger == AlertTrigger::DataDrift
            && a.feature == QStringLiteral("transaction_amount");
    }));
    // The demo's single actor wrote every alert and acknowledgement.
    CHECK(Query::scalar(temp.db(),
                        QStringLiteral("SELECT count(*) FROM audit_events WHERE "
                                       "entity = 'alerts' AND actor <> 'quorum demo'"))
              .toInt()
          == 0);
}
