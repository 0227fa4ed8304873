// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;

namespace Quorum::Test {

/// A plain SQLite connection outside Quorum's storage layer: it plays "another program" (a
/// second reviewer, the sqlite3 shell) and builds fixtures the way old releases wrote them.
class RawSqlite
{
public:
    explicit RawSqlite(const QString &path);
    ~RawSqlite();
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    /// Runs one or more statements; fails the test on error.
    void exec(const QByteArray &sql);
    /// Runs statements and returns SQLite's result code instead of failing.
    int tryExec(const QByteArray &sql);
    /// The first column of the first row as text.
    QString scalar(const QByteArray &sql);

private:
    sqlite3 *m_db = nullptr;
};

/// Reads a fixture from tests/fixtures.
QByteArray fixture(const QString &name);

} // namespace Quorum::Test
