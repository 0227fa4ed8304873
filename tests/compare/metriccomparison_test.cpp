// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/compareversions.h"
#include "comparefixture.h"
#include "governance/policyrepository.h"
#include "governance/releasechecks.h"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <algorithm>

using namespace Quorum;
using Catch::Approx;

namespace {

const MetricComparison &row(const VersionComparison &c, const QString &metric,
                            const QString &split = QStringLiteral("test"))
{
    const auto found = std::find_if(c.metrics.begin(), c.metrics.end(), [&](const auto &m) {
        return m.metric == metric && m.split == split && m.segment == u"all";
    });
    REQUIRE(found != c.metrics.end());
    return *found;
}

// Production 1.1.0 against staging 1.2.0 of a tier-2 model (allowance 1.0 %).
struct MetricsFixture : Test::CompareFixture
{
    MetricsFixture()
    {
        addVersion(QStringLiteral("1.0.0"), Stage::Deprecated);
        production = addVersion(QStringLiteral("1.1.0"), Stage::Production);
        candidate = addVersion(QStringLiteral("1.2.0"), Stage::Staging);
        addMetric(production, QStringLiteral("accuracy"), 0.85, QStringLiteral("test"), 9);
        addMetric(production, QStringLiteral("accuracy"), 0.90); // the newer value counts
        addMetric(candidate, QStringLiteral("accuracy"), 0.8892);
        addMetric(production, QStringLiteral("f1"), 0.80);
        addMetric(candidate, QStringLiteral("f1"), 0.7936);
        addMetric(production, QStringLiteral("latency_p95_ms"), 40.0);
        addMetric(candidate, QStringLiteral("latency_p95_ms"), 42.0);
        addMetric(production, QStringLiteral("log_loss"), 0.30);
        addMetric(candidate, QStringLiteral("log_loss"), 0.27);
        addMetric(production, QStringLiteral("roc_auc"), 0.95);
        addMetric(candidate, QStringLiteral("throughput"), 200.0);
        addMetric(production, QStringLiteral("bias_pct"), 1.0);
        addMetric(candidate, QStringLiteral("bias_pct"), 2.0);
        addMetric(production, QStringLiteral("accuracy"), 0.92, QStringLiteral("validation"));
        addMetric(candidate, QStringLiteral("accuracy"), 0.92, QStringLiteral("validation"));
    }

    qint64 production = 0;
    qint64 candidate = 0;
};

} // namespace

TEST_CASE_METHOD(MetricsFixture, "A 1.2 % accuracy drop is a regression, a 0.8 % f1 drop is not",
                 "[compare]")
{
    const VersionComparison c = compareVersions(db(), candidate);
    CHECK(c.allowedRegressionPct == 1.0);

    // Newest baseline accuracy 0.90 (not the older 0.85): (0.90 − 0.8892) / 0.90 = 1.2 %.
    const MetricComparison &accuracy = row(c, QStringLiteral("accuracy"));
    CHECK(accuracy.baseline == Approx(0.90));
    CHECK(accuracy.candidate == Approx(0.8892));
    CHECK(*accuracy.delta == Approx(-0.0108));
    CHECK(*accuracy.deltaPct == Approx(-1.2));
    CHECK(*accuracy.worseningPct == Approx(1.2));
    CHECK(accuracy.direction == MetricDirection::HigherIsBetter);
    CHECK(accuracy.verdict == MetricVerdict::Regression);

    // (0.80 − 0.7936) / 0.80 = 0.8 %: worse, within the 1.0 % allowance.
    const MetricComparison &f1 = row(c, QStringLiteral("f1"));
    CHECK(*f1.worseningPct == Approx(0.8));
    CHECK(f1.verdict == MetricVerdict::WorseWithinAllowance);
    CHECK_FALSE(f1.isRegression());
}

TEST_CASE_METHOD(MetricsFixture, "A latency increase is worse and a log-loss decrease is better",
                 "[compare]")
{
    const VersionComparison c = compareVersions(db(), candidate);
    // 40 → 42 ms: +2 ms, +5 % of 40, lower is better, so 5 % worse > 1 %.
    const MetricComparison &latency = row(c, QStringLiteral("latency_p95_ms"));
    CHECK(latency.direction == MetricDirection::LowerIsBetter);
    CHECK(*latency.delta == Approx(2.0));
    CHECK(*latency.deltaPct == Approx(5.0));
    CHECK(*latency.worseningPct == Approx(5.0));
    CHECK(latency.verdict == MetricVerdict::Regression);

    // 0.30 → 0.27: −10 %, an improvement.
    const MetricComparison &logLoss = row(c, QStringLiteral("log_loss"));
    CHECK(*logLoss.deltaPct == Approx(-10.0));
    CHECK(*logLoss.worseningPct == Approx(-10.0));
    CHECK(logLoss.verdict == MetricVerdict::Improved);

    // bias_pct has no better direction: its change is shown, never judged.
    const MetricComparison &bias = row(c, QStringLiteral("bias_pct"));
    CHECK(bias.verdict == MetricVerdict::Changed);
    CHECK_FALSE(bias.worseningPct);

    CHECK(row(c, QStringLiteral("accuracy"), QStringLiteral("validation")).verdict
          == MetricVerdict::Unchanged);
    CHECK(c.regressionCount() == 2); // accuracy and latency
}

