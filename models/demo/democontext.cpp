// SPDX-License-Identifier: GPL-3.0-or-later
#include "democontext.h"

#include <QTimeZone>

#include <stdexcept>

namespace Quorum::Demo {

const VersionRecord *ModelRecord::production() const
{
    for (const VersionRecord &v : versions) {
        if (v.spec->stage == Stage::Production) {
            return &v;
        }
    }
    return nullptr;
}

qint64 DemoPeople::id(QStringView email) const
{
    const auto found = byEmail.constFind(email.toString());
    if (found == byEmail.constEnd()) {
        throw std::logic_error("demo catalog names a person who is not in the demo");
    }
    return found.value();
}

QDateTime DemoContext::daysBefore(int days, int hour, int minute) const
{
    return at(asOf.addDays(-days), hour, minute);
}

QDate DemoContext::windowStart(int week) const
{
    return lastWindowEnd().addDays(-7 * (kWeeks - week) + 1);
}

const ModelRecord &DemoContext::model(QStringView name) const
{
    for (const ModelRecord &m : models) {
        if (m.spec->name == name) {
            return m;
        }
    }
    throw std::logic_error("demo catalog names a model that is not in the demo");
}

QDateTime DemoContext::at(QDate day, int hour, int minute)
{
    // Minutes past 59 (or hours past 23) roll over, so callers can spread times by adding.
    return QDateTime(day, QTime(0, 0), QTimeZone::utc()).addSecs(hour * 3600LL + minute * 60LL);
}

} // namespace Quorum::Demo
