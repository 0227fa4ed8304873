// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelpage/evaluationmatrix.h"
#include "modelpagefixture.h"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using Catch::Approx;

namespace {

struct EvaluationFixture : Test::ModelPageFixture
{
    EvaluationFixture()
    {
        modelId = addModel(QStringLiteral("loan-default"), 2);
        production = addVersion(modelId, QStringLiteral("1.0.0"), Stage::Production);
        addEvaluation(production, QStringLiteral("accuracy"), 0.90);
        addEvaluation(production, QStringLiteral("recall"), 0.70);
    }

    qint64 modelId = 0;
    qint64 production = 0;
};

} // namespace

TEST_CASE_METHOD(EvaluationFixture,
                 "Accuracy below the tier's minimum fails, with the delta against production",
                 "[modelpage]")
{
    const qint64 candidate = addVersion(modelId, QStringLiteral("1.2.0"), Stage::Staging);
    addEvaluation(candidate, QStringLiteral("accuracy"), 0.78);

    const std::optional<EvaluationMatrix> matrix = readEvaluationMatrix(db(), candidate);
    REQUIRE(matrix);
    CHECK(matrix->version == QStringLiteral("1.2.0"));
    CHECK_FALSE(matrix->isProduction);
    CHECK(matrix->productionVersionId == production);
    CHECK(matrix->productionVersion == QStringLiteral("1.0.0"));
    CHECK(matrix->policyTier == 2);
    CHECK(matrix->minAccuracy == Approx(0.80)); // the tier 2 default of schema 3
    REQUIRE(matrix->rows.size() == 1);
    const EvaluationMatrixRow &row = matrix->rows.front();
    CHECK(row.metric == QStringLiteral("accuracy"));
    CHECK(row.value == Approx(0.78));
    CHECK(row.productionValue == Approx(0.90));
    CHECK(*row.delta == Approx(-0.12));                      // 0.78 − 0.90
    CHECK(*row.changePct == Approx(-13.3333).epsilon(1e-4)); // −0.12 / 0.90 × 100
    CHECK(row.minimum == Approx(0.80));
    CHECK(row.threshold == RuleResult::Failed); // 0.78 < 0.80
    CHECK(*row.regressionPct == Approx(13.33)); // (0.90 − 0.78) / 0.90 × 100 = 13.333… → 13.33
    CHECK(row.regression == RuleResult::Failed); // > 1.0 %
    CHECK(matrix->failedCount() == 1);
}

TEST_CASE_METHOD(EvaluationFixture,
                 "A loss within the regression allowance passes and other metrics have no rule",
                 "[modelpage]")
{
    const qint64 candidate = addVersion(modelId, QStringLiteral("1.1.0"), Stage::Staging);
    addEvaluation(candidate, QStringLiteral("accuracy"), 0.895);
    addEvaluation(candidate, QStringLiteral("recall"), 0.75);

    const std::optional<EvaluationMatrix> matrix = readEvaluationMatrix(db(), candidate);
    REQUIRE(matrix);
    REQUIRE(matrix->rows.size() == 2);
    const EvaluationMatrixRow &accuracy = matrix->rows[0];
    CHECK(accuracy.threshold == RuleResult::Passed);  // 0.895 ≥ 0.80
    CHECK(*accuracy.regressionPct == Approx(0.56));   // 0.005 / 0.90 × 100 = 0.5556 → 0.56
    CHECK(accuracy.regression == RuleResult::Passed); // ≤ 1.0 %
    const EvaluationMatrixRow &recall = matrix->rows[1];
    CHECK(recall.metric == QStringLiteral("recall"));
    CHECK(*recall.delta == Approx(0.05));                       // 0.75 − 0.70
    CHECK(*recall.changePct == Approx(7.142857).epsilon(1e-5)); // 0.05 / 0.70 × 100
    CHECK(recall.threshold == RuleResult::NotApplicable);
    CHECK(recall.regression == RuleResult::NotApplicable);
    CHECK_FALSE(recall.minimum);
    CHECK(matrix->failedCount() == 0);
}

TEST_CASE_METHOD(EvaluationFixture,
                 "Each metric, split and segment shows its newest value, the test split first",
                 "[modelpage]")
{
    const qint64 candidate = addVersion(modelId, QStringLiteral("1.1.0"), Stage::Staging);
    addEvaluation(candidate, QStringLiteral("accuracy"), 0.85, QStringLiteral("production"),
                  QStringLiteral("all"), 20);
    addEvaluation(candidate, QStringLiteral("accuracy"), 0.83, QStringLiteral("production"),
                  QStringLiteral("all"), 27);
    addEvaluation(candidate, QStringLiteral("accuracy"), 0.88, QStringLiteral("validation"));
    addEvaluation(candidate, QStringLiteral("accuracy"), 0.79, QStringLiteral("test"),
                  QStringLiteral("sex=female"));
    addEvaluation(candidate, QStringLiteral("accuracy"), 0.86, QStringLiteral("test"),
                  QStringLiteral("all"), 5);
    addEvaluation(candidate, QStringLiteral("accuracy"), 0.91, QStringLiteral("test"),
                  QStringLiteral("all"), 12);

    const std::optional<EvaluationMatrix> matrix = readEvaluationMatrix(db(), candidate);
    REQUIRE(matrix);
    REQUIRE(matrix->rows.size() == 4);
    CHECK(matrix->rows[0].split == QStringLiteral("test"));
    CHECK(matrix->rows[0].segment == QStringLiteral("all"));
    CHECK(matrix->rows[0].value == Approx(0.91)); // day 12 is newer than day 5
    CHECK(matrix->rows[0].measurements == 2);
    CHECK(matrix->rows[1].segment == QStringLiteral("sex=female"));
    CHECK(matrix->rows[1].threshold == RuleResult::NotApplicable); // a group, not the whole
    CHECK_FALSE(matrix->rows[1].productionValue);                  // production has no such row
    CHECK(matrix->rows[2].split == QStringLiteral("validation"));
    CHECK(matrix->rows[3].split == QStringLiteral("production"));
    CHECK(matrix->rows[3].value == Approx(0.83)); // the week of the 27th
    CHECK(matrix->rows[3].measurements == 2);
}

TEST_CASE_METHOD(EvaluationFixture, "The version in production is compared with nothing",
                 "[modelpage]")
{
    const std::optional<EvaluationMatrix> matrix = readEvaluationMatrix(db(), production);
    REQUIRE(matrix);
    CHECK(matrix->isProduction);
    CHECK_FALSE(matrix->productionVersionId);
    REQUIRE(matrix->rows.size() == 2);
    CHECK_FALSE(matrix->rows[0].delta);
    CHECK(matrix->rows[0].threshold == RuleResult::Passed); // 0.90 ≥ 0.80
    CHECK(matrix->rows[0].regression == RuleResult::NotApplicable);
    CHECK_FALSE(readEvaluationMatrix(db(), 9999));
}
