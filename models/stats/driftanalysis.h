// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "binning.h"
#include "driftmethod.h"
#include "samplecolumn.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace Quorum {

/// What to compute for each column.
struct DriftOptions
{
    DriftMethod method = DriftMethod::Auto;
    int bins = 10;                   ///< PSI's quantile bins
    std::optional<double> threshold; ///< overrides defaultDriftThreshold() of every method
};

/// The drift of one column between a reference and a current sample.
struct DriftResult
{
    QString column;
    ColumnType type = ColumnType::Numeric;
    DriftMethod method = DriftMethod::Psi; ///< never Auto: the method actually used
    double statistic = 0.0;       ///< may be +∞ (χ² with a category the reference never saw)
    std::optional<double> pValue; ///< KS and χ² only
    double threshold = 0.1;
    DriftDirection direction = DriftDirection::DistanceAbove;
    bool drift = false;
    std::int64_t referenceSize = 0; ///< present values used
    std::int64_t currentSize = 0;
    std::int64_t referenceMissing = 0;
    std::int64_t currentMissing = 0;
    BinnedShares bins; ///< the distributions compared (for PSI/JS/Hellinger/χ², and for charts)
};

/// Compares one column present in both samples. How each method bins a numeric column:
/// - PSI: options.bins bins at the reference's quantiles (binning.h), or one bin per value when
///   the reference has no more distinct values than that; empty bins count as 0.0001.
/// - Jensen–Shannon (natural log) and Hellinger: Evidently's Sturges bins over both samples, or
///   one bin per value when the reference has at most 20 distinct values (as Evidently).
/// - χ²: one category per value. KS and Wasserstein use the values themselves; Wasserstein is
///   divided by the reference's standard deviation, floored at 0.001 (as Evidently).
/// Categorical columns use one bin per category for every method. Numeric and categorical columns
/// of the same name are compared as categories when their types differ. Throws
/// StatsError(InvalidInput) when either side has no present values, or when a numeric-only method
/// (KS, Wasserstein) is asked of a categorical column.
DriftResult analyzeColumnDrift(const SampleColumn &reference, const SampleColumn &current,
                               const DriftOptions &options);

/// Compares every column of @p reference that @p current also has, in reference order.
/// Throws StatsError(Column) naming the file when a column of the reference is missing from
/// the current sample.
std::vector<DriftResult> analyzeDrift(const SampleTable &reference, const SampleTable &current,
                                      const DriftOptions &options);

} // namespace Quorum
