// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/compareversions.h"
#include "comparefixture.h"
#include "governance/governanceerror.h"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using Catch::Approx;

namespace {

GovernanceError refusal(Database &db, qint64 candidate, std::optional<qint64> baseline)
{
    try {
        compareVersions(db, candidate, baseline);
    } catch (const GovernanceError &error) {
        return error;
    }
    FAIL("the comparison was made where it should have been refused");
    return GovernanceError(GovernanceErrorKind::NotFound, {});
}

FairnessReport sexReport(qint64 versionId, std::vector<FairnessGroup> groups, double di,
                         const QDateTime &recordedAt)
{
    FairnessReport r;
    r.versionId = versionId;
    r.protectedAttribute = QStringLiteral("sex");
    r.privilegedGroup = QStringLiteral("male");
    r.groups = std::move(groups);
    r.disparateImpact = di;
    r.recordedAt = recordedAt;
    if (di < 0.8) {
        r.flags << QStringLiteral("disparate_impact < 0.8 (four-fifths rule)");
    }
    return r;
}

} // namespace

TEST_CASE("By default a staging candidate is compared with the version in production", "[compare]")
{
    Test::CompareFixture f;
    f.addVersion(QStringLiteral("1.0.0"), Stage::Deprecated);
    const qint64 production = f.addVersion(QStringLiteral("1.1.0"), Stage::Production);
    const qint64 candidate = f.addVersion(QStringLiteral("1.2.0"), Stage::Staging);
    const VersionComparison c = compareVersions(f.db(), candidate);
    CHECK(c.model.name == QStringLiteral("churn"));
    CHECK(c.candidate.id == candidate);
    REQUIRE(c.baseline);
    CHECK(c.baseline->id == production);
    CHECK(c.baselineKind == BaselineKind::Production);
}

TEST_CASE("The version in production is compared with the newest version before it", "[compare]")
{
    Test::CompareFixture f;
    f.addVersion(QStringLiteral("1.0.0"), Stage::Archived);
    const qint64 previous = f.addVersion(QStringLiteral("1.9.0"), Stage::Deprecated);
    const qint64 production = f.addVersion(QStringLiteral("1.10.0"), Stage::Production);
    f.addVersion(QStringLiteral("2.0.0"), Stage::Development);
    const VersionComparison c = compareVersions(f.db(), production);
    REQUIRE(c.baseline);
    CHECK(c.baseline->id == previous); // 1.9.0 < 1.10.0, and 2.0.0 is newer, not before
    CHECK(c.baselineKind == BaselineKind::PreviousVersion);
}

TEST_CASE("Without a version in production the newest earlier version is the baseline; the "
          "first version has none",
          "[compare]")
{
    Test::CompareFixture f;
    const qint64 first = f.addVersion(QStringLiteral("0.1.0"), Stage::Development);
    const qint64 second = f.addVersion(QStringLiteral("0.2.0"), Stage::Staging);
    f.addMetric(second, QStringLiteral("accuracy"), 0.7);

    const VersionComparison c = compareVersions(f.db(), second);
    REQUIRE(c.baseline);
    CHECK(c.baseline->id == first);
    CHECK(c.baselineKind == BaselineKind::PreviousVersion);

    const VersionComparison alone = compareVersions(f.db(), first);
    CHECK_FALSE(alone.baseline);
    CHECK(alone.baselineKind == BaselineKind::None);

    // The accuracy of 0.2.0 is its own: against an empty baseline it is only in the candidate.
    REQUIRE(c.metrics.size() == 1);
    CHECK(c.metrics[0].verdict == MetricVerdict::OnlyInCandidate);
    CHECK(c.regressionCount() == 0);
}

TEST_CASE("A chosen baseline is used, and the candidate itself or another model's version is "
          "refused",
          "[compare]")
{
    Test::CompareFixture f;
    const qint64 old = f.addVersion(QStringLiteral("1.0.0"), Stage::Deprecated);
    f.addVersion(QStringLiteral("1.1.0"), Stage::Production);
    const qint64 candidate = f.addVersion(QStringLiteral("1.2.0"), Stage::Staging);

    const VersionComparison c = compareVersions(f.db(), candidate, old);
    REQUIRE(c.baseline);
    CHECK(c.baseline->id == old);
    CHECK(c.baselineKind == BaselineKind::Chosen);

    const GovernanceError self = refusal(f.db(), candidate, candidate);
    CHECK(self.kind() == GovernanceErrorKind::InvalidInput);
    CHECK(self.message()
          == QStringLiteral("Version 1.2.0 cannot be compared with itself; choose another "
                            "baseline."));

    const GovernanceError other = refusal(f.db(), candidate, f.addOtherModelVersion());
    CHECK(other.kind() == GovernanceErrorKind::InvalidInput);
    CHECK(other.message().contains(QStringLiteral("only versions of one model")));

    const GovernanceError missing = refusal(f.db(), 9999, std::nullopt);
    CHECK(missing.kind() == GovernanceErrorKind::NotFound);
    CHECK(missing.message()
          == QStringLiteral("There is no model version with id 9999 (any more)."));
}

