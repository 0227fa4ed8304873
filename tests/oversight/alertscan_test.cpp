// SPDX-License-Identifier: GPL-3.0-or-later
// A scan raises an alert when production evidence crosses its tier's monitoring threshold
// (SPEC §2): drift by PSI, performance by its decay from the test baseline, once per window.
#include "alertfixture.h"
#include "audit/audittrail.h"
#include "oversight/alertrepository.h"
#include "oversight/alertrules.h"
#include "storage/query.h"
#include "storage/writetransaction.h"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using namespace Quorum::Test;
using Catch::Approx;

namespace {

const QDate kEnd = AlertFixture::weekEnd();

} // namespace

TEST_CASE("A PSI of 0.12 on tier 2 raises a data-drift alert and 0.09 does not", "[oversight]")
{
    AlertFixture fixture;
    const qint64 version = fixture.addModel(QStringLiteral("churn"), 2);
    fixture.addPsi(version, QStringLiteral("income"), 0.12, kEnd);          // > 0.10
    fixture.addPsi(version, QStringLiteral("tenure"), 0.09, kEnd);          // < 0.10
    fixture.addPsi(version, QStringLiteral("age"), 0.10, kEnd.addDays(-7)); // = 0.10
    const qint64 eventsBefore = fixture.rows(QStringLiteral("audit_events"));

    const std::vector<Alert> raised = fixture.scan(version);

    REQUIRE(raised.size() == 1);
    const Alert &alert = raised.front();
    CHECK(alert.trigger == AlertTrigger::DataDrift);
    CHECK(alert.feature == QStringLiteral("income"));
    CHECK(alert.observed == Approx(0.12));
    CHECK(alert.measured == Approx(0.12));
    CHECK(alert.threshold == Approx(0.10));
    CHECK_FALSE(alert.baseline);
    CHECK(alert.windowStart.date() == QDate(2026, 11, 9));
    CHECK(alert.windowEnd.date() == kEnd);
    CHECK(alert.raisedAt == QDateTime(QDate(2026, 11, 16), QTime(6, 0), Qt::UTC));
    CHECK(alert.severity() == AlertSeverity::Warning); // 0.12 < 2 × 0.10

    const std::optional<Alert> stored = AlertRepository(fixture.db()).byId(alert.id);
    REQUIRE(stored);
    CHECK(stored->isActive());
    CHECK(stored->modelName == QStringLiteral("churn"));
    CHECK(stored->tier == RiskTier::High);
    CHECK(stored->version.toString() == QStringLiteral("1.0.0"));
    // One audit event: the alert's insertion, by the scanning transaction's actor.
    CHECK(fixture.rows(QStringLiteral("audit_events")) == eventsBefore + 1);
    const AuditEvent event = AuditTrail(fixture.db()).events(eventsBefore + 1).front();
    CHECK(event.action == QStringLiteral("insert"));
    CHECK(event.entity == QStringLiteral("alerts"));
    CHECK(event.entityId == alert.id);
    CHECK(event.actor == QStringLiteral("alert-test"));
}

TEST_CASE("The same PSI raises an alert on tier 1 and none on tier 3", "[oversight]")
{
    AlertFixture fixture;
    const qint64 critical = fixture.addModel(QStringLiteral("fraud"), 1);
    const qint64 standard = fixture.addModel(QStringLiteral("sentiment"), 3);
    for (qint64 version : {critical, standard}) {
        fixture.addPsi(version, QStringLiteral("amount"), 0.12, kEnd);
        fixture.addPsi(version, QStringLiteral("prediction"), 0.04, kEnd);
    }

    // Tier 1: data drift 0.12 > 0.05 and prediction drift 0.04 > 0.03 both raise.
    const std::vector<Alert> tier1 = fixture.scan(critical);
    REQUIRE(tier1.size() == 2);
    CHECK(tier1[0].trigger == AlertTrigger::DataDrift);
    CHECK(tier1[0].threshold == Approx(0.05));
    CHECK(tier1[0].severity() == AlertSeverity::Critical); // 0.12 ≥ 2 × 0.05
    CHECK(tier1[1].trigger == AlertTrigger::PredictionDrift);
    CHECK(tier1[1].feature == QStringLiteral("prediction"));
    CHECK(tier1[1].threshold == Approx(0.03));
    // Tier 3: 0.12 < 0.15 and 0.04 < 0.10 raise nothing.
    CHECK(fixture.scan(standard).empty());
    CHECK(fixture.rows(QStringLiteral("alerts")) == 2);
}

