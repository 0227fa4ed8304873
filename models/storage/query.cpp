// SPDX-License-Identifier: GPL-3.0-or-later
#include "query.h"

#include "database.h"
#include "databaseerror.h"
#include "sqlitefeatures.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Database", text);
}

DatabaseErrorKind kindOf(int code)
{
    switch (static_cast<Sqlite::ResultCode>(code)) {
    case Sqlite::ResultCode::Busy:
    case Sqlite::ResultCode::Locked:
        return DatabaseErrorKind::Locked;
    case Sqlite::ResultCode::ReadOnly:
        return DatabaseErrorKind::ReadOnly;
    case Sqlite::ResultCode::Corrupt:
        return DatabaseErrorKind::Corrupt;
    case Sqlite::ResultCode::NotADatabase:
        return DatabaseErrorKind::NotADatabase;
    case Sqlite::ResultCode::Constraint:
        return DatabaseErrorKind::Constraint;
    case Sqlite::ResultCode::IoError:
    case Sqlite::ResultCode::CantOpen:
        return DatabaseErrorKind::Io;
    case Sqlite::ResultCode::Ok:
        break;
    }
    return DatabaseErrorKind::Query;
}

QString adviceFor(DatabaseErrorKind kind, const QString &path)
{
    switch (kind) {
    case DatabaseErrorKind::Locked:
        return tr("The governance database %1 is busy: another program or reviewer is writing "
                  "to it. Nothing was changed; try again in a moment.")
            .arg(path);
    case DatabaseErrorKind::ReadOnly:
        return tr("The governance database %1 cannot be written: the file or its folder is "
                  "read-only. Ask for write access, or copy the file to a folder you can write "
                  "to.")
            .arg(path);
    case DatabaseErrorKind::Corrupt:
        return tr("The governance database %1 is damaged. Restore it from a backup copy; "
                  "'quorumctl check' lists what is wrong.")
            .arg(path);
    case DatabaseErrorKind::NotADatabase:
        return tr("%1 is not an SQLite database.").arg(path);
    case DatabaseErrorKind::Io:
        return tr("The governance database %1 could not be read or written (disk full, share "
                  "disconnected or permissions). Nothing was changed.")
            .arg(path);
    default:
        return tr("A database operation on %1 failed.").arg(path);
    }
}

} // namespace

Query::Query(const Database &db, const QString &sql)
    : m_db(db)
    , m_query(db.connection())
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql)) {
        fail(QStringLiteral("prepare"));
    }
}

// Qt SQL binds a null QString as SQL NULL; in Quorum a null string is an empty text, and a
// NULL is asked for explicitly with an invalid QVariant (see nullable() and nullIfEmpty()).
static QVariant normalised(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
        return QVariant(QStringLiteral(""));
    }
    return value;
}

Query &Query::bind(const QVariant &value)
{
    m_query.addBindValue(normalised(value));
    return *this;
}

Query &Query::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, normalised(value));
    return *this;
}

void Query::exec()
{
    if (!m_query.exec()) {
        fail(QStringLiteral("exec"));
    }
}

bool Query::next()
{
    if (m_query.next()) {
        return true;
    }
    if (m_query.lastError().isValid()) {
        fail(QStringLiteral("step"));
    }
    return false;
}

QVariant Query::value(int column) const
{
    return m_query.value(column);
}

QVariant Query::value(const QString &column) const
{
    return m_query.value(column);
}

QSqlRecord Query::record() const
{
    return m_query.record();
}

qint64 Query::lastInsertId() const
{
    return m_query.lastInsertId().toLongLong();
}

int Query::rowsAffected() const
{
    return m_query.numRowsAffected();
}

QVariant Query::scalar(const Database &db, const QString &sql)
{
    Query query(db, sql);
    query.exec();
    return query.next() ? query.value(0) : QVariant();
}

void Query::fail(const QString &stage) const
{
    const QSqlError error = m_query.lastError();
    const DatabaseErrorKind kind = kindOf(Sqlite::resultCode(error));
    QString message = adviceFor(kind, m_db.path());
    if (kind == DatabaseErrorKind::Constraint || kind == DatabaseErrorKind::Query) {
        message += QLatin1Char(' ') + error.databaseText();
    }
    throw DatabaseError(
        kind, m_db.path(), message,
        QStringLiteral("%1 failed: %2\nSQL: %3").arg(stage, error.text(), m_sql.simplified()));
}

} // namespace Quorum
