// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/driftrepository.h"
#include "storage/evaluationrepository.h"
#include "storage/fairnessrepository.h"
#include "storage/modelcardrepository.h"
#include "storage/modelrepository.h"
#include "storage/personrepository.h"
#include "storage/releaserequestrepository.h"
#include "storage/riskassessmentrepository.h"
#include "storage/versionrepository.h"
#include "storage/writetransaction.h"
#include "tempdatabase.h"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

// One owner, one model, one version: what every evidence row hangs on.
struct Fixture
{
    Test::TempDatabase temp;
    qint64 owner = 0;
    qint64 model = 0;
    qint64 version = 0;

    Fixture()
    {
        WriteTransaction transaction(temp.db());
        Person p;
        p.name = QStringLiteral("Ada Okafor");
        p.email = QStringLiteral("ada@example.org");
        p.roles = {Role::Owner};
        owner = PersonRepository(temp.db()).add(transaction, p);
        Model m;
        m.name = QStringLiteral("credit-scoring");
        m.ownerId = owner;
        m.tier = RiskTier::Critical;
        model = ModelRepository(temp.db()).add(transaction, m);
        ModelVersion v;
        v.modelId = model;
        v.version = {2, 0, 0};
        v.stage = Stage::Staging;
        version = VersionRepository(temp.db()).add(transaction, v);
        transaction.commit();
    }
};

} // namespace

TEST_CASE("The latest evaluation of a metric is the most recently recorded", "[models]")
{
    Fixture f;
    EvaluationRepository evaluations(f.temp.db());
    {
        WriteTransaction transaction(f.temp.db());
        Evaluation e;
        e.versionId = f.version;
        e.metric = QStringLiteral("accuracy");
        e.value = 0.81;
        e.recordedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        evaluations.add(transaction, e);
        e.value = 0.84;
        e.recordedAt = QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
        evaluations.add(transaction, e);
        e.value = 0.70;
        e.segment = QStringLiteral("sex=female");
        evaluations.add(transaction, e);
        transaction.commit();
    }
    CHECK(evaluations.latest(f.version, QStringLiteral("accuracy")) == Catch::Approx(0.84));
    CHECK(evaluations.latest(f.version, QStringLiteral("accuracy"), QStringLiteral("test"),
                             QStringLiteral("sex=female"))
          == Catch::Approx(0.70));
    CHECK_FALSE(evaluations.latest(f.version, QStringLiteral("recall")).has_value());
    CHECK(evaluations.forVersion(f.version).size() == 3);
}

TEST_CASE("A fairness report keeps its groups, undefined metrics as null and its flags", "[models]")
{
    Fixture f;
    FairnessReport report;
    report.versionId = f.version;
    report.protectedAttribute = QStringLiteral("sex");
    report.privilegedGroup = QStringLiteral("male");
    report.disparateImpact = 0.74;
    report.demographicParityDifference = 0.26;
    report.flags = {QStringLiteral("disparate_impact < 0.8 (four-fifths rule)")};
    FairnessGroup male;
    male.name = QStringLiteral("male");
    male.count = 500;
    male.truePositives = 200;
    male.selectionRate = 0.5;
    male.tpr = 200.0 / 230.0;
    FairnessGroup female;
    female.name = QStringLiteral("female");
    female.count = 400;
    female.truePositives = 100;
    female.selectionRate = 0.37;
    report.groups = {male, female};
    {
        WriteTransaction transaction(f.temp.db());
        FairnessRepository(f.temp.db()).add(transaction, report);
        transaction.commit();
    }
    const auto stored = FairnessRepository(f.temp.db()).forVersion(f.version);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].disparateImpact == Catch::Approx(0.74));
    CHECK_FALSE(stored[0].equalizedOddsDifference.has_value());
    CHECK(stored[0].flags == report.flags);
    REQUIRE(stored[0].groups.size() == 2);
    CHECK(stored[0].groups[0].name == QLatin1String("female")); // sorted by name
    CHECK(stored[0].groups[0].truePositives == 100);
    CHECK_FALSE(stored[0].groups[0].tpr.has_value());
    CHECK(stored[0].groups[1].tpr == Catch::Approx(200.0 / 230.0));
}

