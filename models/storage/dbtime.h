// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

namespace Quorum {

/// Timestamps are stored as ISO-8601 UTC text with a "Z", to the second: portable across
/// SQLite and PostgreSQL text columns and sortable as text.
QString toDbTime(const QDateTime &time);
/// Parses a stored timestamp; an invalid QDateTime for NULL or an empty string.
QDateTime fromDbTime(const QVariant &value);
/// Dates as "yyyy-MM-dd".
QString toDbDate(const QDate &date);
QDate fromDbDate(const QVariant &value);

/// NULL for nullopt, the value otherwise: for binding optional columns.
template<typename T>
QVariant nullable(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

/// NULL for an empty string: for optional text columns such as hashes.
QVariant nullIfEmpty(const QString &text);

/// nullopt for NULL, the integer otherwise.
std::optional<qint64> optionalId(const QVariant &value);
std::optional<double> optionalReal(const QVariant &value);

} // namespace Quorum