TEST_CASE("Accuracy decay of 1.2 points on tier 2 raises an alert and 1.0 point does not",
          "[oversight]")
{
    AlertFixture fixture;
    const qint64 version = fixture.addModel(QStringLiteral("churn"), 2);
    fixture.addBaseline(version, QStringLiteral("accuracy"), 0.900);
    // (0.900 − 0.888) × 100 = 1.2 points > 1.0; (0.900 − 0.890) × 100 = 1.0 is not > 1.0,
    // although binary floating point makes it 1.0000000000000009.
    fixture.addProduction(version, QStringLiteral("accuracy"), 0.888, kEnd);
    fixture.addProduction(version, QStringLiteral("accuracy"), 0.890, kEnd.addDays(-7));

    const std::vector<Alert> raised = fixture.scan(version);

    REQUIRE(raised.size() == 1);
    CHECK(raised[0].trigger == AlertTrigger::AccuracyDecay);
    CHECK(raised[0].feature == QStringLiteral("accuracy"));
    CHECK(raised[0].observed == Approx(0.888));
    CHECK(raised[0].baseline == Approx(0.900));
    CHECK(raised[0].measured == Approx(1.2));
    CHECK(raised[0].threshold == Approx(1.0));
    CHECK(raised[0].windowEnd.date() == kEnd);

    // The same 1.0-point decay is over tier 1's 0.5 points.
    const qint64 critical = fixture.addModel(QStringLiteral("fraud"), 1);
    fixture.addBaseline(critical, QStringLiteral("accuracy"), 0.900);
    fixture.addProduction(critical, QStringLiteral("accuracy"), 0.890, kEnd);
    const std::vector<Alert> tier1 = fixture.scan(critical);
    REQUIRE(tier1.size() == 1);
    CHECK(tier1[0].measured == Approx(1.0));
    CHECK(tier1[0].severity() == AlertSeverity::Critical); // 1.0 ≥ 2 × 0.5
}

TEST_CASE("Recall, missing values and calibration are measured from the test baseline",
          "[oversight]")
{
    AlertFixture fixture;
    const qint64 version = fixture.addModel(QStringLiteral("churn"), 2);
    fixture.addBaseline(version, QStringLiteral("recall"), 0.800);
    fixture.addBaseline(version, QStringLiteral("missing_value_rate"), 0.002);
    fixture.addBaseline(version, QStringLiteral("brier"), 0.080);
    fixture.addBaseline(version, QStringLiteral("precision"), 0.900);
    // Recall (0.800 − 0.775) × 100 = 2.5 points > 2.0.
    fixture.addProduction(version, QStringLiteral("recall"), 0.775, kEnd);
    // Missing values (0.009 − 0.002) × 100 = 0.7 points > 0.5.
    fixture.addProduction(version, QStringLiteral("missing_value_rate"), 0.009, kEnd);
    // Brier 0.092 − 0.080 = 0.012 > 0.010; a week earlier 0.088 − 0.080 = 0.008 is not.
    fixture.addProduction(version, QStringLiteral("brier"), 0.092, kEnd);
    fixture.addProduction(version, QStringLiteral("brier"), 0.088, kEnd.addDays(-7));
    // No trigger watches precision; no baseline, no decay for f1.
    fixture.addProduction(version, QStringLiteral("precision"), 0.700, kEnd);
    fixture.addProduction(version, QStringLiteral("f1"), 0.100, kEnd);

    std::vector<Alert> raised = fixture.scan(version);

    REQUIRE(raised.size() == 3);
    std::sort(raised.begin(), raised.end(),
              [](const Alert &a, const Alert &b) { return a.trigger < b.trigger; });
    CHECK(raised[0].trigger == AlertTrigger::RecallDecay);
    CHECK(raised[0].measured == Approx(2.5));
    CHECK(raised[0].threshold == Approx(2.0));
    CHECK(raised[1].trigger == AlertTrigger::MissingValueIncrease);
    CHECK(raised[1].measured == Approx(0.7));
    CHECK(raised[1].threshold == Approx(0.5));
    CHECK(raised[2].trigger == AlertTrigger::CalibrationDrift);
    CHECK(raised[2].observed == Approx(0.092));
    CHECK(raised[2].baseline == Approx(0.080));
    CHECK(raised[2].measured == Approx(0.012));
    CHECK(raised[2].threshold == Approx(0.010));
}

