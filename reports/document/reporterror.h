// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <stdexcept>

namespace Quorum::Reports {

/// A report or pack that could not be made or read. The message is user-facing and names
/// the model, version, file or entry concerned.
class ReportError : public std::runtime_error
{
public:
    enum class Kind {
        NotFound,  ///< no such model, version or data in the scope
        Io,        ///< a file could not be written or read
        Cancelled, ///< the user cancelled
        Signing,   ///< the exporter's key could not sign
        BadPack,   ///< an audit pack that is not a readable, safe ZIP with a manifest
        Usage,     ///< an unknown format or an impossible scope
    };

    ReportError(Kind kind, const QString &message);

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace Quorum::Reports
