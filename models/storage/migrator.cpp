// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrator.h"

#include "database.h"
#include "databaseerror.h"
#include "query.h"
#include "sqlitefeatures.h"
#include "sqlscript.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

static void initQuorumSchemaResources()
{
    Q_INIT_RESOURCE(quorum_schema);
}

namespace Quorum {

namespace {

std::vector<Migration> loadMigrations()
{
    initQuorumSchemaResources();
    static const QRegularExpression kName(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    std::vector<Migration> result;
    const QDir dir(QStringLiteral(":/sql"));
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch match = kName.match(file);
        if (!match.hasMatch()) {
            continue;
        }
        QFile in(dir.filePath(file));
        if (!in.open(QIODevice::ReadOnly)) {
            continue;
        }
        result.push_back(
            {match.captured(1).toInt(), match.captured(2), QString::fromUtf8(in.readAll())});
    }
    std::sort(result.begin(), result.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (std::size_t i = 0; i < result.size(); ++i) {
        Q_ASSERT_X(result[i].version == static_cast<int>(i) + 1, "Migrator",
                   "schema migrations must be numbered 0001, 0002, … without gaps");
    }
    return result;
}

} // namespace

Migrator::Migrator(Database &db)
    : m_db(db)
{}

const std::vector<Migration> &Migrator::migrations()
{
    static const std::vector<Migration> s_migrations = loadMigrations();
    return s_migrations;
}

int Migrator::latestVersion()
{
    return static_cast<int>(migrations().size());
}

void Migrator::migrateFrom(int from, const QString &backupPath)
{
    const Migration *current = nullptr;
    try {
        WriteTransaction transaction(m_db);
        for (const Migration &migration : migrations()) {
            if (migration.version <= from) {
                continue;
            }
            current = &migration;
            for (const QString &statement : splitSqlScript(migration.script)) {
                Query(m_db, statement).exec();
            }
        }
        current = nullptr;
        Sqlite::writeStamp(m_db, latestVersion());
        transaction.commit();
    } catch (const DatabaseError &error) {
        if (error.kind() == DatabaseErrorKind::Locked || error.kind() == DatabaseErrorKind::ReadOnly
            || current == nullptr) {
            throw;
        }
        QString message
            = QCoreApplication::translate(
                  "Quorum::Database",
                  "Upgrading the governance database %1 from schema %2 to %3 failed at step "
                  "%4 (%5). The upgrade was rolled back and the file is unchanged.")
                  .arg(m_db.path())
                  .arg(from)
                  .arg(latestVersion())
                  .arg(current->version)
                  .arg(current->name);
        if (!backupPath.isEmpty()) {
            message += QLatin1Char(' ')
                + QCoreApplication::translate("Quorum::Database", "A backup copy is at %1.")
                      .arg(backupPath);
        }
        throw DatabaseError(DatabaseErrorKind::MigrationFailed, m_db.path(), message,
                            error.detail());
    }
}

} // namespace Quorum
