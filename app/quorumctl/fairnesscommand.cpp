// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl fairness': per-group rates and fairness metrics computed from a predictions CSV,
// optionally stored as a fairness report of a model version.
#include "command.h"
#include "commands.h"
#include "console.h"
#include "governance/statisticsrecorder.h"
#include "governanceinput.h"
#include "invocation.h"
#include "samplesinput.h"
#include "stats/samplereader.h"
#include "statsjson.h"
#include "storage/database.h"
#include "tableprinter.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Quorum::Cli {

namespace {

QString rate(std::optional<double> value)
{
    return value ? QString::number(*value, 'f', 4) : QStringLiteral("—");
}

class FairnessCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Cli::FairnessCommand)

public:
    QString name() const override { return QStringLiteral("fairness"); }
    QString summary() const override
    {
        return tr("Compute per-group rates and fairness metrics from predictions (CSV)");
    }
    QString description() const override
    {
        return tr(
            "Reads the label, prediction, optional score and protected attribute of each\n"
            "row and computes per group: count, selection rate, TPR, FPR, precision,\n"
            "accuracy and (with --score) the Brier score. Summary metrics in both\n"
            "conventions: AIF360's signed unprivileged-vs-privileged ones (all unprivileged\n"
            "rows pooled): statistical_parity_difference, disparate_impact,\n"
            "equal_opportunity_difference, average_odds_difference; and Fairlearn's\n"
            "unsigned max-vs-min over every group: demographic_parity_difference,\n"
            "demographic_parity_ratio, equalized_odds_difference. Undefined metrics are null\n"
            "with the reason. Flags: a disparate impact or demographic parity ratio below\n"
            "0.8 (four-fifths rule) and, with a model version, a gap above its tier's\n"
            "bias-disparity threshold.\n\n"
            "--privileged is a value of the protected column ('male') or, for a numeric\n"
            "column, a comparison ('>25', '>=65'). For a dataset-level check of the labels,\n"
            "give the label column as --prediction too. Rows missing the label, the\n"
            "prediction or the attribute are skipped and counted.");
    }
    QStringList synopses() const override
    {
        return {QStringLiteral("fairness --csv FILE --label COL --prediction COL --protected "
                               "COL --privileged VALUE [--favorable VALUE] [--score COL] "
                               "[--json] [--db FILE --model M --version V]")};
    }
    QList<QCommandLineOption> options() const override
    {
        QList<QCommandLineOption> list{
            {QStringLiteral("csv"), tr("The predictions file."), tr("FILE")},
            {QStringLiteral("label"), tr("Column of the true outcome."), tr("COL")},
            {QStringLiteral("prediction"), tr("Column of the predicted outcome."), tr("COL")},
            {QStringLiteral("protected"), tr("Column of the protected attribute."), tr("COL")},
            {QStringLiteral("privileged"),
             tr("The privileged group: a value, or a comparison such as '>25'."), tr("VALUE")},
            {QStringLiteral("favorable"), tr("The favourable outcome's value (default 1)."),
             tr("VALUE"), QStringLiteral("1")},
            {QStringLiteral("score"),
             tr("Column of the predicted probability of the favourable outcome."), tr("COL")},
            {QStringLiteral("bootstrap"),
             tr("Bootstrap resamples for 95% confidence intervals (default 0: none)."), tr("N"),
             QStringLiteral("0")},
            {QStringLiteral("seed"), tr("Seed of the bootstrap (default 20261122)."), tr("N"),
             QStringLiteral("20261122")},
            {QStringLiteral("model"), tr("Store the report for this model…"), tr("MODEL")},
            {QStringLiteral("version"), tr("…and this version of it."), tr("VERSION")},
        };
        return list + SamplesInput::csvOptions();
    }
    QString failureMeaning() const override { return tr("no such model or version"); }
    QList<ExitCodeMeaning> exitCodeMeanings() const override
    {
        return {{ExitCode::BadInput,
                 tr("the file cannot be read or is malformed, a column is missing, the\n"
                    "favourable value or the privileged group does not occur")}};
    }

    ExitCode run(const Invocation &invocation) override
    {
        FairnessOptions options = fairnessOptions(invocation);
        if (invocation.isSet(QStringLiteral("version"))
            && !invocation.isSet(QStringLiteral("model"))) {
            throw UsageError(tr("--version says where to store the report and needs --model "
                                "(and --db)."));
        }
        QStringList columns{options.labelColumn, options.predictionColumn, options.protectedColumn};
        if (!options.scoreColumn.isEmpty()) {
            columns.append(options.scoreColumn);
        }
        columns.removeDuplicates();
        const SampleTable table
            = readSamples(GovernanceInput::required(invocation, QStringLiteral("csv")),
                          SamplesInput::csvOptions(invocation), columns);
        if (!invocation.isSet(QStringLiteral("model"))) {
            print(invocation, analyzeFairness(table, options), options, {});
            return ExitCode::Success;
        }
        Database db = Database::open(invocation.databasePath());
        const Model model = GovernanceInput::modelByName(
            db, GovernanceInput::required(invocation, QStringLiteral("model")));
        const ModelVersion version = GovernanceInput::version(
            db, model, GovernanceInput::required(invocation, QStringLiteral("version")));
        StatisticsRecorder recorder(db, Actor::program(QStringLiteral("quorumctl fairness")));
        options.maxParityGap = recorder.maxParityGap(version.id);
        const FairnessAnalysis analysis = analyzeFairness(table, options);
        const FairnessReport stored = recorder.recordFairness(
            version.id, analysis, tr("quorumctl fairness: %1").arg(table.path));
        print(invocation, analysis, options,
              tr("Stored fairness report %1 for %2 %3.")
                  .arg(stored.id)
                  .arg(model.name, version.version.toString()),
              stored.id);
        return ExitCode::Success;
    }

