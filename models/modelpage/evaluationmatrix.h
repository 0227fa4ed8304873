// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace Quorum {

class Database;

/// How a metric fares against a rule of its tier's release policy.
enum class RuleResult {
    NotApplicable, ///< no rule applies to this metric, split and segment
    Passed,
    Failed,
};

/// The newest value of one metric of a version on one split and segment, beside the same
/// metric of the version in production and the release rules that apply to it.
struct EvaluationMatrixRow
{
    QString metric;
    QString split;
    QString segment;
    double value = 0.0;
    QDateTime recordedAt; ///< UTC, of the newest value
    int measurements = 1; ///< values recorded for it (several for production windows)

    std::optional<double> productionValue; ///< the production version's newest value
    std::optional<double> delta;           ///< value − productionValue
    std::optional<double> changePct;       ///< delta / |productionValue| × 100

    /// The policy's minimum, for accuracy on the test split over all rows (as the release
    /// check runs it): value ≥ minAccuracy passes.
    std::optional<double> minimum;
    RuleResult threshold = RuleResult::NotApplicable;
    /// The regression rule, for the same row: the loss against production in percent,
    /// (production − value) / production × 100 rounded to 2 decimals as the release check
    /// rounds it, passes when ≤ maxRegressionPct (negative is an improvement).
    std::optional<double> regressionPct;
    RuleResult regression = RuleResult::NotApplicable;
};

/// The metrics of one version for the Evaluation tab.
struct EvaluationMatrix
{
    qint64 versionId = 0;
    QString version; ///< "2.1.0"
    bool isProduction = false;
    std::optional<qint64> productionVersionId; ///< another version of the model in production
    QString productionVersion;
    int policyTier = 0;
    int policyVersion = 0;
    double minAccuracy = 0.0;
    double maxRegressionPct = 0.0;
    /// Test split first, then validation, train, production, others; by metric name; the
    /// segment "all" before the groups.
    std::vector<EvaluationMatrixRow> rows;

    int failedCount() const;
};

/// Reads the evaluation matrix of version @p versionId under the current policy of its
/// model's tier; nullopt when there is no such version. Only reads; throws DatabaseError (also
/// when the tier has no policy).
std::optional<EvaluationMatrix> readEvaluationMatrix(Database &db, qint64 versionId);

} // namespace Quorum
