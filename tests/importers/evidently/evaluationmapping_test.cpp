// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/mapping/evaluationmapping.h"
#include "testfiles.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using Catch::Approx;

namespace {

const VersionKey kKey{QStringLiteral("credit-scoring"), QStringLiteral("2.1.0")};

ImportBatch mapped(const char *name, double maxParityGap = 0.2)
{
    const QString file = QString::fromLatin1(name);
    return mapEvaluationFile(parseEvaluationFile(Test::evidentlyTestData(file), file, {}), kKey,
                             file, maxParityGap);
}

} // namespace

TEST_CASE("Evaluation rows map to evaluations as they are, each naming its row",
          "[importers][evidently]")
{
    const ImportBatch batch = mapped("evaluations.json");
    CHECK(batch.kind == u"evaluation");
    CHECK(batch.source == u"evaluations.json");
    REQUIRE(batch.evaluations.size() == 6);
    const Evaluation &first = batch.evaluations[0].item;
    CHECK(batch.evaluations[0].key == kKey);
    CHECK(first.metric == u"accuracy");
    CHECK(first.value == 0.912);
    CHECK(first.split == u"test");
    CHECK(first.segment == u"all");
    CHECK(first.source == u"evaluation:evaluations.json#evaluations[0]");
    CHECK(first.recordedAt.timeSpec() == Qt::UTC);
    const Evaluation &production = batch.evaluations[4].item;
    CHECK(production.windowStart == QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
    CHECK(production.windowEnd == QDateTime(QDate(2025, 1, 31), QTime(23, 59, 59), Qt::UTC));
}

TEST_CASE("Fairness counts become the statistics engine's metrics, checked by hand",
          "[importers][evidently]")
{
    const ImportBatch batch = mapped("evaluations.json");
    REQUIRE(batch.fairness.size() == 1);
    const FairnessReport &report = batch.fairness[0].item;
    CHECK(report.protectedAttribute == u"sex");
    CHECK(report.privilegedGroup == u"male");
    CHECK(report.favourableOutcome == u"approved");
    CHECK(report.source == u"evaluation:evaluations.json#fairness[0]");
    REQUIRE(report.groups.size() == 2);
    // male (privileged): tp 40 fp 10 tn 40 fn 10, n 100 → selection (40+10)/100 = 0.5,
    // TPR 40/50 = 0.8, FPR 10/50 = 0.2, accuracy 80/100 = 0.8.
    const FairnessGroup &male = report.groups[0];
    CHECK(male.count == 100);
    CHECK(male.selectionRate.value() == Approx(0.5));
    CHECK(male.tpr.value() == Approx(0.8));
    CHECK(male.fpr.value() == Approx(0.2));
    CHECK(male.accuracy.value() == Approx(0.8));
    CHECK(male.brier == 0.12); // the file's mean Brier score, kept
    // female: tp 15 fp 5 tn 60 fn 20, n 100 → selection 20/100 = 0.2, TPR 15/35 = 0.428571…,
    // FPR 5/65 = 0.076923…
    const FairnessGroup &female = report.groups[1];
    CHECK(female.selectionRate.value() == Approx(0.2));
    CHECK(female.tpr.value() == Approx(15.0 / 35.0));
    CHECK(female.fpr.value() == Approx(5.0 / 65.0));
    CHECK_FALSE(female.brier.has_value());
    // Disparate impact 0.2 / 0.5 = 0.4; statistical parity 0.2 − 0.5 = −0.3;
    // equal opportunity 0.428571 − 0.8 = −0.371429;
    // average odds ((0.076923 − 0.2) + (0.428571 − 0.8)) / 2 = −0.247253;
    // demographic parity difference 0.5 − 0.2 = 0.3, ratio 0.2 / 0.5 = 0.4;
    // equalized odds max(0.8 − 0.428571, 0.2 − 0.076923) = 0.371429.
    CHECK(report.disparateImpact.value() == Approx(0.4));
    CHECK(report.statisticalParityDifference.value() == Approx(-0.3));
    CHECK(report.equalOpportunityDifference.value() == Approx(-0.3714285714));
    CHECK(report.averageOddsDifference.value() == Approx(-0.2472527473));
    CHECK(report.demographicParityDifference.value() == Approx(0.3));
    CHECK(report.demographicParityRatio.value() == Approx(0.4));
    CHECK(report.equalizedOddsDifference.value() == Approx(0.3714285714));
    CHECK(report.undefinedReasonsJson == u"{}");
    // The four-fifths rule flags DI and DP ratio; with ±0.2 all five differences are beyond.
    REQUIRE(report.flags.size() == 7);
    CHECK(Test::text(report.flags.at(0)) == "disparate_impact 0.4000 < 0.8 (four-fifths rule)");
    CHECK(Test::text(report.flags.at(2))
          == "statistical_parity_difference -0.3000 beyond ±0.2 (policy threshold)");
    // With a ±0.4 policy only the ratios are flagged.
    CHECK(mapped("evaluations.json", 0.4).fairness[0].item.flags.size() == 2);
}

TEST_CASE("Pooled unprivileged groups of a CSV attribute give AIF360's disparate impact",
          "[importers][evidently]")
{
    const ImportBatch batch = mapped("fairness.csv");
    REQUIRE(batch.fairness.size() == 2);
    const FairnessReport &age = batch.fairness[1].item;
    CHECK(age.source == u"evaluation:fairness.csv#line 4");
    // privileged 25_to_60: (30 + 10) / 100 = 0.4; unprivileged under_25 + over_60 pooled:
    // tp 5 + 10, fp 5 + 2, n 40 + 50 → (15 + 7) / 90 = 0.24444; DI = 0.24444 / 0.4 = 0.61111.
    CHECK(age.disparateImpact.value() == Approx(22.0 / 90.0 / 0.4));
    CHECK(age.statisticalParityDifference.value() == Approx(22.0 / 90.0 - 0.4));
    // Fairlearn spans every group: under_25 10/40 = 0.25, 25_to_60 0.4, over_60 12/50 = 0.24
    // → difference 0.4 − 0.24 = 0.16, ratio 0.24 / 0.4 = 0.6.
    CHECK(age.demographicParityDifference.value() == Approx(0.16));
    CHECK(age.demographicParityRatio.value() == Approx(0.6));
}

TEST_CASE("A group without positives leaves the rates it needs undefined, with the reason",
          "[importers][evidently]")
{
    const QByteArray csv = "attribute,group,privileged,tp,fp,tn,fn\n"
                           "sex,male,1,10,5,30,5\n"
                           "sex,female,0,0,4,36,0\n";
    const ImportBatch batch = mapEvaluationFile(
        parseEvaluationFile(csv, QStringLiteral("u.csv"), {}), kKey, QStringLiteral("u.csv"));
    const FairnessReport &report = batch.fairness.at(0).item;
    CHECK_FALSE(report.equalOpportunityDifference.has_value());
    const QJsonObject reasons
        = QJsonDocument::fromJson(report.undefinedReasonsJson.toUtf8()).object();
    CHECK(reasons.contains(QStringLiteral("equal_opportunity_difference")));
    // selection: male 15/50 = 0.3, female 4/40 = 0.1 → DI 0.1 / 0.3 = 0.3333.
    CHECK(report.disparateImpact.value() == Approx(1.0 / 3.0));
}