TEST_CASE("Fairness groups are aligned by name and the newest report of each side counts",
          "[compare]")
{
    Test::CompareFixture f;
    const qint64 production = f.addVersion(QStringLiteral("1.1.0"), Stage::Production);
    const qint64 candidate = f.addVersion(QStringLiteral("1.2.0"), Stage::Staging);
    const QDateTime now = f.db().now();
    using Test::fairnessGroup;
    f.addFairness(sexReport(production, {fairnessGroup(QStringLiteral("female"), 10, 0.1)}, 0.5,
                            now.addDays(-30))); // an older report: ignored
    f.addFairness(sexReport(production,
                            {fairnessGroup(QStringLiteral("female"), 400, 0.34),
                             fairnessGroup(QStringLiteral("male"), 500, 0.40),
                             fairnessGroup(QStringLiteral("unknown"), 20, 0.30)},
                            0.85, now.addDays(-2)));
    f.addFairness(sexReport(candidate,
                            {fairnessGroup(QStringLiteral("male"), 520, 0.44),
                             fairnessGroup(QStringLiteral("female"), 410, 0.33),
                             fairnessGroup(QStringLiteral("other"), 15, 0.20)},
                            0.75, now.addDays(-1)));

    const VersionComparison c = compareVersions(f.db(), candidate);
    REQUIRE(c.fairness.size() == 1);
    const FairnessAttributeComparison &sex = c.fairness[0];
    CHECK(sex.attribute == QStringLiteral("sex"));
    CHECK(sex.privilegedGroup == QStringLiteral("male"));
    // The candidate's groups (stored by name), then the one only the baseline has.
    REQUIRE(sex.groups.size() == 4);
    CHECK(sex.groups[0].name == QStringLiteral("female"));
    CHECK(sex.groups[0].baseline->count == 400);
    CHECK(*sex.groups[0].baseline->selectionRate == Approx(0.34));
    CHECK(sex.groups[0].candidate->count == 410);
    CHECK(*sex.groups[0].candidate->selectionRate == Approx(0.33));
    CHECK(sex.groups[1].name == QStringLiteral("male"));
    CHECK(sex.groups[1].baseline->count == 500);
    CHECK(sex.groups[1].candidate->count == 520);
    CHECK(sex.groups[2].name == QStringLiteral("other"));
    CHECK_FALSE(sex.groups[2].baseline);
    CHECK(sex.groups[3].name == QStringLiteral("unknown"));
    CHECK_FALSE(sex.groups[3].candidate);

    REQUIRE(sex.summary.size() == 1); // only disparate impact is stored
    CHECK(sex.summary[0].metric == FairnessSummaryMetric::DisparateImpact);
    CHECK(*sex.summary[0].baseline == Approx(0.85));
    CHECK(*sex.summary[0].candidate == Approx(0.75));
    CHECK(sex.baselineFlags.isEmpty());
    CHECK(sex.candidateFlags
          == QStringList{QStringLiteral("disparate_impact < 0.8 (four-fifths rule)")});
}

TEST_CASE("Drift shows each side's latest window per feature", "[compare]")
{
    Test::CompareFixture f;
    const qint64 production = f.addVersion(QStringLiteral("1.1.0"), Stage::Production);
    const qint64 candidate = f.addVersion(QStringLiteral("1.2.0"), Stage::Staging);
    f.addPsi(production, QStringLiteral("income"), 0.05, DriftStatus::Stable, 2);
    f.addPsi(production, QStringLiteral("income"), 0.12, DriftStatus::Warning, 1);
    f.addPsi(candidate, QStringLiteral("income"), 0.22, DriftStatus::Drift, 1);
    f.addPsi(candidate, QStringLiteral("tenure"), 0.03, DriftStatus::Stable, 1);

    const VersionComparison c = compareVersions(f.db(), candidate);
    REQUIRE(c.drift.size() == 2);
    const DriftComparison &income = c.drift[0];
    CHECK(income.feature == QStringLiteral("income"));
    CHECK(income.statistic == QStringLiteral("psi"));
    CHECK(income.baseline->value == Approx(0.12)); // the week ending 22 Feb, not 15 Feb
    CHECK(income.baseline->windowEnd == QDate(2026, 2, 22));
    CHECK(income.baseline->status == DriftStatus::Warning);
    CHECK(income.candidate->value == Approx(0.22));
    CHECK(income.isWorse()); // warning → drift

    const DriftComparison &tenure = c.drift[1];
    CHECK_FALSE(tenure.baseline);
    CHECK(tenure.candidate->status == DriftStatus::Stable);
    CHECK_FALSE(tenure.isWorse());
}

TEST_CASE("Model-card changes run from the baseline's latest revision to the candidate's",
          "[compare]")
{
    Test::CompareFixture f;
    const qint64 production = f.addVersion(QStringLiteral("1.1.0"), Stage::Production);
    const qint64 candidate = f.addVersion(QStringLiteral("1.2.0"), Stage::Staging);
    f.addCard(production, QStringLiteral("Scores churn"));
    f.addCard(production, QStringLiteral("Scores churn monthly"));
    f.addCard(candidate, QStringLiteral("Scores churn weekly"));

    const VersionComparison c = compareVersions(f.db(), candidate);
    CHECK(c.baselineCardRevision == 2);
    CHECK(c.candidateCardRevision == 1);
    REQUIRE(c.cardChanges.size() == 1);
    CHECK(c.cardChanges[0].kind == ModelCardFieldChange::Kind::Changed);
    CHECK(c.cardChanges[0].path == QStringLiteral("model_details.overview"));
    CHECK(c.cardChanges[0].before == QStringLiteral("Scores churn monthly"));
    CHECK(c.cardChanges[0].after == QStringLiteral("Scores churn weekly"));
}
