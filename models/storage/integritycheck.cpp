// SPDX-License-Identifier: GPL-3.0-or-later
#include "integritycheck.h"

#include "database.h"
#include "databaseerror.h"
#include "query.h"
#include "sqlitefeatures.h"

namespace Quorum {

namespace {

bool isDamage(const DatabaseError &error)
{
    return error.kind() == DatabaseErrorKind::Corrupt
        || error.kind() == DatabaseErrorKind::NotADatabase;
}

} // namespace

bool IntegrityReport::isClean() const
{
    return integrityProblems.isEmpty() && foreignKeyViolations.empty()
        && schemaVersion == latestSchemaVersion;
}

IntegrityReport checkIntegrity(Database &db)
{
    IntegrityReport report;
    report.latestSchemaVersion = Database::latestSchemaVersion();
    report.schemaVersion = db.schemaVersion();
    try {
        report.integrityProblems = Sqlite::integrityProblems(db, true);
    } catch (const DatabaseError &error) {
        if (!isDamage(error)) {
            throw;
        }
        report.integrityProblems << error.detail();
    }
    try {
        report.foreignKeyViolations = Sqlite::foreignKeyViolations(db);
    } catch (const DatabaseError &error) {
        if (!isDamage(error)) {
            throw;
        }
        report.integrityProblems << error.detail();
    }
    return report;
}

} // namespace Quorum
