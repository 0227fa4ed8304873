// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace Quorum::Reports {

/// Everything a report depends on besides the database: the clock, the locale and the time
/// zone. Injected, so that the same database and context always give the same text (the
/// golden tests pin all three). Formatting goes through here so every report prints dates and
/// numbers the same way.
struct ReportContext
{
    QDateTime now; ///< "generated at"; UTC
    QLocale locale = QLocale::c();
    QTimeZone timeZone = QTimeZone::utc();

    /// The current time, the system locale and time zone: what the programs use.
    static ReportContext system();
    /// A pinned context for tests: @p now, the C locale and UTC unless given.
    static ReportContext fixed(const QDateTime &now, const QTimeZone &zone = QTimeZone::utc());

    /// "2026-11-16 11:03:55 CET (UTC+01:00)": a signature manifestation's date and time with
    /// its zone, in timeZone. An invalid time prints as "—".
    QString dateTime(const QDateTime &utc) const;
    /// "2026-11-16" in timeZone; "—" when invalid.
    QString date(const QDateTime &utc) const;
    QString date(const QDate &date) const;
    /// A number with @p decimals decimals in locale; "—" for nullopt or NaN.
    QString number(std::optional<double> value, int decimals = 4) const;
    /// "12.5 %" from 0.125; "—" for nullopt or NaN.
    QString percent(std::optional<double> fraction, int decimals = 1) const;
};

} // namespace Quorum::Reports
