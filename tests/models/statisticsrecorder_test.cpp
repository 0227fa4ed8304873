// SPDX-License-Identifier: GPL-3.0-or-later
// Computed drift and fairness become evidence of a version: judged by the tier's thresholds,
// written in one audited transaction, nothing written when refused.
#include "governance/policy.h"
#include "governance/statisticsrecorder.h"
#include "governancefixture.h"
#include "storage/driftrepository.h"
#include "storage/fairnessrepository.h"
#include "storage/query.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using namespace Quorum::Test;

namespace {

DriftResult psiResult(const QString &column, double psi)
{
    DriftResult r;
    r.column = column;
    r.method = DriftMethod::Psi;
    r.statistic = psi;
    r.threshold = 0.1;
    r.drift = psi >= 0.1;
    r.referenceSize = 1000;
    r.currentSize = 800;
    r.bins.labels = {QStringLiteral("(−∞, 1]"), QStringLiteral("(1, +∞)")};
    r.bins.edges
        = {-std::numeric_limits<double>::infinity(), 1.0, std::numeric_limits<double>::infinity()};
    r.bins.reference = {0.5, 0.5};
    r.bins.current = {0.4, 0.6};
    return r;
}

const DriftWindow kWeek{QDate(2026, 11, 9), QDate(2026, 11, 15)};

qint64 observationCount(Database &db)
{
    Query q(db, QStringLiteral("SELECT count(*) FROM drift_observations"));
    q.exec();
    q.next();
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("PSI is judged by the tier's threshold and SPEC's bands", "[models][stats]")
{
    MonitoringThresholds tier3; // Standard: data drift 0.15, prediction drift 0.10
    tier3.dataDriftPsi = 0.15;
    tier3.predictionDriftPsi = 0.10;
    CHECK(driftObservation(psiResult(QStringLiteral("age"), 0.05), tier3, kWeek).status
          == DriftStatus::Stable);
    // In SPEC's 0.1–0.2 band but under the tier's 0.15: worth a look, not yet drift.
    CHECK(driftObservation(psiResult(QStringLiteral("age"), 0.12), tier3, kWeek).status
          == DriftStatus::Warning);
    const auto drifted = driftObservation(psiResult(QStringLiteral("age"), 0.16), tier3, kWeek);
    CHECK(drifted.status == DriftStatus::Drift);
    CHECK(drifted.threshold == 0.15);
    // The prediction is held to the concept-drift threshold.
    const auto prediction
        = driftObservation(psiResult(QStringLiteral("prediction"), 0.11), tier3, kWeek);
    CHECK(prediction.threshold == 0.10);
    CHECK(prediction.status == DriftStatus::Drift);
}

TEST_CASE("Tests keep their own threshold and direction when stored", "[models][stats]")
{
    DriftResult ks;
    ks.column = QStringLiteral("income");
    ks.method = DriftMethod::KolmogorovSmirnov;
    ks.direction = DriftDirection::PValueBelow;
    ks.statistic = 0.3;
    ks.pValue = 0.01;
    ks.threshold = 0.05;
    ks.drift = true;
    const auto o = driftObservation(ks, MonitoringThresholds(), kWeek);
    CHECK(o.statistic == QStringLiteral("ks"));
    CHECK(o.pValue == 0.01);
    CHECK(o.threshold == 0.05);
    CHECK(o.status == DriftStatus::Drift);
    const auto bins = QJsonDocument::fromJson(o.binsJson.toUtf8()).object();
    CHECK(bins.value(QStringLiteral("direction")).toString() == QStringLiteral("p_value_below"));
}

TEST_CASE("Recorded drift lands on the version with its window and bins", "[models][stats]")
{
    GovernanceFixture fixture(1);
    StatisticsRecorder recorder(fixture.db(), Actor::program(QStringLiteral("test")));
    const auto stored = recorder.recordDrift(fixture.versionId(), kWeek,
                                             {psiResult(QStringLiteral("basket_size"), 0.03),
                                              psiResult(QStringLiteral("account_age"), 0.07)},
                                             QStringLiteral("unit test"));
    REQUIRE(stored.size() == 2);
    CHECK(stored[1].status == DriftStatus::Drift); // tier 1: data drift above 0.05
    const auto back = DriftRepository(fixture.db())
                          .forVersion(fixture.versionId(), QStringLiteral("account_age"));
    REQUIRE_FALSE(back.empty());
    CHECK(back.back().windowEnd == kWeek.end);
    const auto bins = QJsonDocument::fromJson(back.back().binsJson.toUtf8()).object();
    CHECK(bins.value(QStringLiteral("reference_size")).toInt() == 1000);
    CHECK(bins.value(QStringLiteral("edges")).toArray().at(0).isNull()); // −∞ has no JSON form
}

TEST_CASE("Drift for an unknown version or a reversed window stores nothing", "[models][stats]")
{
    GovernanceFixture fixture(2);
    StatisticsRecorder recorder(fixture.db(), Actor::program(QStringLiteral("test")));
    const qint64 before = observationCount(fixture.db());
    const auto results = std::vector<DriftResult>{psiResult(QStringLiteral("age"), 0.3)};
    CHECK(refusalOf([&] { recorder.recordDrift(9999, kWeek, results, {}); }).kind()
          == GovernanceErrorKind::NotFound);
    const DriftWindow reversed{kWeek.end, kWeek.start};
    CHECK(
        refusalOf([&] { recorder.recordDrift(fixture.versionId(), reversed, results, {}); }).kind()
        == GovernanceErrorKind::InvalidInput);
    CHECK(observationCount(fixture.db()) == before);
}

TEST_CASE("A recorded fairness report keeps both conventions and its intervals", "[models][stats]")
{
    GovernanceFixture fixture(1);
    StatisticsRecorder recorder(fixture.db(), Actor::program(QStringLiteral("test")));
    CHECK(recorder.maxParityGap(fixture.versionId()) == 0.20); // SPEC §2 default
    FairnessAnalysis analysis;
    analysis.report.protectedAttribute = QStringLiteral("sex");
    analysis.report.privilegedGroup = QStringLiteral("male");
    analysis.report.statisticalParityDifference = -0.19;
    analysis.report.demographicParityDifference = 0.19;
    analysis.report.intervalsJson
        = QStringLiteral(R"({"disparate_impact":{"low":0.61,"high":0.7}})");
    FairnessGroup male;
    male.name = QStringLiteral("male");
    male.count = 10;
    analysis.report.groups.push_back(male);
    const auto stored
        = recorder.recordFairness(fixture.versionId(), analysis, QStringLiteral("unit test"));
    CHECK(stored.id > 0);
    const auto reports = FairnessRepository(fixture.db()).forVersion(fixture.versionId());
    const auto it = std::find_if(reports.begin(), reports.end(),
                                 [&](const FairnessReport &r) { return r.id == stored.id; });
    REQUIRE(it != reports.end());
    CHECK(it->statisticalParityDifference == -0.19);
    CHECK(it->demographicParityDifference == 0.19);
    CHECK(QJsonDocument::fromJson(it->intervalsJson.toUtf8())
              .object()
              .value(QStringLiteral("disparate_impact"))
              .toObject()
              .value(QStringLiteral("low"))
              .toDouble()
          == 0.61);
    CHECK(it->groups.size() == 1);
}
