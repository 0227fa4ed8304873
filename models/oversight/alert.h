// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/risktier.h"
#include "domain/semanticversion.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Quorum {

/// What a monitoring alert was raised for: one line of SPEC §2's monitoring table.
enum class AlertTrigger {
    AccuracyDecay,        ///< production accuracy fell below the baseline (percentage points)
    RecallDecay,          ///< production recall fell below the baseline (percentage points)
    DataDrift,            ///< PSI of an input feature
    PredictionDrift,      ///< PSI of "prediction" or "label" (concept drift)
    MissingValueIncrease, ///< missing_value_rate rose above the baseline (percentage points)
    CalibrationDrift,     ///< the Brier score rose above the baseline (Brier units)
};

/// Stored name, e.g. "accuracy_decay".
QString alertTriggerKey(AlertTrigger trigger);
std::optional<AlertTrigger> alertTriggerFromKey(QStringView key);
/// Translated name, e.g. "Accuracy decay".
QString alertTriggerLabel(AlertTrigger trigger);
/// The unit of measured() and the threshold, translated: "pp", "PSI" or "Brier".
QString alertTriggerUnit(AlertTrigger trigger);

enum class AlertStatus {
    Active,       ///< nobody has acknowledged it yet
    Acknowledged, ///< a person acknowledged it with a comment
};

QString alertStatusKey(AlertStatus status);
std::optional<AlertStatus> alertStatusFromKey(QStringView key);
/// Translated, e.g. "Acknowledged".
QString alertStatusLabel(AlertStatus status);

/// How far past its threshold an alert is.
enum class AlertSeverity {
    Warning,  ///< past the threshold
    Critical, ///< at twice the threshold or more (for PSI on tier 2: SPEC §6's drift band)
};

/// Stored or machine name: "warning", "critical".
QString alertSeverityKey(AlertSeverity severity);
/// Translated, e.g. "Critical".
QString alertSeverityLabel(AlertSeverity severity);

/// One monitoring alert (schema 8, table alerts) with the names of what it refers to.
struct Alert
{
    qint64 id = 0; ///< 0 until stored
    qint64 modelId = 0;
    QString modelName;        ///< machine name, e.g. "fraud-detection"
    QString modelDisplayName; ///< e.g. "Card fraud detector"
    RiskTier tier = RiskTier::Standard;
    qint64 versionId = 0;
    SemanticVersion version;
    AlertTrigger trigger = AlertTrigger::DataDrift;
    QString feature; ///< the drifting feature, or the decaying metric ("accuracy", "brier"…)
    double observed = 0.0;          ///< the production value, or the PSI
    std::optional<double> baseline; ///< the test-split value decay is measured from
    double measured = 0.0;          ///< what is compared with the threshold (see AlertTrigger)
    double threshold = 0.0;         ///< the tier's monitoring threshold, in measured()'s unit
    QDateTime windowStart;          ///< UTC; invalid when the evidence named no start
    QDateTime windowEnd;            ///< UTC
    QDateTime raisedAt;             ///< UTC
    AlertStatus status = AlertStatus::Active;
    std::optional<qint64> acknowledgedBy;
    QString acknowledgedByName;
    QDateTime acknowledgedAt; ///< UTC; invalid while active
    QString comment;          ///< the acknowledgement's comment; empty while active

    AlertSeverity severity() const;
    bool isActive() const { return status == AlertStatus::Active; }
};

} // namespace Quorum
