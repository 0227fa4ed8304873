// SPDX-License-Identifier: GPL-3.0-or-later
#include "writetransaction.h"

#include "database.h"
#include "databaseerror.h"
#include "query.h"
#include "sqlitefeatures.h"

#include <QDeadlineTimer>
#include <QThread>

#include <algorithm>

namespace Quorum {

namespace {

// Runs @p statement, retrying with exponential back-off while the database is busy. SQLite's
// busy handler already waits inside each attempt; the retries cover the cases it returns
// early (a WAL snapshot that became stale, a deadlock it detects between two writers).
void execWithRetry(Database &db, const QString &statement)
{
    QDeadlineTimer deadline(std::max<qint64>(db.busyTimeout().count() * 2, 1000));
    int pauseMs = 20;
    for (;;) {
        try {
            Query(db, statement).exec();
            return;
        } catch (const DatabaseError &error) {
            if (error.kind() != DatabaseErrorKind::Locked || deadline.hasExpired()) {
                throw;
            }
        }
        QThread::msleep(static_cast<unsigned long>(pauseMs));
        pauseMs = std::min(pauseMs * 2, 500);
    }
}

} // namespace

WriteTransaction::WriteTransaction(Database &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
    execWithRetry(m_db, Sqlite::beginWriteStatement());
    m_open = true;
}

WriteTransaction::~WriteTransaction()
{
    if (m_open) {
        try {
            Query(m_db, QStringLiteral("ROLLBACK")).exec();
        } catch (const DatabaseError &) {
            // SQLite may already have rolled back on its own (e.g. after SQLITE_FULL).
        }
    }
}

void WriteTransaction::commit()
{
    execWithRetry(m_db, QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace Quorum
