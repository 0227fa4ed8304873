// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <array>

namespace Quorum {

/// The period the governance KPIs are counted over, ending at "now".
enum class DashboardPeriod {
    Last90Days,
    Last12Months,
    AllTime,
};

inline constexpr std::array kAllDashboardPeriods{
    DashboardPeriod::Last90Days, DashboardPeriod::Last12Months, DashboardPeriod::AllTime};

/// Translated label, e.g. "Last 12 months".
QString dashboardPeriodLabel(DashboardPeriod period);
/// Stable key for settings, e.g. "12m".
QString dashboardPeriodKey(DashboardPeriod period);
/// The period for a key; Last12Months (the default) for an unknown key.
DashboardPeriod dashboardPeriodFromKey(QStringView key);

/// A closed time range [start, end] in UTC. An invalid start means "since the beginning".
struct PeriodRange
{
    QDateTime start;
    QDateTime end;

    /// Whether @p time lies in the range (both ends included); false for an invalid time.
    bool contains(const QDateTime &time) const;
};

/// The range of @p period ending at @p now: 90 days before now (to the second), the same
/// date-time twelve calendar months before now, or everything up to now.
PeriodRange periodRange(DashboardPeriod period, const QDateTime &now);

} // namespace Quorum
