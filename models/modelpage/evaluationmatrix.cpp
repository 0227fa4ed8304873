// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationmatrix.h"

#include "governance/policyrepository.h"
#include "storage/evaluationrepository.h"
#include "storage/modelrepository.h"
#include "storage/versionrepository.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace Quorum {

namespace {

const QString kAccuracy = QStringLiteral("accuracy");
const QString kTest = QStringLiteral("test");
const QString kAll = QStringLiteral("all");

int splitRank(const QString &split)
{
    static const QStringList kOrder{kTest, QStringLiteral("validation"), QStringLiteral("train"),
                                    QStringLiteral("production")};
    const qsizetype rank = kOrder.indexOf(split);
    return rank < 0 ? static_cast<int>(kOrder.size()) : static_cast<int>(rank);
}

auto sortKey(const EvaluationMatrixRow &row)
{
    return std::tuple(splitRank(row.split), row.metric, row.segment != kAll, row.segment);
}

// The newest value per metric, split and segment (forVersion lists them oldest first within
// each), with how many values there are.
std::vector<EvaluationMatrixRow> newestRows(const std::vector<Evaluation> &evaluations)
{
    std::vector<EvaluationMatrixRow> rows;
    for (const Evaluation &e : evaluations) {
        EvaluationMatrixRow *row = rows.empty() ? nullptr : &rows.back();
        if (row && row->metric == e.metric && row->split == e.split && row->segment == e.segment) {
            row->value = e.value;
            row->recordedAt = e.recordedAt;
            ++row->measurements;
        } else {
            EvaluationMatrixRow added;
            added.metric = e.metric;
            added.split = e.split;
            added.segment = e.segment;
            added.value = e.value;
            added.recordedAt = e.recordedAt;
            rows.push_back(std::move(added));
        }
    }
    return rows;
}

const EvaluationMatrixRow *findRow(const std::vector<EvaluationMatrixRow> &rows,
                                   const EvaluationMatrixRow &like)
{
    const auto found
        = std::find_if(rows.begin(), rows.end(), [&like](const EvaluationMatrixRow &r) {
              return r.metric == like.metric && r.split == like.split && r.segment == like.segment;
          });
    return found == rows.end() ? nullptr : &*found;
}

void applyRules(EvaluationMatrixRow &row, const EvaluationMatrix &matrix)
{
    if (row.metric != kAccuracy || row.split != kTest || row.segment != kAll) {
        return;
    }
    row.minimum = matrix.minAccuracy;
    row.threshold = row.value >= matrix.minAccuracy ? RuleResult::Passed : RuleResult::Failed;
    if (row.productionValue && *row.productionValue > 0) {
        const double loss = (*row.productionValue - row.value) / *row.productionValue * 100.0;
        row.regressionPct = std::round(loss * 100.0) / 100.0;
        row.regression = *row.regressionPct <= matrix.maxRegressionPct ? RuleResult::Passed
                                                                       : RuleResult::Failed;
    }
}

} // namespace

int EvaluationMatrix::failedCount() const
{
    return static_cast<int>(
        std::count_if(rows.begin(), rows.end(), [](const EvaluationMatrixRow &r) {
            return r.threshold == RuleResult::Failed || r.regression == RuleResult::Failed;
        }));
}

std::optional<EvaluationMatrix> readEvaluationMatrix(Database &db, qint64 versionId)
{
    const VersionRepository versions(db);
    const std::optional<ModelVersion> version = versions.byId(versionId);
    const std::optional<Model> model
        = version ? ModelRepository(db).byId(version->modelId) : std::nullopt;
    if (!version || !model) {
        return std::nullopt;
    }
    const Policy policy = PolicyRepository(db).current(tierNumber(model->tier));
    EvaluationMatrix matrix;
    matrix.versionId = versionId;
    matrix.version = version->version.toString();
    matrix.isProduction = version->stage == Stage::Production;
    matrix.policyTier = policy.tier;
    matrix.policyVersion = policy.version;
    matrix.minAccuracy = policy.thresholds.minAccuracy;
    matrix.maxRegressionPct = policy.thresholds.maxRegressionPct;

    const EvaluationRepository evaluations(db);
    std::vector<EvaluationMatrixRow> baseline;
    const std::optional<ModelVersion> production = versions.inProduction(model->id);
    if (production && production->id != versionId) {
        matrix.productionVersionId = production->id;
        matrix.productionVersion = production->version.toString();
        baseline = newestRows(evaluations.forVersion(production->id));
    }
    matrix.rows = newestRows(evaluations.forVersion(versionId));
    for (EvaluationMatrixRow &row : matrix.rows) {
        if (const EvaluationMatrixRow *base = findRow(baseline, row)) {
            row.productionValue = base->value;
            row.delta = row.value - base->value;
            if (base->value != 0.0) {
                row.changePct = *row.delta / std::abs(base->value) * 100.0;
            }
        }
        applyRules(row, matrix);
    }
    std::stable_sort(matrix.rows.begin(), matrix.rows.end(),
                     [](const auto &a, const auto &b) { return sortKey(a) < sortKey(b); });
    return matrix;
}

} // namespace Quorum
