// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace Quorum {

/// Why the governance services refused an action. Each kind maps to its own exit code in
/// quorumctl and its own wording in the workbench.
enum class GovernanceErrorKind {
    NotFound,     ///< no such request, model, version or person
    InvalidInput, ///< a required field is missing or malformed (rationale, expiry, stage…)
    NotAllowed,   ///< segregation of duties or the policy forbids this person doing this
    WrongState,   ///< the request is closed, expired or already decided by this person
};

/// Thrown by ReleaseService and ApprovalService when an action is refused. Nothing was written.
/// message() is complete and user-facing: it names the request, person or rule involved.
class GovernanceError final : public std::exception
{
public:
    GovernanceError(GovernanceErrorKind kind, QString message)
        : m_kind(kind)
        , m_message(std::move(message))
        , m_what(m_message.toUtf8())
    {}

    GovernanceErrorKind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    GovernanceErrorKind m_kind;
    QString m_message;
    QByteArray m_what;
};

} // namespace Quorum
