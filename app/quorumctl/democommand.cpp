// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl demo': build the deterministic demo database of SPEC §10.
#include "command.h"
#include "commands.h"
#include "console.h"
#include "demo/demodatabase.h"
#include "invocation.h"
#include "storage/database.h"
#include "storage/databaseerror.h"
#include "storage/dbtime.h"
#include "storage/modelrepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Quorum::Cli {

namespace {

class DemoCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Cli::DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override { return tr("Build the demo database"); }
    QString description() const override
    {
        return tr("Builds the demo governance database: people, models, versions, evidence "
                  "and\nrequests, the same for the same seed and date. An existing file is "
                  "refused\nunless --force is given; the file is replaced only once the new one "
                  "is complete.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption({QStringLiteral("force")},
                               tr("Replace the database file if it exists.")),
            QCommandLineOption({QStringLiteral("seed")},
                               tr("The random seed (default %1).").arg(DemoOptions().seed),
                               QStringLiteral("N")),
            QCommandLineOption({QStringLiteral("as-of")},
                               tr("The demo's \"today\", yyyy-mm-dd (default %1).")
                                   .arg(toDbDate(DemoOptions().asOf)),
                               QStringLiteral("DATE")),
        };
    }

    ExitCode run(const Invocation &invocation) override
    {
        const DemoOptions options = demoOptions(invocation);
        const QString path = QFileInfo(invocation.databasePath()).absoluteFilePath();
        const bool force = invocation.isSet(QStringLiteral("force"));
        try {
            createDemoDatabase(path, force ? DemoOverwrite::Replace : DemoOverwrite::Refuse,
                               options);
        } catch (const DatabaseError &error) {
            if (force || error.kind() != DatabaseErrorKind::Constraint) {
                throw;
            }
            throw DatabaseError(error.kind(), error.filePath(),
                                error.message() + QLatin1Char(' ')
                                    + tr("Add --force to replace it."),
                                error.detail());
        }
        Database db = Database::open(path);
        const int models = ModelRepository(db).count();
        if (invocation.json()) {
            Console::json(QJsonDocument(QJsonObject{
                {QStringLiteral("path"), db.path()},
                {QStringLiteral("models"), models},
                {QStringLiteral("seed"), QString::number(options.seed)},
                {QStringLiteral("as_of"), toDbDate(options.asOf)},
                {QStringLiteral("schema_version"), db.schemaVersion()},
            }));
        } else {
            Console::out(tr("Created the demo database %1: %2 models (seed %3, as of %4).\n")
                             .arg(db.path())
                             .arg(models)
                             .arg(options.seed)
                             .arg(toDbDate(options.asOf)));
        }
        return ExitCode::Success;
    }

private:
    static DemoOptions demoOptions(const Invocation &invocation)
    {
        DemoOptions options;
        if (invocation.isSet(QStringLiteral("seed"))) {
            bool ok = false;
            options.seed = invocation.value(QStringLiteral("seed")).toULongLong(&ok);
            if (!ok) {
                throw UsageError(tr("--seed needs a whole number ≥ 0, not '%1'.")
                                     .arg(invocation.value(QStringLiteral("seed"))));
            }
        }
        if (invocation.isSet(QStringLiteral("as-of"))) {
            const QString text = invocation.value(QStringLiteral("as-of"));
            options.asOf = QDate::fromString(text, Qt::ISODate);
            if (!options.asOf.isValid()) {
                throw UsageError(tr("--as-of needs a date as yyyy-mm-dd, not '%1'.").arg(text));
            }
        }
        return options;
    }
};

} // namespace

std::unique_ptr<Command> makeDemoCommand()
{
    return std::make_unique<DemoCommand>();
}

} // namespace Quorum::Cli
