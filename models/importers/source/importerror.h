// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace Quorum {

/// Why an import was refused.
enum class ImportErrorKind {
    NotFound,   ///< the file or directory does not exist
    Unreadable, ///< it exists but cannot be read (permissions, I/O error, symbolic-link loop)
    TooLarge,   ///< over a size or count limit (see ImportLimits); --force lifts size limits
    Malformed,  ///< not valid text, JSON, YAML or CSV: the syntax is wrong
    Invalid,    ///< well-formed, but a key is missing, of the wrong type or out of range
    Target,     ///< the database has no such model, version or person; or a usage problem
    Cancelled,  ///< the user cancelled; nothing was written
};

/// Thrown by every importer. Nothing is ever half-written: the error is raised before the
/// write transaction begins, or the transaction is rolled back.
///
/// message() is complete and user-facing: "FILE: LOCATION: PROBLEM", where LOCATION is
/// "line L, column C" for syntax errors or a key path such as "metrics[1].result.drift_score"
/// for content errors, and PROBLEM says what was expected and what was found.
class ImportError final : public std::exception
{
public:
    ImportError(ImportErrorKind kind, QString file, QString location, QString problem);

    ImportErrorKind kind() const { return m_kind; }
    const QString &file() const { return m_file; }
    const QString &location() const { return m_location; }
    const QString &problem() const { return m_problem; }
    /// "file: location: problem" (parts that are empty are left out).
    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_what.constData(); }

    /// The same error about another file (used when a parser ran on bytes, not a path).
    ImportError inFile(const QString &file) const;
    /// The same error with @p prefix put in front of the location ("model-index[0]." …).
    ImportError atPrefix(const QString &prefix) const;

private:
    ImportErrorKind m_kind;
    QString m_file;
    QString m_location;
    QString m_problem;
    QString m_message;
    QByteArray m_what;
};

} // namespace Quorum