TEST_CASE_METHOD(MetricsFixture, "A metric of only one version is missing on the other side",
                 "[compare]")
{
    const VersionComparison c = compareVersions(db(), candidate);
    const MetricComparison &auc = row(c, QStringLiteral("roc_auc"));
    CHECK(auc.baseline == Approx(0.95));
    CHECK_FALSE(auc.candidate);
    CHECK_FALSE(auc.delta);
    CHECK(auc.verdict == MetricVerdict::OnlyInBaseline);

    const MetricComparison &throughput = row(c, QStringLiteral("throughput"));
    CHECK_FALSE(throughput.baseline);
    CHECK(throughput.candidate == Approx(200.0));
    CHECK(throughput.verdict == MetricVerdict::OnlyInCandidate);

    // Eight keys: test accuracy, bias_pct, f1, latency, log_loss, roc_auc, throughput, then
    // validation accuracy — test split first.
    REQUIRE(c.metrics.size() == 8);
    CHECK(c.metrics.front().split == QStringLiteral("test"));
    CHECK(c.metrics.back().split == QStringLiteral("validation"));
}

TEST_CASE_METHOD(MetricsFixture, "Compare judges accuracy exactly as the release check does",
                 "[compare]")
{
    const Policy policy = PolicyRepository(db()).current(2);
    const auto checks = runReleaseChecks(db(), policy, candidate, production, QDate(2026, 3, 2));
    const auto check = std::find_if(checks.begin(), checks.end(), [](const auto &c) {
        return c.name == u"regression_vs_production";
    });
    REQUIRE(check != checks.end());
    const MetricComparison &accuracy
        = row(compareVersions(db(), candidate), QStringLiteral("accuracy"));
    CHECK(*check->actual == *accuracy.worseningPct);
    CHECK(check->passed == !accuracy.isRegression());
    CHECK(check->threshold == accuracy.allowedPct);
}

TEST_CASE_METHOD(MetricsFixture, "The allowance comes from the current policy of the model's tier",
                 "[compare]")
{
    addPolicyVersion(2, 1.5);
    addPolicyVersion(3, 0.5); // another tier's policy changes nothing here
    const VersionComparison c = compareVersions(db(), candidate);
    CHECK(c.policyVersion == 2);
    CHECK(c.allowedRegressionPct == 1.5);
    // 1.2 % ≤ 1.5 %: now within the allowance; latency's 5 % still is not.
    CHECK(row(c, QStringLiteral("accuracy")).verdict == MetricVerdict::WorseWithinAllowance);
    CHECK(row(c, QStringLiteral("latency_p95_ms")).allowedPct == 1.5);
    CHECK(c.regressionCount() == 1);
}

TEST_CASE("Metric names say which way is better", "[compare]")
{
    for (const char *name : {"accuracy", "f1", "roc_auc", "pr_auc", "recall", "throughput",
                             "ndcg_at_10", "silhouette"}) {
        INFO(name);
        CHECK(metricDirection(QLatin1String(name)) == MetricDirection::HigherIsBetter);
    }
    for (const char *name : {"log_loss", "brier", "latency_p50_ms", "latency_p99_ms", "mae", "rmse",
                             "mape", "error_rate", "davies_bouldin"}) {
        INFO(name);
        CHECK(metricDirection(QLatin1String(name)) == MetricDirection::LowerIsBetter);
    }
    CHECK(metricDirection(QStringLiteral("bias_pct")) == MetricDirection::Neutral);
}

TEST_CASE("An error rate rising from 0 is a regression whatever the allowance", "[compare]")
{
    std::optional<double> worsening;
    CHECK(judgeMetric(MetricDirection::LowerIsBetter, 0.0, 0.01, 1.0, &worsening)
          == MetricVerdict::Regression);
    CHECK_FALSE(worsening);
    CHECK(judgeMetric(MetricDirection::HigherIsBetter, 0.0, 0.5, 1.0) == MetricVerdict::Improved);
}
