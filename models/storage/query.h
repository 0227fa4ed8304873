// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

namespace Quorum {

class Database;

/// A prepared statement on a Database: prepare, bind positionally, exec, step.
/// Every failure throws DatabaseError naming the database file, with the SQL in detail().
class Query
{
public:
    /// Prepares @p sql; throws when it does not compile.
    Query(const Database &db, const QString &sql);

    /// Binds the next "?" placeholder. A null QString binds as '' (an empty text); bind an
    /// invalid QVariant for SQL NULL.
    Query &bind(const QVariant &value);
    /// Binds the named placeholder ":name".
    Query &bind(const QString &placeholder, const QVariant &value);

    void exec();
    bool next();
    QVariant value(int column) const;
    QVariant value(const QString &column) const;
    /// The current row's columns with their names.
    QSqlRecord record() const;
    qint64 lastInsertId() const;
    int rowsAffected() const;

    /// Runs @p sql and returns the first column of the first row (null when no row).
    static QVariant scalar(const Database &db, const QString &sql);

private:
    [[noreturn]] void fail(const QString &stage) const;

    const Database &m_db;
    QSqlQuery m_query;
    QString m_sql;
};

} // namespace Quorum
