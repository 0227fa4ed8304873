// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawsqlite.h"

#include "tempdatabase.h"

#include <QFile>

#include <catch2/catch_test_macros.hpp>

#include <sqlite3.h>

namespace Quorum::Test {

RawSqlite::RawSqlite(const QString &path)
{
    const QByteArray file = QFile::encodeName(path);
    REQUIRE(sqlite3_open(file.constData(), &m_db) == SQLITE_OK);
    // Like any other program on the file, wait for a lock a reader of the workbench holds for
    // a moment (its change watcher, an area's background read) instead of failing at once.
    sqlite3_busy_timeout(m_db, 5000);
}

RawSqlite::~RawSqlite()
{
    sqlite3_close(m_db);
}

void RawSqlite::exec(const QByteArray &sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &error);
    INFO((error != nullptr ? error : ""));
    sqlite3_free(error);
    REQUIRE(rc == SQLITE_OK);
}

int RawSqlite::tryExec(const QByteArray &sql)
{
    return sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr);
}

QString RawSqlite::scalar(const QByteArray &sql)
{
    sqlite3_stmt *statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(m_db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK);
    QString result;
    if (sqlite3_step(statement) == SQLITE_ROW) {
        result
            = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    }
    sqlite3_finalize(statement);
    return result;
}

QByteArray fixture(const QString &name)
{
    return readFile(QStringLiteral(QUORUM_TEST_FIXTURES "/") + name);
}

} // namespace Quorum::Test
