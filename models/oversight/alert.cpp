// SPDX-License-Identifier: GPL-3.0-or-later
#include "alert.h"

#include <QCoreApplication>

#include <array>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Alert", text);
}

constexpr std::array<AlertTrigger, 6> kTriggers{AlertTrigger::AccuracyDecay,
                                                AlertTrigger::RecallDecay,
                                                AlertTrigger::DataDrift,
                                                AlertTrigger::PredictionDrift,
                                                AlertTrigger::MissingValueIncrease,
                                                AlertTrigger::CalibrationDrift};

} // namespace

QString alertTriggerKey(AlertTrigger trigger)
{
    switch (trigger) {
    case AlertTrigger::AccuracyDecay:
        return QStringLiteral("accuracy_decay");
    case AlertTrigger::RecallDecay:
        return QStringLiteral("recall_decay");
    case AlertTrigger::DataDrift:
        return QStringLiteral("data_drift");
    case AlertTrigger::PredictionDrift:
        return QStringLiteral("prediction_drift");
    case AlertTrigger::MissingValueIncrease:
        return QStringLiteral("missing_value_increase");
    case AlertTrigger::CalibrationDrift:
        return QStringLiteral("calibration_drift");
    }
    return {};
}

std::optional<AlertTrigger> alertTriggerFromKey(QStringView key)
{
    for (AlertTrigger trigger : kTriggers) {
        if (key == alertTriggerKey(trigger)) {
            return trigger;
        }
    }
    return std::nullopt;
}

QString alertTriggerLabel(AlertTrigger trigger)
{
    switch (trigger) {
    case AlertTrigger::AccuracyDecay:
        return tr("Accuracy decay");
    case AlertTrigger::RecallDecay:
        return tr("Recall decay");
    case AlertTrigger::DataDrift:
        return tr("Data drift");
    case AlertTrigger::PredictionDrift:
        return tr("Prediction drift");
    case AlertTrigger::MissingValueIncrease:
        return tr("Missing-value increase");
    case AlertTrigger::CalibrationDrift:
        return tr("Calibration drift");
    }
    return {};
}

QString alertTriggerUnit(AlertTrigger trigger)
{
    switch (trigger) {
    case AlertTrigger::AccuracyDecay:
    case AlertTrigger::RecallDecay:
    case AlertTrigger::MissingValueIncrease:
        //: percentage points
        return tr("pp");
    case AlertTrigger::DataDrift:
    case AlertTrigger::PredictionDrift:
        return tr("PSI");
    case AlertTrigger::CalibrationDrift:
        return tr("Brier");
    }
    return {};
}

QString alertStatusKey(AlertStatus status)
{
    return status == AlertStatus::Active ? QStringLiteral("active")
                                         : QStringLiteral("acknowledged");
}

std::optional<AlertStatus> alertStatusFromKey(QStringView key)
{
    for (AlertStatus status : {AlertStatus::Active, AlertStatus::Acknowledged}) {
        if (key == alertStatusKey(status)) {
            return status;
        }
    }
    return std::nullopt;
}

QString alertStatusLabel(AlertStatus status)
{
    return status == AlertStatus::Active ? tr("Active") : tr("Acknowledged");
}

QString alertSeverityKey(AlertSeverity severity)
{
    return severity == AlertSeverity::Critical ? QStringLiteral("critical")
                                               : QStringLiteral("warning");
}

QString alertSeverityLabel(AlertSeverity severity)
{
    return severity == AlertSeverity::Critical ? tr("Critical") : tr("Warning");
}

AlertSeverity Alert::severity() const
{
    return threshold > 0.0 && measured >= 2.0 * threshold ? AlertSeverity::Critical
                                                          : AlertSeverity::Warning;
}

} // namespace Quorum
