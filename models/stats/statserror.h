// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace Quorum {

/// What was wrong with the samples a statistic was asked of.
enum class StatsErrorKind {
    File,         ///< the file cannot be opened or read
    Format,       ///< the file is not well-formed CSV (unclosed quote, wrong field count…)
    Column,       ///< a named column is missing, or holds a value of the wrong kind
    InvalidInput, ///< the request itself is unusable (empty sample, unknown method, bad spec…)
};

/// Thrown by the CSV reader and the statistics engine. message() is complete and user-facing:
/// it names the file, the line and the column where there is one, and says what was expected.
class StatsError final : public std::exception
{
public:
    StatsError(StatsErrorKind kind, QString message)
        : m_kind(kind)
        , m_message(std::move(message))
        , m_what(m_message.toUtf8())
    {}

    StatsErrorKind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    StatsErrorKind m_kind;
    QString m_message;
    QByteArray m_what;
};

} // namespace Quorum
