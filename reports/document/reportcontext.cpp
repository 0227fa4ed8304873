// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcontext.h"

#include <cmath>

namespace Quorum::Reports {

namespace {

const QString kNone = QStringLiteral("—");

} // namespace

ReportContext ReportContext::system()
{
    ReportContext context;
    context.now = QDateTime::currentDateTimeUtc();
    context.locale = QLocale::system();
    context.timeZone = QTimeZone::systemTimeZone();
    return context;
}

ReportContext ReportContext::fixed(const QDateTime &now, const QTimeZone &zone)
{
    ReportContext context;
    context.now = now.toUTC();
    context.timeZone = zone;
    return context;
}

QString ReportContext::dateTime(const QDateTime &utc) const
{
    if (!utc.isValid()) {
        return kNone;
    }
    const QDateTime local = utc.toTimeZone(timeZone);
    const int offset = local.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    const QString utcOffset = QStringLiteral("UTC%1%2:%3")
                                  .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                  .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                                  .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    QString abbreviation = timeZone.abbreviation(local);
    if (abbreviation.isEmpty() || abbreviation == utcOffset) {
        abbreviation = timeZone == QTimeZone::utc() ? QStringLiteral("UTC") : QString();
    }
    const QString stamp = local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (abbreviation == QStringLiteral("UTC") && offset == 0) {
        return stamp + QStringLiteral(" UTC");
    }
    if (abbreviation.isEmpty()) {
        return stamp + QLatin1Char(' ') + utcOffset;
    }
    return stamp + QLatin1Char(' ') + abbreviation + QStringLiteral(" (") + utcOffset
        + QLatin1Char(')');
}

QString ReportContext::date(const QDateTime &utc) const
{
    return utc.isValid() ? utc.toTimeZone(timeZone).toString(QStringLiteral("yyyy-MM-dd")) : kNone;
}

QString ReportContext::date(const QDate &value) const
{
    return value.isValid() ? value.toString(QStringLiteral("yyyy-MM-dd")) : kNone;
}

QString ReportContext::number(std::optional<double> value, int decimals) const
{
    if (!value || std::isnan(*value)) {
        return kNone;
    }
    return locale.toString(*value, 'f', decimals);
}

QString ReportContext::percent(std::optional<double> fraction, int decimals) const
{
    if (!fraction || std::isnan(*fraction)) {
        return kNone;
    }
    return locale.toString(*fraction * 100.0, 'f', decimals) + QStringLiteral(" %");
}

} // namespace Quorum::Reports
