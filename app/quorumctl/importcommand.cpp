// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl import KIND SOURCE': evidence other tools wrote (MLflow file stores, Model Card
// Toolkit and Hugging Face cards, Evidently reports, Quorum's evaluation files), compared with
// the database and written in one transaction, or only previewed with --dry-run.
#include "command.h"
#include "commands.h"
#include "console.h"
#include "importers/apply/importapplier.h"
#include "importers/source/importerror.h"
#include "importinput.h"
#include "importoutput.h"
#include "invocation.h"
#include "storage/database.h"
#include "terminalprogress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace Quorum::Cli {

namespace {

class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Cli::ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override
    {
        return tr("Import evidence from MLflow, model cards (Model Card Toolkit,\n"
                  "Hugging Face), Evidently reports and evaluation files");
    }
    QString description() const override;
    QStringList synopses() const override;
    QList<Argument> arguments() const override
    {
        return {
            {QStringLiteral("KIND"), tr("mlflow, model-card, hf-card, evidently or evaluation")},
            {QStringLiteral("SOURCE"),
             tr("the file to import; for mlflow the store's folder (mlruns)")}};
    }
    QList<QCommandLineOption> options() const override { return ImportInput::options(); }
    QString failureMeaning() const override
    {
        return tr("the database has no such model, version or person (--model, --version,\n"
                  "--as, --owner); a new MLflow model without --tier or owner; an unknown\n"
                  "--experiment or --run; nothing was written");
    }
    QList<ExitCodeMeaning> exitCodeMeanings() const override;

    ExitCode run(const Invocation &invocation) override
    {
        const ImportRequest request = ImportInput::request(invocation);
        const bool dryRun = ImportInput::dryRun(invocation);
        Database db = Database::open(invocation.databasePath());
        const Actor actor = ImportInput::actor(db, invocation);
        ImportPlan plan;
        try {
            plan = importOrPlan(db, request, actor, dryRun);
        } catch (const ImportError &error) {
            return reportError(error);
        }
        if (invocation.json()) {
            Console::json(QJsonDocument(ImportOutput::json(plan, dryRun)));
        } else {
            Console::out(ImportOutput::text(plan, request, dryRun));
        }
        return ExitCode::Success;
    }

private:
    /// Reads the source and plans (--dry-run) or writes it, with a progress line on a
    /// terminal that is erased before anything else is printed.
    static ImportPlan importOrPlan(Database &db, const ImportRequest &request, const Actor &actor,
                                   bool dryRun)
    {
        const TerminalProgress terminal(
            tr("Importing %1").arg(QFileInfo(QDir::cleanPath(request.path)).fileName()));
        const Reports::ReportProgress &progress = terminal.progress();
        const ImportBatch batch = loadImport(
            db, request, nullptr, [&](const QString &what) { progress.step(0, 0, what); });
        if (dryRun) {
            return planImport(db, batch);
        }
        ImportProgress writing;
        writing.report = [&](int done, int total) { progress.step(done, total, tr("writing")); };
        return applyImport(db, batch, actor, writing);
    }

    /// The importer's message as it is; what the user can do about a size limit.
    static ExitCode reportError(const ImportError &error)
    {
        Console::error(error.message());
        switch (error.kind()) {
        case ImportErrorKind::TooLarge:
            Console::err(tr("(use --force to import it anyway)") + QLatin1Char('\n'));
            return ExitCode::BadInput;
        case ImportErrorKind::NotFound:
        case ImportErrorKind::Unreadable:
        case ImportErrorKind::Malformed:
        case ImportErrorKind::Invalid:
            return ExitCode::BadInput;
        case ImportErrorKind::Target:
        case ImportErrorKind::Cancelled:
            break;
        }
        return ExitCode::Failed;
    }
};

QString ImportCommand::description() const
{
    return tr(
        "Reads what another tool wrote, maps it onto Quorum's records and writes it in one\n"
        "transaction with its audit events. Items the database already holds are left\n"
        "alone, so importing the same source again changes nothing and says so.\n"
        "--dry-run prints each change the import would make and writes nothing. Every\n"
        "kind takes --as, --dry-run, --force and --json.\n\n"
        "mlflow: an MLflow file store (mlruns/, MLflow 2.x and 3.x). Registered models and\n"
        "  their versions become models and versions (MLflow's Production becomes staging:\n"
        "  production needs a signed release request), run metrics evaluations. Models the\n"
        "  import creates need --tier and an owner (--owner, else --as). Runs no registered\n"
        "  version links to: --model M --version V imports one run (--run ID, else the\n"
        "  experiment's only run) as a new version V of the existing model M.\n"
        "model-card: a Model Card Toolkit JSON card (schema 0.0.1 or 0.0.2) becomes the\n"
        "  version's next model card revision, every field kept; 'quorumctl export\n"
        "  model-card --out card.json' writes it back.\n"
        "hf-card: a Hugging Face README.md: model-index results become evaluations\n"
        "  (percentages of 0-1 metrics are divided by 100, with a warning), the text a\n"
        "  model card revision.\n"
        "evidently: an Evidently report JSON (legacy drift_by_columns, or 0.7 metrics):\n"
        "  one drift observation per column, for the window --window-start..--window-end\n"
        "  (default: the report's date).\n"
        "evaluation: Quorum's own evaluation or fairness file, JSON or CSV (see the README).\n\n"
        "Files over the size limits are refused unless --force is given. A refused file\n"
        "is named with the line and column or the key path of the problem.");
}

QStringList ImportCommand::synopses() const
{
    return {
        QStringLiteral("[--db FILE] import mlflow DIR [--experiment NAME]\n"
                       "                 [--model M --version V [--run ID]] [--owner EMAIL] "
                       "[--tier N] [options]"),
        QStringLiteral("[--db FILE] import model-card FILE.json --model M --version V [options]"),
        QStringLiteral("[--db FILE] import hf-card README.md --model M --version V [options]"),
        QStringLiteral("[--db FILE] import evidently FILE.json --model M --version V\n"
                       "                 [--window-start DATE --window-end DATE] [options]"),
        QStringLiteral(
            "[--db FILE] import evaluation FILE.json|FILE.csv --model M --version V [options]"),
    };
}

QList<ExitCodeMeaning> ImportCommand::exitCodeMeanings() const
{
    return {
        {ExitCode::Success, tr("imported, previewed (--dry-run), or nothing new to import")},
        {ExitCode::Usage,
         tr("usage error: an unknown KIND, an option that does not go with it, a\n"
            "missing --model or --version, a malformed version, --tier or date, a\n"
            "window that ends before it starts; nothing was written")},
        {ExitCode::Database, tr("database error; nothing was written")},
        {ExitCode::BadInput,
         tr("the source is missing, unreadable, over a size limit (--force imports\n"
            "it anyway), malformed or not what the format expects; the message names\n"
            "the file and the line or key path; nothing was written")},
    };
}

} // namespace

std::unique_ptr<Command> makeImportCommand()
{
    return std::make_unique<ImportCommand>();
}

} // namespace Quorum::Cli
