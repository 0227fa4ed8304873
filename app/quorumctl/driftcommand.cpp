// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl drift': drift of each column between a reference and a current sample, computed
// from the raw CSV files, optionally stored as observations of a model version.
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
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace Quorum::Cli {

namespace {

QString formatNumber(double value)
{
    return std::isfinite(value) ? QString::number(value, 'g', 6) : QStringLiteral("∞");
}

class DriftCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Cli::DriftCommand)

public:
    QString name() const override { return QStringLiteral("drift"); }
    QString summary() const override
    {
        return tr("Compute drift between a reference and a current sample (CSV)");
    }
    QString description() const override
    {
        return tr(
            "Compares each column of the reference sample with the same column of the\n"
            "current sample. --method auto chooses per column as Evidently does: with at\n"
            "most 1,000 reference values, Kolmogorov-Smirnov for numeric columns with more\n"
            "than 5 distinct values and chi-squared otherwise; with more, the Wasserstein\n"
            "distance normalised by the reference's standard deviation for such numeric\n"
            "columns and the Jensen-Shannon distance otherwise. Tests (ks, chi2) report drift\n"
            "when the p-value is below the threshold (default 0.05), distances (psi, js,\n"
            "wasserstein, hellinger) when the statistic reaches it (default 0.1). PSI uses\n"
            "--bins bins at the reference's quantiles; empty bins count as 0.0001.\n\n"
            "With --model and --version the results are stored as drift observations of\n"
            "that version for the window --window-start..--window-end (default: the 7 days\n"
            "ending today); PSI is then judged against the tier's monitoring threshold.");
    }
    QStringList synopses() const override
    {
        return {QStringLiteral("drift --reference REF.csv --current CUR.csv [--columns a,b] "
                               "[--method M] [--bins N] [--json]"),
                QStringLiteral("drift --reference REF.csv --current CUR.csv --db FILE --model "
                               "M --version V [--window-start DATE --window-end DATE]")};
    }
    QList<QCommandLineOption> options() const override
    {
        QList<QCommandLineOption> list{
            {QStringLiteral("reference"), tr("The reference sample (CSV with a header)."),
             tr("FILE")},
            {QStringLiteral("current"), tr("The current sample (same columns)."), tr("FILE")},
            {QStringLiteral("columns"),
             tr("Comma-separated columns to compare (default: all\n"
                "of the reference)."),
             tr("LIST")},
            {QStringLiteral("method"),
             tr("auto, psi, ks, chi2, js, wasserstein or hellinger (default auto)."), tr("METHOD"),
             QStringLiteral("auto")},
            {QStringLiteral("bins"), tr("PSI's quantile bins (default 10)."), tr("N"),
             QStringLiteral("10")},
            {QStringLiteral("threshold"),
             tr("One threshold for every column, replacing the\n"
                "method's default."),
             tr("X")},
            {QStringLiteral("fail-on-drift"), tr("Exit with 1 when any column drifts.")},
            {QStringLiteral("model"), tr("Store the results for this model…"), tr("MODEL")},
            {QStringLiteral("version"), tr("…and this version of it."), tr("VERSION")},
            {QStringLiteral("window-start"), tr("First day of the window (YYYY-MM-DD)."),
             tr("DATE")},
            {QStringLiteral("window-end"), tr("Last day of the window (YYYY-MM-DD)."), tr("DATE")},
        };
        return list + SamplesInput::csvOptions();
    }
    QString failureMeaning() const override
    {
        return tr("a column drifted and --fail-on-drift was given; no such model or version");
    }
    QList<ExitCodeMeaning> exitCodeMeanings() const override
    {
        return {{ExitCode::BadInput, tr("a sample file cannot be read or is malformed")}};
    }

    ExitCode run(const Invocation &invocation) override
    {
        const DriftOptions options = driftOptions(invocation);
        if (!invocation.isSet(QStringLiteral("model"))) {
            for (const char *option : {"version", "window-start", "window-end"}) {
                if (invocation.isSet(QString::fromLatin1(option))) {
                    throw UsageError(tr("--%1 says where to store the results and needs --model "
                                        "(and --db).")
                                         .arg(QString::fromLatin1(option)));
                }
            }
        }
        const CsvOptions csv = SamplesInput::csvOptions(invocation);
        const QStringList columns = SamplesInput::list(invocation, QStringLiteral("columns"));
        const SampleTable reference = readSamples(
            GovernanceInput::required(invocation, QStringLiteral("reference")), csv, columns);
        QStringList names;
        for (const SampleColumn &column : reference.columns) {
            names.append(column.name);
        }
        const SampleTable current = readSamples(
            GovernanceInput::required(invocation, QStringLiteral("current")), csv, names);
        const std::vector<DriftResult> results = analyzeDrift(reference, current, options);
        std::vector<DriftObservation> stored;
        QString storedFor;
        if (invocation.isSet(QStringLiteral("model"))) {
            stored = store(invocation, results, reference, current, storedFor);
        }
        print(invocation, results, stored, storedFor);
        const bool drifted = std::any_of(results.begin(), results.end(),
                                         [](const DriftResult &r) { return r.drift; });
        return drifted && invocation.isSet(QStringLiteral("fail-on-drift")) ? ExitCode::Failed
                                                                            : ExitCode::Success;
    }

private:
    static DriftOptions driftOptions(const Invocation &invocation)
    {
        DriftOptions options;
        const QString method = invocation.value(QStringLiteral("method"));
        const auto parsed = driftMethodFromKey(method);
        if (!parsed) {
            throw UsageError(tr("unknown --method '%1'; use auto, psi, ks, chi2, js, "
                                "wasserstein or hellinger.")
                                 .arg(method));
        }
        options.method = *parsed;
        bool ok = false;
        options.bins = invocation.value(QStringLiteral("bins")).toInt(&ok);
        if (!ok || options.bins < 2 || options.bins > 1000) {
            throw UsageError(tr("--bins must be a whole number from 2 to 1000; got '%1'.")
                                 .arg(invocation.value(QStringLiteral("bins"))));
        }
        if (invocation.isSet(QStringLiteral("threshold"))) {
            const double threshold = invocation.value(QStringLiteral("threshold")).toDouble(&ok);
            if (!ok || !(threshold > 0.0)) {
                throw UsageError(tr("--threshold must be a positive number; got '%1'.")
                                     .arg(invocation.value(QStringLiteral("threshold"))));
            }
            options.threshold = threshold;
        }
        return options;
    }

    static QDate date(const Invocation &invocation, const QString &option, QDate fallback)
    {
        if (!invocation.isSet(option)) {
            return fallback;
        }
        const QDate parsed = QDate::fromString(invocation.value(option).trimmed(), Qt::ISODate);
        if (!parsed.isValid()) {
            throw UsageError(tr("--%1 must be a date such as 2026-11-16; got '%2'.")
                                 .arg(option, invocation.value(option)));
        }
        return parsed;
    }

    static std::vector<DriftObservation> store(const Invocation &invocation,
                                               const std::vector<DriftResult> &results,
                                               const SampleTable &reference,
                                               const SampleTable &current, QString &storedFor)
    {
        Database db = Database::open(invocation.databasePath());
        const Model model = GovernanceInput::modelByName(
            db, GovernanceInput::required(invocation, QStringLiteral("model")));
        const ModelVersion version = GovernanceInput::version(
            db, model, GovernanceInput::required(invocation, QStringLiteral("version")));
        DriftWindow window;
        window.end = date(invocation, QStringLiteral("window-end"), QDate::currentDate());
        window.start = date(invocation, QStringLiteral("window-start"), window.end.addDays(-6));
        storedFor = tr("%1 %2, window %3 to %4")
                        .arg(model.name, version.version.toString(),
                             window.start.toString(Qt::ISODate), window.end.toString(Qt::ISODate));
        const QString source = tr("quorumctl drift: %1 vs %2").arg(reference.path, current.path);
        return StatisticsRecorder(db, Actor::program(QStringLiteral("quorumctl drift")))
            .recordDrift(version.id, window, results, source);
    }

    static void print(const Invocation &invocation, const std::vector<DriftResult> &results,
                      const std::vector<DriftObservation> &stored, const QString &storedFor)
    {
        if (invocation.json()) {
            QJsonArray array;
            for (std::size_t i = 0; i < results.size(); ++i) {
                QJsonObject json = StatsJson::drift(results[i]);
                if (i < stored.size()) {
                    json.insert(QStringLiteral("observation_id"), stored[i].id);
                    json.insert(QStringLiteral("status"), driftStatusKey(stored[i].status));
                    json.insert(QStringLiteral("tier_threshold"), stored[i].threshold);
                }
                array.append(json);
            }
            Console::json(QJsonDocument(array));
            return;
        }
        TablePrinter table({tr("COLUMN"), tr("TYPE"), tr("METHOD"), tr("STATISTIC"), tr("P-VALUE"),
                            tr("THRESHOLD"), tr("DRIFT")},
                           {TablePrinter::Align::Left, TablePrinter::Align::Left,
                            TablePrinter::Align::Left, TablePrinter::Align::Right,
                            TablePrinter::Align::Right, TablePrinter::Align::Right});
        int drifted = 0;
        for (const DriftResult &r : results) {
            drifted += r.drift ? 1 : 0;
            table.addRow({r.column, columnTypeKey(r.type), driftMethodKey(r.method),
                          formatNumber(r.statistic),
                          r.pValue ? formatNumber(*r.pValue) : QStringLiteral("—"),
                          formatNumber(r.threshold), r.drift ? tr("yes") : tr("no")});
        }
        QString text = table.toString()
            + tr("\n%1 of %2 columns drifted.\n").arg(drifted).arg(results.size());
        if (!stored.empty()) {
            text += tr("Stored %1 drift observations for %2.\n").arg(stored.size()).arg(storedFor);
        }
        Console::out(text);
    }
};

} // namespace

std::unique_ptr<Command> makeDriftCommand()
{
    return std::make_unique<DriftCommand>();
}

} // namespace Quorum::Cli
