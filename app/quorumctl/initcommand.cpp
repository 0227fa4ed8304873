// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl init': create a governance database, or bring an existing one to the latest schema.
#include "command.h"
#include "commands.h"
#include "console.h"
#include "invocation.h"
#include "modeljson.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Quorum::Cli {

namespace {

class InitCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Cli::InitCommand)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override
    {
        return tr("Create a governance database, or upgrade an existing one");
    }
    QString description() const override
    {
        return tr("Creates a new governance database at the latest schema, or upgrades an "
                  "existing\none (after writing a backup copy beside it). Running it on a "
                  "database that is\nalready up to date changes nothing.");
    }

    ExitCode run(const Invocation &invocation) override
    {
        const Database db = Database::open(invocation.databasePath(), {OpenMode::CreateIfMissing});
        const int from = db.schemaVersionAtOpen();
        const QString action = from == 0 ? QStringLiteral("created")
            : from < db.schemaVersion()  ? QStringLiteral("upgraded")
                                         : QStringLiteral("current");
        if (invocation.json()) {
            Console::json(QJsonDocument(QJsonObject{
                {QStringLiteral("path"), db.path()},
                {QStringLiteral("action"), action},
                {QStringLiteral("schema_version"), db.schemaVersion()},
                {QStringLiteral("previous_schema_version"), from},
                {QStringLiteral("backup"), ModelJson::textOrNull(db.migrationBackupPath())},
            }));
        } else if (action == QLatin1String("created")) {
            Console::out(tr("Created the governance database %1 (schema %2).\n")
                             .arg(db.path())
                             .arg(db.schemaVersion()));
        } else if (action == QLatin1String("upgraded")) {
            Console::out(tr("Upgraded %1 from schema %2 to %3. The previous file was copied to "
                            "%4.\n")
                             .arg(db.path())
                             .arg(from)
                             .arg(db.schemaVersion())
                             .arg(db.migrationBackupPath()));
        } else {
            Console::out(tr("%1 is already at the latest schema (%2); nothing to do.\n")
                             .arg(db.path())
                             .arg(db.schemaVersion()));
        }
        return ExitCode::Success;
    }
};

} // namespace

std::unique_ptr<Command> makeInitCommand()
{
    return std::make_unique<InitCommand>();
}

} // namespace Quorum::Cli
