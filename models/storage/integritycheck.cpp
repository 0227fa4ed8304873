// SPDX-License-Identifier: GPL-3.0-or-later
#include "integritycheck.h"

#include "database.h"
#include "databaseerror.h"
#include "query.h"
#include "sqlitefeatures.h"

#include <QHash>

namespace Quorum {

namespace {

bool isDamage(const DatabaseError &error)
{
    return error.kind() == DatabaseErrorKind::Corrupt
        || error.kind() == DatabaseErrorKind::NotADatabase;
}

/// The referring column(s) of foreign key @p id of @p table, e.g. "model_id".
QString foreignKeyColumns(const Database &db, const QString &table, qint64 id)
{
    Query query(db,
                QStringLiteral("SELECT \"from\" FROM pragma_foreign_key_list(?) "
                               "WHERE id = ? ORDER BY seq"));
    query.bind(table).bind(id).exec();
    QStringList columns;
    while (query.next()) {
        columns << query.value(0).toString();
    }
    return columns.join(QStringLiteral(", "));
}

std::vector<ForeignKeyViolation> foreignKeyViolations(const Database &db)
{
    Query check(db, QStringLiteral("PRAGMA foreign_key_check"));
    check.exec();
    std::vector<ForeignKeyViolation> violations;
    std::vector<qint64> keyIds;
    while (check.next()) {
        ForeignKeyViolation violation;
        violation.table = check.value(0).toString();
        if (!check.value(1).isNull()) {
            violation.rowId = check.value(1).toLongLong();
        }
        violation.parentTable = check.value(2).toString();
        violations.push_back(std::move(violation));
        keyIds.push_back(check.value(3).toLongLong());
    }
    // Resolved after the check has finished stepping: one statement at a time.
    QHash<QString, QString> columnsByKey;
    for (std::size_t i = 0; i < violations.size(); ++i) {
        ForeignKeyViolation &violation = violations[i];
        const QString key = violation.table + QLatin1Char('\n') + QString::number(keyIds[i]);
        auto found = columnsByKey.constFind(key);
        if (found == columnsByKey.constEnd()) {
            found = columnsByKey.insert(key, foreignKeyColumns(db, violation.table, keyIds[i]));
        }
        violation.column = *found;
    }
    return violations;
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
        report.foreignKeyViolations = foreignKeyViolations(db);
    } catch (const DatabaseError &error) {
        if (!isDamage(error)) {
            throw;
        }
        report.integrityProblems << error.detail();
    }
    return report;
}

} // namespace Quorum
