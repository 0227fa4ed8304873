// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl check': the full integrity check, foreign keys and schema version of a database.
#include "command.h"
#include "commands.h"
#include "console.h"
#include "invocation.h"
#include "storage/database.h"
#include "storage/integritycheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Quorum::Cli {

namespace {

class CheckCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Cli::CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override
    {
        return tr("Check a database's integrity, references and schema version");
    }
    QString description() const override
    {
        return tr("Runs SQLite's full integrity check (reads every page) and its foreign key "
                  "check,\nand compares the schema version with this program's. Changes "
                  "nothing in a\ndatabase at the latest schema.");
    }
    QString failureMeaning() const override { return tr("problems found"); }

    ExitCode run(const Invocation &invocation) override
    {
        // No quick check on opening: a damaged file should be reported line by line below,
        // not refused before the check has run.
        OpenOptions options;
        options.check = OpenCheck::None;
        Database db = Database::open(invocation.databasePath(), options);
        const IntegrityReport report = checkIntegrity(db);
        if (invocation.json()) {
            Console::json(QJsonDocument(toJson(db, report)));
        } else {
            Console::out(toText(db, report));
        }
        return report.isClean() ? ExitCode::Success : ExitCode::Failed;
    }

private:
    static QJsonObject toJson(const Database &db, const IntegrityReport &report)
    {
        QJsonArray foreignKeys;
        for (const ForeignKeyViolation &violation : report.foreignKeyViolations) {
            foreignKeys.append(QJsonObject{
                {QStringLiteral("table"), violation.table},
                {QStringLiteral("rowid"),
                 violation.rowId ? QJsonValue(*violation.rowId) : QJsonValue()},
                {QStringLiteral("column"), violation.column},
                {QStringLiteral("parent"), violation.parentTable},
            });
        }
        return {
            {QStringLiteral("ok"), report.isClean()},
            {QStringLiteral("path"), db.path()},
            {QStringLiteral("schema_version"), report.schemaVersion},
            {QStringLiteral("latest_schema_version"), report.latestSchemaVersion},
            {QStringLiteral("integrity"), QJsonArray::fromStringList(report.integrityProblems)},
            {QStringLiteral("foreign_keys"), foreignKeys},
        };
    }

    static QString toText(const Database &db, const IntegrityReport &report)
    {
        QString text = tr("Database:      %1\n").arg(db.path());
        text += tr("Schema:        %1 (this program writes %2)%3\n")
                    .arg(report.schemaVersion)
                    .arg(report.latestSchemaVersion)
                    .arg(report.schemaVersion == report.latestSchemaVersion
                             ? QString()
                             : QStringLiteral(": ") + tr("not the latest"));
        if (report.integrityProblems.isEmpty()) {
            text += tr("Integrity:     ok\n");
        } else {
            text += tr("Integrity:     %n problem(s)\n", nullptr,
                       static_cast<int>(report.integrityProblems.size()));
            for (const QString &problem : report.integrityProblems) {
                text += QStringLiteral("  ") + problem + QLatin1Char('\n');
            }
        }
        if (report.foreignKeyViolations.empty()) {
            text += tr("Foreign keys:  ok\n");
        } else {
            text += tr("Foreign keys:  %n dangling reference(s)\n", nullptr,
                       static_cast<int>(report.foreignKeyViolations.size()));
            for (const ForeignKeyViolation &violation : report.foreignKeyViolations) {
                text += QStringLiteral("  ") + violationText(violation) + QLatin1Char('\n');
            }
        }
        text
            += report.isClean() ? tr("Result:        ok\n") : tr("Result:        PROBLEMS FOUND\n");
        return text;
    }

    static QString violationText(const ForeignKeyViolation &violation)
    {
        const QString row = violation.rowId
            ? tr("%1 row %2").arg(violation.table).arg(*violation.rowId)
            : violation.table;
        return tr("%1: %2 refers to a row missing from %3")
            .arg(row, violation.column.isEmpty() ? tr("a reference") : violation.column,
                 violation.parentTable);
    }
};

} // namespace

std::unique_ptr<Command> makeCheckCommand()
{
    return std::make_unique<CheckCommand>();
}

} // namespace Quorum::Cli
