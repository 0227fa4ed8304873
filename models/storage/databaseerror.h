// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <exception>

namespace Quorum {

/// What went wrong with the governance database. Each kind has its own advice for the user.
enum class DatabaseErrorKind {
    Missing,         ///< the file does not exist
    NotADatabase,    ///< the file is not an SQLite database at all
    NotQuorum,       ///< an SQLite database, but not a Quorum governance database
    Corrupt,         ///< the integrity check failed or SQLite reports a malformed image
    ReadOnly,        ///< the file or its folder cannot be written
    Locked,          ///< another program holds a lock for longer than the busy timeout
    NewerSchema,     ///< written by a newer Quorum; refused and left untouched
    MigrationFailed, ///< an upgrade step failed; rolled back, the file is unchanged
    Io,              ///< the file or folder cannot be created or read
    Constraint,      ///< a write violated a rule of the schema (unique name, reference…)
    Query,           ///< any other SQL failure
};

/// Thrown by the storage layer. message() is complete and user-facing: it names the file and
/// says what to do; detail() carries the SQLite text for logs and "Show details".
class DatabaseError final : public std::exception
{
public:
    DatabaseError(DatabaseErrorKind kind, QString filePath, QString message, QString detail = {});

    DatabaseErrorKind kind() const { return m_kind; }
    const QString &filePath() const { return m_filePath; }
    const QString &message() const { return m_message; }
    const QString &detail() const { return m_detail; }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    DatabaseErrorKind m_kind;
    QString m_filePath;
    QString m_message;
    QString m_detail;
    QByteArray m_what;
};

} // namespace Quorum