TEST_CASE("Drift observations come back per feature in window order", "[models]")
{
    Fixture f;
    DriftRepository drift(f.temp.db());
    {
        WriteTransaction transaction(f.temp.db());
        for (int week = 2; week >= 0; --week) {
            DriftObservation o;
            o.versionId = f.version;
            o.feature = QStringLiteral("income");
            o.windowStart = QDate(2026, 1, 5).addDays(7 * week);
            o.windowEnd = o.windowStart.addDays(6);
            o.statistic = QStringLiteral("psi");
            o.value = 0.05 * (week + 1);
            o.status = psiStatus(o.value);
            drift.add(transaction, o);
        }
        DriftObservation ks;
        ks.versionId = f.version;
        ks.feature = QStringLiteral("age");
        ks.windowStart = QDate(2026, 1, 5);
        ks.windowEnd = QDate(2026, 1, 11);
        ks.statistic = QStringLiteral("ks");
        ks.value = 0.12;
        ks.pValue = 0.003;
        drift.add(transaction, ks);
        transaction.commit();
    }
    CHECK(drift.features(f.version)
          == QStringList{QStringLiteral("age"), QStringLiteral("income")});
    const auto income = drift.forVersion(f.version, QStringLiteral("income"));
    REQUIRE(income.size() == 3);
    CHECK(income[0].windowStart == QDate(2026, 1, 5));
    CHECK(income[2].status == DriftStatus::Warning); // PSI 0.15
    CHECK_FALSE(income[0].pValue.has_value());
    const auto age = drift.forVersion(f.version, QStringLiteral("age"));
    REQUIRE(age.size() == 1);
    CHECK(age[0].pValue == Catch::Approx(0.003));
    CHECK(drift.forVersion(f.version).size() == 4);
}

TEST_CASE("Every model card save is a new revision; none is overwritten", "[models]")
{
    Fixture f;
    ModelCardRepository cards(f.temp.db());
    for (const char *overview : {"First draft", "Reviewed draft"}) {
        WriteTransaction transaction(f.temp.db());
        ModelCard card;
        card.versionId = f.version;
        card.contentJson
            = QStringLiteral(R"({"model_details":{"overview":"%1"}})").arg(QLatin1String(overview));
        card.authorId = f.owner;
        cards.addRevision(transaction, card);
        transaction.commit();
    }
    const auto revisions = cards.revisions(f.version);
    REQUIRE(revisions.size() == 2);
    CHECK(revisions[0].revision == 2);
    CHECK(revisions[0].contentJson.contains(QLatin1String("Reviewed draft")));
    CHECK(revisions[1].contentJson.contains(QLatin1String("First draft")));
    CHECK(cards.latest(f.version)->revision == 2);
}

TEST_CASE("The latest risk assessment counts", "[models]")
{
    Fixture f;
    RiskAssessmentRepository risks(f.temp.db());
    {
        WriteTransaction transaction(f.temp.db());
        RiskAssessment a;
        a.versionId = f.version;
        a.riskScore = 0.55;
        a.level = RiskLevel::High;
        a.highRiskFactors = {QStringLiteral("creditworthiness decision")};
        a.assessedAt = QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC);
        risks.add(transaction, a);
        a.riskScore = 0.35;
        a.level = RiskLevel::Medium;
        a.mitigations = {QStringLiteral("human review of declines")};
        a.assessedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        risks.add(transaction, a);
        transaction.commit();
    }
    const auto latest = risks.latest(f.version);
    REQUIRE(latest);
    CHECK(latest->riskScore == Catch::Approx(0.35));
    CHECK(latest->level == RiskLevel::Medium);
    CHECK(latest->mitigations == QStringList{QStringLiteral("human review of declines")});
}

TEST_CASE("A release request keeps its threshold checks, policy and retirement details", "[models]")
{
    Fixture f;
    ReleaseRequestRepository requests(f.temp.db());
    const auto policy = requests.currentPolicyId(1);
    REQUIRE(policy);
    ReleaseRequest r;
    r.versionId = f.version;
    r.fromStage = Stage::Production;
    r.toStage = Stage::Retired;
    r.policyId = *policy;
    r.submittedBy = f.owner;
    r.checks = {{QStringLiteral("accuracy"), QStringLiteral(">="), 0.80, 0.84, true, {}},
                {QStringLiteral("bias_disparity"), QStringLiteral("<="), 0.20, std::nullopt, false,
                 QStringLiteral("no fairness report")}};
    r.retirement = RetirementDetails{QStringLiteral("Superseded"), f.model,
                                     QStringLiteral("s3://archive/credit")};
    {
        WriteTransaction transaction(f.temp.db());
        r.id = requests.add(transaction, r);
        transaction.commit();
    }
    const auto pending = requests.withStatus(RequestStatus::Pending);
    REQUIRE(pending.size() == 1);
    const ReleaseRequest &stored = pending.front();
    CHECK(stored.toStage == Stage::Retired);
    CHECK(stored.policyId == *policy);
    REQUIRE(stored.checks.size() == 2);
    CHECK(stored.checks[0].passed);
    CHECK_FALSE(stored.checks[1].actual.has_value());
    CHECK(stored.checks[1].detail == QLatin1String("no fairness report"));
    REQUIRE(stored.retirement);
    CHECK(stored.retirement->archiveLocation == QLatin1String("s3://archive/credit"));

    {
        WriteTransaction transaction(f.temp.db());
        requests.setStatus(transaction, stored.id, RequestStatus::Withdrawn,
                           QDateTime::currentDateTimeUtc());
        transaction.commit();
    }
    CHECK(requests.withStatus(RequestStatus::Pending).empty());
    CHECK(requests.byId(stored.id)->status == RequestStatus::Withdrawn);
    CHECK(requests.byId(stored.id)->closedAt.isValid());
}
