// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace Quorum::Cli {

/// quorumctl's documented exit codes (listed by 'quorumctl --help').
enum class ExitCode {
    Success = 0,
    Failed = 1,    ///< the checked thing failed: 'check' found problems, no such model,
                   ///< request or person; a waited-for request was not approved
    Usage = 2,     ///< unknown command or option, missing argument, no database given
    Database = 3,  ///< the database, or a key or certificate file, could not be used or written
    Timeout = 4,   ///< 'submit --wait' gave up after --timeout seconds; the request is pending
    Refused = 5,   ///< the policy or segregation of duties refused the action; nothing stored
    BadInput = 6,  ///< an input file (samples CSV) cannot be read or is not what was expected
    Internal = 70, ///< a bug: an exception nobody expected (EX_SOFTWARE of sysexits.h)
};

/// Thrown by a command when its command line is wrong. The dispatcher prints the message with
/// a usage hint and exits with ExitCode::Usage.
class UsageError final : public std::exception
{
public:
    explicit UsageError(QString message)
        : m_message(std::move(message))
        , m_what(m_message.toUtf8())
    {}

    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    QString m_message;
    QByteArray m_what;
};

} // namespace Quorum::Cli
