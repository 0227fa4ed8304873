// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/fairnessreport.h"
#include "privilegedgroup.h"
#include "samplecolumn.h"

#include <QString>

#include <cstdint>
#include <map>
#include <optional>

namespace Quorum {

/// What a fairness analysis is asked of a predictions sample.
struct FairnessOptions
{
    QString labelColumn;
    QString predictionColumn; ///< equal to labelColumn for a dataset-level check
    QString scoreColumn;      ///< optional: probability of the favourable outcome (Brier)
    QString protectedColumn;
    PrivilegedGroup privileged;
    QString favourable = QStringLiteral("1"); ///< the favourable label/prediction value
    double fourFifths = 0.8; ///< disparate impact or demographic parity ratio below it: a flag
    std::optional<double> maxParityGap; ///< policy: flag |differences| above this (e.g. 0.20)
    int bootstrapSamples = 0;           ///< 0: no confidence intervals
    std::uint64_t bootstrapSeed = 20261122;
    double confidenceLevel = 0.95;
};

/// A two-sided percentile bootstrap confidence interval.
struct ConfidenceInterval
{
    double low = 0.0;
    double high = 0.0;
};

/// Everything computed from one predictions sample, in both conventions.
/// - AIF360 (signed, unprivileged − privileged, all unprivileged rows pooled):
///   statistical_parity_difference, disparate_impact, equal_opportunity_difference,
///   average_odds_difference.
/// - Fairlearn (unsigned, over every group of the attribute, max − min):
///   demographic_parity_difference, demographic_parity_ratio, equalized_odds_difference.
/// For a comparison (">25") the groups are the privileged rows and the rest; for a value they
/// are each distinct value of the attribute.
struct FairnessAnalysis
{
    FairnessReport report;           ///< groups, the stored metrics, flags, undefined reasons
    FairnessGroup privilegedGroup;   ///< the pooled privileged rows
    FairnessGroup unprivilegedGroup; ///< the pooled unprivileged rows
    /// Every summary metric by its name above; nullopt where undefined (the reason is in
    /// report.undefinedReasonsJson under the same name).
    std::map<QString, std::optional<double>> summary;
    std::map<QString, ConfidenceInterval> intervals; ///< when bootstrapSamples > 0
    std::int64_t rows = 0;                           ///< rows used
    std::int64_t skippedRows = 0; ///< rows with a missing label, prediction or attribute
};

/// Computes per-group counts and rates and the summary metrics from columns of one table.
/// Rows missing the label, the prediction or the attribute are skipped and counted.
/// Throws StatsError(Column) when a named column is missing from @p table or the favourable
/// value occurs in neither the label nor the prediction column (the message lists the values
/// found), and StatsError(InvalidInput) when no row is left, the privileged group is empty,
/// a comparison is asked of a categorical attribute, or the score column is not numeric.
FairnessAnalysis analyzeFairness(const SampleTable &table, const FairnessOptions &options);

} // namespace Quorum
