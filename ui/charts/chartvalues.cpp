// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartvalues.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace Quorum::Ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Ui::ChartValues", text);
}

} // namespace

QString formatDriftValue(double value)
{
    const QLocale locale;
    if (value != 0.0 && std::abs(value) < 0.001) {
        return locale.toString(value, 'e', 1);
    }
    return locale.toString(value, 'f', std::abs(value) >= 100 ? 1 : 4);
}

QString formatRate(std::optional<double> rate)
{
    return rate ? QLocale().toString(*rate, 'f', 3) : QStringLiteral("—");
}

QString formatShare(double share)
{
    return tr("%1 %").arg(QLocale().toString(100.0 * share, 'f', 1));
}

QString formatWindow(QDate start, QDate end)
{
    const QLocale locale;
    const QString to = locale.toString(end, QStringLiteral("d MMM yyyy"));
    if (!start.isValid() || start == end) {
        return to;
    }
    const QString from = locale.toString(
        start, start.year() == end.year() ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy"));
    return tr("%1 – %2").arg(from, to);
}

QString describeDriftWindow(const DriftSeries &series, const DriftPoint &point)
{
    QStringList lines;
    lines << formatWindow(point.windowStart, point.windowEnd);
    const QString name = driftStatisticName(series.statistic);
    if (point.pValue) {
        lines << tr("%1 statistic %2, p-value %3")
                     .arg(name, formatDriftValue(point.value), formatDriftValue(*point.pValue));
    } else {
        lines << tr("%1 %2").arg(name, formatDriftValue(point.value));
    }
    const QString threshold = formatDriftValue(point.threshold);
    lines << (series.side == ThresholdSide::Below
                  ? tr("Threshold %1 on the p-value (drift below)").arg(threshold)
                  : tr("Threshold %1 (drift at or above)").arg(threshold));
    lines << tr("Status: %1").arg(driftStatusLabel(point.status));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Quorum::Ui
