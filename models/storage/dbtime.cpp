// SPDX-License-Identifier: GPL-3.0-or-later
#include "dbtime.h"

#include <QTimeZone>

namespace Quorum {

QString toDbTime(const QDateTime &time)
{
    if (!time.isValid()) {
        return {};
    }
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime fromDbTime(const QVariant &value)
{
    if (value.isNull()) {
        return {};
    }
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime) {
        time.setTimeZone(QTimeZone::utc()); // stored without a zone: we always write UTC
    }
    return time.toUTC();
}

QString toDbDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate fromDbDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString().left(10), Qt::ISODate);
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

std::optional<qint64> optionalId(const QVariant &value)
{
    if (value.isNull()) {
        return std::nullopt;
    }
    return value.toLongLong();
}

std::optional<double> optionalReal(const QVariant &value)
{
    if (value.isNull()) {
        return std::nullopt;
    }
    return value.toDouble();
}

} // namespace Quorum
