// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl models': the model inventory.
#include "command.h"
#include "commands.h"
#include "console.h"
#include "invocation.h"
#include "modeljson.h"
#include "storage/database.h"
#include "storage/modelrepository.h"
#include "tableprinter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Quorum::Cli {

namespace {

class ModelsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Cli::ModelsCommand)

public:
    QString name() const override { return QStringLiteral("models"); }
    QString summary() const override { return tr("List the models"); }
    QString description() const override
    {
        return tr("Lists every model, ordered by name: risk tier, headline stage (the "
                  "production\nversion's, else the newest version's), owner, versions and "
                  "pending release requests.");
    }

    ExitCode run(const Invocation &invocation) override
    {
        Database db = Database::open(invocation.databasePath());
        const std::vector<ModelSummary> summaries = ModelRepository(db).summaries();
        if (invocation.json()) {
            QJsonArray rows;
            for (const ModelSummary &summary : summaries) {
                rows.append(ModelJson::fromSummary(summary));
            }
            Console::json(QJsonDocument(rows));
        } else if (summaries.empty()) {
            Console::out(tr("No models in %1 yet.\n").arg(db.path()));
        } else {
            Console::out(table(summaries));
        }
        return ExitCode::Success;
    }

private:
    static QString table(const std::vector<ModelSummary> &summaries)
    {
        using Align = TablePrinter::Align;
        // Team and use case are in --json and 'show'; the status, often "Active", goes last
        // so that a long one does not push the other columns apart.
        TablePrinter table({tr("NAME"), tr("TIER"), tr("STAGE"), tr("OWNER"), tr("VERSIONS"),
                            tr("PRODUCTION"), tr("PENDING"), tr("STATUS")},
                           {Align::Left, Align::Left, Align::Left, Align::Left, Align::Right,
                            Align::Left, Align::Right, Align::Left});
        for (const ModelSummary &s : summaries) {
            table.addRow({s.name,
                          QStringLiteral("%1 %2").arg(tierNumber(s.tier)).arg(riskTierName(s.tier)),
                          s.stage ? stageLabel(*s.stage) : QStringLiteral("-"), s.ownerName,
                          QString::number(s.versionCount),
                          s.productionVersion.isEmpty() ? QStringLiteral("-") : s.productionVersion,
                          QString::number(s.pendingRequests), modelStatusLabel(s.status)});
        }
        return table.toString();
    }
};

} // namespace

std::unique_ptr<Command> makeModelsCommand()
{
    return std::make_unique<ModelsCommand>();
}

} // namespace Quorum::Cli
