// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcontextinput.h"

#include "exitcode.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace Quorum::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Cli::ReportContextInput", text);
}

constexpr auto kNow = "QUORUM_REPORT_NOW";
constexpr auto kZone = "QUORUM_REPORT_TZ";

QDateTime pinnedNow(const QString &text)
{
    QDateTime now = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!now.isValid()) {
        throw UsageError(tr("%1 must be an ISO 8601 date and time such as "
                            "2026-11-20T09:30:00Z, not '%2'.")
                             .arg(QLatin1String(kNow), text));
    }
    if (now.timeSpec() == Qt::LocalTime) {
        now.setTimeZone(QTimeZone::utc());
    }
    return now.toUTC();
}

QTimeZone pinnedZone(const QString &text)
{
    const QTimeZone zone(text.trimmed().toUtf8());
    if (!zone.isValid()) {
        throw UsageError(tr("%1 must name an IANA time zone such as Europe/Berlin, not '%2'.")
                             .arg(QLatin1String(kZone), text));
    }
    return zone;
}

} // namespace

Reports::ReportContext reportContext()
{
    const bool nowSet = !qEnvironmentVariableIsEmpty(kNow);
    const bool zoneSet = !qEnvironmentVariableIsEmpty(kZone);
    if (nowSet) {
        const QTimeZone zone = zoneSet ? pinnedZone(qEnvironmentVariable(kZone)) : QTimeZone::utc();
        return Reports::ReportContext::fixed(pinnedNow(qEnvironmentVariable(kNow)), zone);
    }
    Reports::ReportContext context = Reports::ReportContext::system();
    if (zoneSet) {
        context.timeZone = pinnedZone(qEnvironmentVariable(kZone));
    }
    return context;
}

QString reportContextHelp()
{
    return tr("Dates and times are printed in the system's time zone and locale, with the\n"
              "current time as the generation time. For reproducible output set\n"
              "QUORUM_REPORT_NOW (ISO 8601, e.g. 2026-11-20T09:30:00Z; the locale is then C)\n"
              "and QUORUM_REPORT_TZ (an IANA zone, e.g. Europe/Berlin).");
}

} // namespace Quorum::Cli
