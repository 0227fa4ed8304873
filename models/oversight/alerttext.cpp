// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerttext.h"

#include <QCoreApplication>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::AlertText", text);
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString date(const QDateTime &time)
{
    return time.toUTC().date().toString(Qt::ISODate);
}

} // namespace

QString alertMeasureText(const Alert &alert)
{
    const double baseline = alert.baseline.value_or(0.0);
    switch (alert.trigger) {
    case AlertTrigger::DataDrift:
    case AlertTrigger::PredictionDrift:
        return tr("PSI %1 > %2").arg(number(alert.measured, 3), number(alert.threshold, 3));
    case AlertTrigger::AccuracyDecay:
    case AlertTrigger::RecallDecay:
        return tr("%1 pp decay > %2 pp (%3 → %4)")
            .arg(number(alert.measured, 2), number(alert.threshold, 2), number(baseline, 3),
                 number(alert.observed, 3));
    case AlertTrigger::MissingValueIncrease:
        return tr("%1 pp increase > %2 pp (%3 → %4)")
            .arg(number(alert.measured, 2), number(alert.threshold, 2), number(baseline, 3),
                 number(alert.observed, 3));
    case AlertTrigger::CalibrationDrift:
        return tr("Brier +%1 > %2 (%3 → %4)")
            .arg(number(alert.measured, 3), number(alert.threshold, 3), number(baseline, 3),
                 number(alert.observed, 3));
    }
    return {};
}

QString alertWindowText(const Alert &alert)
{
    if (!alert.windowStart.isValid() || date(alert.windowStart) == date(alert.windowEnd)) {
        return date(alert.windowEnd);
    }
    return tr("%1 – %2").arg(date(alert.windowStart), date(alert.windowEnd));
}

QString alertSentence(const Alert &alert)
{
    return tr("%1 on %2 of %3 %4: %5 in the window %6.")
        .arg(alertTriggerLabel(alert.trigger), alert.feature, alert.modelName,
             alert.version.toString(), alertMeasureText(alert), alertWindowText(alert));
}

} // namespace Quorum
