// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace Quorum {

class Database;

/// One numbered schema step, resources/sql/NNNN_what.sql.
struct Migration
{
    int version = 0;
    QString name;
    QString script;
};

/// Applies the schema migrations compiled into the program, in order, inside one write
/// transaction that also stamps PRAGMA user_version and application_id: a failure leaves
/// the file exactly as it was.
class Migrator
{
public:
    explicit Migrator(Database &db);

    /// Every migration, ordered by version; versions run 1, 2, 3… without gaps.
    static const std::vector<Migration> &migrations();
    static int latestVersion();

    /// Applies migrations from+1 … latest. @p backupPath is named in error messages.
    /// Throws DatabaseError (MigrationFailed) naming the failing step.
    void migrateFrom(int from, const QString &backupPath);

private:
    Database &m_db;
};

} // namespace Quorum