private:
    static FairnessOptions fairnessOptions(const Invocation &invocation)
    {
        FairnessOptions o;
        o.labelColumn = GovernanceInput::required(invocation, QStringLiteral("label"));
        o.predictionColumn = GovernanceInput::required(invocation, QStringLiteral("prediction"));
        o.protectedColumn = GovernanceInput::required(invocation, QStringLiteral("protected"));
        o.privileged = PrivilegedGroup::parse(
            GovernanceInput::required(invocation, QStringLiteral("privileged")));
        o.favourable = invocation.value(QStringLiteral("favorable")).trimmed();
        o.scoreColumn = invocation.value(QStringLiteral("score")).trimmed();
        bool ok = false;
        o.bootstrapSamples = invocation.value(QStringLiteral("bootstrap")).toInt(&ok);
        if (!ok || o.bootstrapSamples < 0 || o.bootstrapSamples > 100000) {
            throw UsageError(tr("--bootstrap must be a whole number from 0 to 100000."));
        }
        o.bootstrapSeed = invocation.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            throw UsageError(tr("--seed must be a non-negative whole number."));
        }
        return o;
    }

    static void print(const Invocation &invocation, const FairnessAnalysis &a,
                      const FairnessOptions &options, const QString &storedNote,
                      qint64 reportId = 0)
    {
        if (invocation.json()) {
            QJsonObject json = StatsJson::fairness(a, options);
            if (reportId > 0) {
                json.insert(QStringLiteral("report_id"), reportId);
            }
            Console::json(QJsonDocument(json));
            return;
        }
        const auto right = TablePrinter::Align::Right;
        TablePrinter groups(
            {tr("GROUP"), tr("COUNT"), tr("SELECTION"), tr("TPR"), tr("FPR"), tr("PRECISION"),
             tr("ACCURACY"), tr("BRIER")},
            {TablePrinter::Align::Left, right, right, right, right, right, right, right});
        for (const FairnessGroup &g : a.report.groups) {
            groups.addRow({g.name, QString::number(g.count), rate(g.selectionRate), rate(g.tpr),
                           rate(g.fpr), rate(g.precision), rate(g.accuracy), rate(g.brier)});
        }
        TablePrinter summary(
            {tr("METRIC"), tr("VALUE"), a.intervals.empty() ? QString() : tr("INTERVAL")},
            {TablePrinter::Align::Left, right, right});
        for (const auto &[metric, value] : a.summary) {
            const auto interval = a.intervals.find(metric);
            summary.addRow({metric, rate(value),
                            interval == a.intervals.end() ? QString()
                                                          : QStringLiteral("[%1, %2]")
                                                                .arg(rate(interval->second.low),
                                                                     rate(interval->second.high))});
        }
        QString text = tr("Privileged: %1; favourable outcome: %2; %3 rows (%4 skipped).\n\n")
                           .arg(a.report.privilegedGroup, options.favourable)
                           .arg(a.rows)
                           .arg(a.skippedRows)
            + groups.toString() + QLatin1Char('\n') + summary.toString();
        text += a.report.flags.isEmpty()
            ? tr("\nNo flags.\n")
            : tr("\nFlags:\n  %1\n").arg(a.report.flags.join(QStringLiteral("\n  ")));
        if (!storedNote.isEmpty()) {
            text += storedNote + QLatin1Char('\n');
        }
        Console::out(text);
    }
};

} // namespace

std::unique_ptr<Command> makeFairnessCommand()
{
    return std::make_unique<FairnessCommand>();
}

} // namespace Quorum::Cli
