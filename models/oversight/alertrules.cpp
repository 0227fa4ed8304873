// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertrules.h"

#include "governance/policy.h"
#include "governance/policyrepository.h"
#include "storage/database.h"
#include "storage/query.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Quorum {

namespace {

constexpr double kTolerance = 1e-9;

std::size_t slot(AlertTrigger trigger)
{
    return static_cast<std::size_t>(trigger);
}

// The keys of the stored monitoring JSON, in AlertTrigger order.
constexpr std::array<const char *, 6> kKeys{
    "accuracy_decay_pct",   "recall_decay_pct",           "data_drift_psi",
    "prediction_drift_psi", "missing_value_increase_pct", "calibration_drift_brier"};

} // namespace

MonitoringRules MonitoringRules::forTier(Database &db, int tier)
{
    const Policy policy = PolicyRepository(db).current(tier);
    std::array<bool, 6> set;
    set.fill(true);
    if (tier == 4) {
        // PolicyRepository fills a missing key with the tier 2 default; tier 4 has no
        // default row in SPEC §2, so only what its policy states is monitored.
        Query query(db, QStringLiteral("SELECT monitoring_json FROM policies WHERE id = ?"));
        query.bind(policy.id).exec();
        const QJsonObject stored = query.next()
            ? QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object()
            : QJsonObject();
        for (std::size_t i = 0; i < kKeys.size(); ++i) {
            set[i] = stored.value(QLatin1String(kKeys[i])).isDouble();
        }
    }
    return MonitoringRules(policy, set);
}

MonitoringRules::MonitoringRules(const Policy &policy, const std::array<bool, 6> &monitoringSet)
{
    const MonitoringThresholds &m = policy.monitoring;
    const std::array<double, 6> values{
        m.accuracyDecayPct,   m.recallDecayPct,          m.dataDriftPsi,
        m.predictionDriftPsi, m.missingValueIncreasePct, m.calibrationDriftBrier};
    for (std::size_t i = 0; i < values.size(); ++i) {
        m_thresholds[i] = monitoringSet[i] ? std::optional(values[i]) : std::nullopt;
    }
}

std::optional<double> MonitoringRules::threshold(AlertTrigger trigger) const
{
    return m_thresholds.at(slot(trigger));
}

std::optional<AlertTrigger> triggerForMetric(QStringView metric)
{
    if (metric == u"accuracy") {
        return AlertTrigger::AccuracyDecay;
    }
    if (metric == u"recall") {
        return AlertTrigger::RecallDecay;
    }
    if (metric == u"missing_value_rate") {
        return AlertTrigger::MissingValueIncrease;
    }
    if (metric == u"brier") {
        return AlertTrigger::CalibrationDrift;
    }
    return std::nullopt;
}

AlertTrigger triggerForFeature(QStringView feature)
{
    return feature == u"prediction" || feature == u"label" ? AlertTrigger::PredictionDrift
                                                           : AlertTrigger::DataDrift;
}

double measuredValue(AlertTrigger trigger, double observed, double baseline)
{
    switch (trigger) {
    case AlertTrigger::AccuracyDecay:
    case AlertTrigger::RecallDecay:
        return (baseline - observed) * 100.0;
    case AlertTrigger::MissingValueIncrease:
        return (observed - baseline) * 100.0;
    case AlertTrigger::CalibrationDrift:
        return observed - baseline;
    case AlertTrigger::DataDrift:
    case AlertTrigger::PredictionDrift:
        break;
    }
    return observed;
}

bool crossesThreshold(double measured, double threshold)
{
    return measured > threshold + kTolerance;
}

} // namespace Quorum
