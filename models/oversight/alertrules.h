// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alert.h"

#include <QStringView>

#include <array>
#include <optional>

namespace Quorum {

class Database;
struct Policy;

/// When a monitoring observation raises an alert (SPEC §2 monitoring table, §3 step 6, and the
/// monitoring SOP's dashboard, which compares "current" with the "baseline (at deployment)" in
/// percentage points: 97.5 % → 97.8 % is "+0.3 %").
///
/// Performance (evaluations with split "production" and segment "all"; the baseline is the
/// same version's latest value of the metric on the "test" split — the evaluation it was
/// approved on; no baseline, no decay alert):
///  - accuracy decay       = (baseline − production accuracy) × 100, in percentage points
///  - recall decay         = (baseline − production recall) × 100, in percentage points
///  - missing-value increase = (production − baseline missing_value_rate) × 100, in points
///  - calibration drift    = production Brier − baseline Brier, in Brier units
/// Drift (drift observations with statistic "psi", any version stage):
///  - prediction (concept) drift = the PSI of the feature "prediction" or "label"
///  - data drift           = the PSI of any other feature
/// An alert is raised when the measured value is strictly greater than the threshold of the
/// model's tier ("> 1.0 %"), with a tolerance of 1e-9 so that 0.90 → 0.89 (1.0 point, but
/// 1.0000000000000009 in binary floating point) does not cross a 1.0-point threshold.
///
/// Thresholds come from the newest policy of the model's tier (Policy::monitoring), also for
/// evidence recorded earlier: a stricter policy version raises alerts for earlier windows at
/// the next scan of the version (an alert, once raised, keeps its threshold). Tier 4
/// (Experimental) has no column in SPEC §2's table: it is monitored only on the triggers its
/// policy's stored monitoring JSON sets (the default tier 4 policy sets all six to the tier 3
/// values); a trigger it leaves out raises no alerts, and a policy with "{}" raises none.
class MonitoringRules
{
public:
    /// The rules of the newest policy of @p tier in @p db. Throws DatabaseError when the tier
    /// has no policy or it is damaged.
    static MonitoringRules forTier(Database &db, int tier);
    /// The rules of @p policy; @p monitoringSet tells, per trigger (in AlertTrigger order),
    /// whether its threshold applies.
    MonitoringRules(const Policy &policy, const std::array<bool, 6> &monitoringSet);

    /// The threshold of @p trigger, or nullopt when the tier does not monitor it.
    std::optional<double> threshold(AlertTrigger trigger) const;

private:
    std::array<std::optional<double>, 6> m_thresholds;
};

/// The evaluation metric each performance trigger watches: "accuracy", "recall",
/// "missing_value_rate", "brier"; nullopt for a metric no trigger watches.
std::optional<AlertTrigger> triggerForMetric(QStringView metric);
/// PredictionDrift for "prediction" and "label", DataDrift for every other feature.
AlertTrigger triggerForFeature(QStringView feature);

/// The value compared with the threshold (see MonitoringRules): a decay or increase from
/// @p baseline for performance triggers, @p observed itself (the PSI) for drift.
double measuredValue(AlertTrigger trigger, double observed, double baseline);

/// Whether @p measured exceeds @p threshold (strictly, with the 1e-9 tolerance).
bool crossesThreshold(double measured, double threshold);

} // namespace Quorum
