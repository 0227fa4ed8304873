// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlitefeatures.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Quorum {

class Database;

/// What a full check of a governance database found.
struct IntegrityReport
{
    int schemaVersion = 0;       ///< PRAGMA user_version of the file
    int latestSchemaVersion = 0; ///< the schema this program writes
    /// The lines of PRAGMA integrity_check other than "ok" (SQLite stops after 100).
    QStringList integrityProblems;
    std::vector<ForeignKeyViolation> foreignKeyViolations;

    /// True when the file is sound, every reference resolves and the schema is the latest.
    bool isClean() const;
};

/// Runs the full PRAGMA integrity_check (reads every page: slow on big files) and PRAGMA
/// foreign_key_check on @p db. Only reads. SQLite's "database disk image is malformed" while
/// checking is reported as an integrity problem; any other failure (locked, I/O) throws
/// DatabaseError. Open @p db with OpenCheck::None to see the problems instead of a refusal.
IntegrityReport checkIntegrity(Database &db);

} // namespace Quorum
