// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvoptions.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace Quorum {

/// A drift statistic, or Auto to let chooseDriftMethod() pick one per column.
enum class DriftMethod {
    Auto,
    Psi,
    KolmogorovSmirnov,
    ChiSquare,
    JensenShannon,
    Wasserstein, ///< normalised by the reference's standard deviation
    Hellinger,
};

/// "auto", "psi", "ks", "chi2", "js", "wasserstein", "hellinger" — the keys of the CLI, the
/// JSON output and the drift_observations.statistic column.
QString driftMethodKey(DriftMethod method);
std::optional<DriftMethod> driftMethodFromKey(QStringView key);

/// How a result is compared with its threshold.
enum class DriftDirection {
    PValueBelow,   ///< a test: drift when the p-value is below the threshold
    DistanceAbove, ///< a distance: drift when the statistic reaches the threshold
};

DriftDirection driftDirection(DriftMethod method);
QString driftDirectionKey(DriftDirection direction); ///< "p_value_below" / "distance_above"

/// Evidently's default thresholds: 0.05 for the tests' p-values, 0.1 for the distances and PSI.
double defaultDriftThreshold(DriftMethod method);

/// Evidently's default choice for a column: with at most 1,000 reference values, KS for a
/// numeric column with more than 5 distinct values and χ² otherwise; with more, normalised
/// Wasserstein for a numeric column with more than 5 distinct values and Jensen–Shannon
/// otherwise.
DriftMethod chooseDriftMethod(ColumnType type, std::int64_t referenceSize,
                              std::int64_t referenceDistinct);

} // namespace Quorum
