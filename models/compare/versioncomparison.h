// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/driftcomparison.h"
#include "compare/fairnesscomparison.h"
#include "compare/metriccomparison.h"
#include "domain/model.h"
#include "domain/modelversion.h"
#include "modelcards/modelcarddiff.h"

#include <optional>
#include <vector>

namespace Quorum {

/// How the baseline of a comparison was chosen.
enum class BaselineKind {
    Chosen,          ///< the caller named it
    Production,      ///< the model's version in production (the inbox's baseline)
    PreviousVersion, ///< the candidate is in production, or none is: the newest version before it
    None,            ///< nothing to compare with: the candidate is the model's first version
};

/// A candidate version beside a baseline of the same model: metric deltas judged by the
/// regression rule of the model's tier policy, fairness per group, drift status and model-card
/// changes. Everything is read from the database once; the struct is a plain value.
struct VersionComparison
{
    Model model;
    ModelVersion candidate;
    std::optional<ModelVersion> baseline; ///< nullopt when kind is None
    BaselineKind baselineKind = BaselineKind::None;

    qint64 policyId = 0;   ///< the tier policy whose allowance judged the metrics
    int policyVersion = 0; ///< its version number
    /// ReleaseThresholds::maxRegressionPct of that policy: a metric more than this many percent
    /// worse than the baseline (relative to the baseline) is a regression.
    double allowedRegressionPct = 1.0;

    /// Every metric / split / segment in either version: test split first, then validation,
    /// train, production, others; by metric name; the segment "all" before the groups.
    std::vector<MetricComparison> metrics;
    /// Every protected attribute with a report in either version, sorted by name.
    std::vector<FairnessAttributeComparison> fairness;
    /// Every feature / statistic observed for either version, sorted by feature, statistic.
    std::vector<DriftComparison> drift;

    std::optional<int> baselineCardRevision;  ///< latest card revision of the baseline
    std::optional<int> candidateCardRevision; ///< latest card revision of the candidate
    /// diffModelCards(latest card of the baseline, latest card of the candidate); a side
    /// without a card counts as an empty card.
    std::vector<ModelCardFieldChange> cardChanges;

    /// How many metrics are regressions.
    int regressionCount() const;
};

} // namespace Quorum