TEST_CASE("Scanning again raises nothing new and writes nothing", "[oversight]")
{
    AlertFixture fixture;
    const qint64 version = fixture.addModel(QStringLiteral("churn"), 2);
    fixture.addBaseline(version, QStringLiteral("accuracy"), 0.900);
    fixture.addProduction(version, QStringLiteral("accuracy"), 0.870, kEnd);
    fixture.addPsi(version, QStringLiteral("income"), 0.25, kEnd);
    REQUIRE(fixture.scan(version).size() == 2);
    const qint64 events = fixture.rows(QStringLiteral("audit_events"));

    CHECK(fixture.scan(version).empty());
    CHECK(fixture.rows(QStringLiteral("alerts")) == 2);
    CHECK(fixture.rows(QStringLiteral("audit_events")) == events);

    // A new window is a new alert, even for the same feature.
    fixture.addPsi(version, QStringLiteral("income"), 0.31, kEnd.addDays(7));
    const std::vector<Alert> next = fixture.scan(version);
    REQUIRE(next.size() == 1);
    CHECK(next[0].windowEnd.date() == kEnd.addDays(7));
    CHECK(fixture.rows(QStringLiteral("alerts")) == 3);
}

TEST_CASE("Tier 4 is monitored on the triggers its policy sets, and not at all without them",
          "[oversight]")
{
    AlertFixture fixture;
    const qint64 version = fixture.addModel(QStringLiteral("prototype"), 4);
    fixture.addBaseline(version, QStringLiteral("accuracy"), 0.900);
    fixture.addProduction(version, QStringLiteral("accuracy"), 0.870, kEnd); // 3.0 points
    fixture.addPsi(version, QStringLiteral("income"), 0.16, kEnd);

    // The default tier 4 policy states the tier 3 values: 3.0 > 2.0 points, 0.16 > 0.15.
    const MonitoringRules defaults = MonitoringRules::forTier(fixture.db(), 4);
    CHECK(defaults.threshold(AlertTrigger::DataDrift) == Approx(0.15));
    CHECK(defaults.threshold(AlertTrigger::AccuracyDecay) == Approx(2.0));

    // A newer tier 4 policy that sets only the data-drift PSI (0.20): nothing crosses it, and
    // accuracy is not monitored at all.
    {
        WriteTransaction transaction(fixture.db());
        Query insert(fixture.db(),
                     QStringLiteral("INSERT INTO policies (risk_tier, version, thresholds_json, "
                                    "approval_matrix_json, monitoring_json, created_at) "
                                    "SELECT 4, 2, thresholds_json, approval_matrix_json, "
                                    "'{\"data_drift_psi\":0.20}', created_at FROM policies "
                                    "WHERE risk_tier = 4 AND version = 1"));
        insert.exec();
        transaction.commit();
    }
    const MonitoringRules partial = MonitoringRules::forTier(fixture.db(), 4);
    CHECK(partial.threshold(AlertTrigger::DataDrift) == Approx(0.20));
    CHECK_FALSE(partial.threshold(AlertTrigger::AccuracyDecay));
    CHECK_FALSE(partial.threshold(AlertTrigger::PredictionDrift));
    CHECK(fixture.scan(version).empty());
    CHECK(fixture.rows(QStringLiteral("alerts")) == 0);
}

TEST_CASE("The rule's units: decay in points, Brier in its own units, PSI as it is", "[oversight]")
{
    // accuracy 0.950 → 0.941: (0.950 − 0.941) × 100 = 0.9 points
    CHECK(measuredValue(AlertTrigger::AccuracyDecay, 0.941, 0.950) == Approx(0.9));
    // an improvement is a negative decay
    CHECK(measuredValue(AlertTrigger::RecallDecay, 0.830, 0.800) == Approx(-3.0));
    CHECK(measuredValue(AlertTrigger::CalibrationDrift, 0.031, 0.022) == Approx(0.009));
    CHECK(measuredValue(AlertTrigger::DataDrift, 0.21, 0.0) == Approx(0.21));
    CHECK(triggerForFeature(u"label") == AlertTrigger::PredictionDrift);
    CHECK(triggerForFeature(u"merchant_risk_score") == AlertTrigger::DataDrift);
    CHECK_FALSE(triggerForMetric(u"roc_auc"));
    CHECK(crossesThreshold(0.1000001, 0.1));
    CHECK_FALSE(crossesThreshold(0.1, 0.1));
}
