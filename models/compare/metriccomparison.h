// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/evaluation.h"

#include <QString>

#include <optional>
#include <vector>

namespace Quorum {

/// Which way a metric improves.
enum class MetricDirection {
    HigherIsBetter, ///< accuracy, precision, recall, f1, roc_auc, pr_auc, throughput, …
    LowerIsBetter,  ///< log_loss, brier, latency_*, error rates, mae, rmse, mape, …
    Neutral,        ///< unknown names and signed ones such as bias_pct: shown, never judged
};

/// The direction of metric @p name (case-insensitive).
MetricDirection metricDirection(const QString &name);

/// What a metric's change means.
enum class MetricVerdict {
    Unchanged,
    Improved,
    WorseWithinAllowance, ///< worse, but by no more than the policy allows
    Regression,           ///< worse by more than the policy allows
    Changed,              ///< a Neutral metric whose value moved
    OnlyInBaseline,       ///< the candidate has no value: missing on that side
    OnlyInCandidate,      ///< the baseline has no value: missing on that side
};

/// One metric on one split and segment, latest value of each version.
struct MetricComparison
{
    QString metric;
    QString split;
    QString segment;
    std::optional<double> baseline;
    std::optional<double> candidate;
    MetricDirection direction = MetricDirection::Neutral;
    /// candidate − baseline, when both exist.
    std::optional<double> delta;
    /// (candidate − baseline) / |baseline| × 100, when both exist and the baseline is not 0.
    std::optional<double> deltaPct;
    /// How much worse the candidate is, in % of |baseline|, rounded to two decimals as the
    /// release check rounds it (negative: better). nullopt for Neutral metrics, a missing side
    /// or a zero baseline.
    std::optional<double> worseningPct;
    double allowedPct = 1.0; ///< the policy's allowance the verdict used
    MetricVerdict verdict = MetricVerdict::Unchanged;

    bool isRegression() const { return verdict == MetricVerdict::Regression; }
};

/// The regression rule of the release check (runReleaseChecks, "regression_vs_production"),
/// applied to every directional metric: worse by more than @p allowedPct percent of the
/// baseline, with the worsening rounded to two decimals first. A worsening from a baseline of 0
/// (an error rate that was 0) is always a regression.
MetricVerdict judgeMetric(MetricDirection direction, double baseline, double candidate,
                          double allowedPct, std::optional<double> *worseningPct = nullptr);

/// Lines up the latest value per metric / split / segment of @p baseline and @p candidate
/// (as EvaluationRepository::forVersion lists them: the newest recording wins, as
/// EvaluationRepository::latest picks it) and judges each with @p allowedPct.
std::vector<MetricComparison> compareMetrics(const std::vector<Evaluation> &baseline,
                                             const std::vector<Evaluation> &candidate,
                                             double allowedPct);

} // namespace Quorum
