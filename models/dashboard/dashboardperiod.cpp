// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardperiod.h"

#include <QCoreApplication>

namespace Quorum {

QString dashboardPeriodLabel(DashboardPeriod period)
{
    switch (period) {
    case DashboardPeriod::Last90Days:
        return QCoreApplication::translate("Quorum::Dashboard", "Last 90 days");
    case DashboardPeriod::Last12Months:
        return QCoreApplication::translate("Quorum::Dashboard", "Last 12 months");
    case DashboardPeriod::AllTime:
        return QCoreApplication::translate("Quorum::Dashboard", "All time");
    }
    return {};
}

QString dashboardPeriodKey(DashboardPeriod period)
{
    switch (period) {
    case DashboardPeriod::Last90Days:
        return QStringLiteral("90d");
    case DashboardPeriod::Last12Months:
        return QStringLiteral("12m");
    case DashboardPeriod::AllTime:
        return QStringLiteral("all");
    }
    return {};
}

DashboardPeriod dashboardPeriodFromKey(QStringView key)
{
    for (const DashboardPeriod period : kAllDashboardPeriods) {
        if (key == dashboardPeriodKey(period)) {
            return period;
        }
    }
    return DashboardPeriod::Last12Months;
}

bool PeriodRange::contains(const QDateTime &time) const
{
    if (!time.isValid() || time > end) {
        return false;
    }
    return !start.isValid() || time >= start;
}

PeriodRange periodRange(DashboardPeriod period, const QDateTime &now)
{
    const QDateTime end = now.toUTC();
    switch (period) {
    case DashboardPeriod::Last90Days:
        return {end.addDays(-90), end};
    case DashboardPeriod::Last12Months:
        return {end.addMonths(-12), end};
    case DashboardPeriod::AllTime:
        break;
    }
    return {QDateTime(), end};
}

} // namespace Quorum
