// SPDX-License-Identifier: GPL-3.0-or-later
#include "importinput.h"

#include "domain/risktier.h"
#include "domain/semanticversion.h"
#include "exitcode.h"
#include "governanceinput.h"
#include "invocation.h"

#include <QCoreApplication>
#include <QDate>

namespace Quorum::Cli::ImportInput {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Cli::ImportCommand", text);
}

const QString kModel = QStringLiteral("model");
const QString kVersion = QStringLiteral("version");
const QString kWindowStart = QStringLiteral("window-start");
const QString kWindowEnd = QStringLiteral("window-end");

/// One kind of import and the options only some kinds take.
struct KindOptions
{
    ImportKind kind;
    QStringList options;
};

const QList<KindOptions> &kindOptions()
{
    static const QList<KindOptions> kinds{
        {ImportKind::Mlflow,
         {QStringLiteral("experiment"), kModel, kVersion, QStringLiteral("run"),
          QStringLiteral("owner"), QStringLiteral("tier")}},
        {ImportKind::ModelCard, {kModel, kVersion}},
        {ImportKind::HfCard, {kModel, kVersion}},
        {ImportKind::Evidently, {kModel, kVersion, kWindowStart, kWindowEnd}},
        {ImportKind::Evaluation, {kModel, kVersion}},
    };
    return kinds;
}

/// The options every kind takes, besides the common ones (--db, --json, …).
QStringList sharedOptions()
{
    return {QStringLiteral("as"), QStringLiteral("dry-run"), QStringLiteral("force")};
}

const KindOptions &kindNamed(const QString &word)
{
    QStringList names;
    for (const KindOptions &entry : kindOptions()) {
        if (importKindKey(entry.kind) == word) {
            return entry;
        }
        names << importKindKey(entry.kind);
    }
    throw UsageError(
        tr("unknown import '%1': use one of %2.").arg(word, names.join(QStringLiteral(", "))));
}

void refuseForeignOptions(const Invocation &invocation, const KindOptions &kind)
{
    const QStringList allowed = kind.options + sharedOptions();
    for (const QCommandLineOption &option : options()) {
        const QString &name = option.names().constFirst();
        if (invocation.isSet(name) && !allowed.contains(name)) {
            throw UsageError(
                tr("--%1 does not go with 'import %2'.").arg(name, importKindKey(kind.kind)));
        }
    }
}

VersionKey versionKey(const Invocation &invocation)
{
    const QString model = GovernanceInput::required(invocation, kModel);
    const QString text = GovernanceInput::required(invocation, kVersion);
    const std::optional<SemanticVersion> number = SemanticVersion::parse(text);
    if (!number) {
        throw UsageError(
            tr("--version needs a semantic version such as 1.4.0, not '%1'.").arg(text));
    }
    return VersionKey{model, number->toString()};
}

QDate date(const Invocation &invocation, const QString &option)
{
    const QString text = invocation.value(option).trimmed();
    const QDate parsed = QDate::fromString(text, Qt::ISODate);
    if (!parsed.isValid()) {
        throw UsageError(tr("--%1 must be a date such as 2026-11-16; got '%2'.").arg(option, text));
    }
    return parsed;
}

DriftWindowDates window(const Invocation &invocation)
{
    const bool start = invocation.isSet(kWindowStart);
    if (start != invocation.isSet(kWindowEnd)) {
        throw UsageError(tr("give both --window-start and --window-end, or neither (the "
                            "report's date)."));
    }
    if (!start) {
        return {};
    }
    DriftWindowDates dates{date(invocation, kWindowStart), date(invocation, kWindowEnd)};
    if (dates.end < dates.start) {
        throw UsageError(
            tr("the window ends (--window-end %1) before it starts "
               "(--window-start %2).")
                .arg(dates.end.toString(Qt::ISODate), dates.start.toString(Qt::ISODate)));
    }
    return dates;
}

void mlflowOptions(const Invocation &invocation, ImportRequest &request)
{
    MlflowMappingOptions &mlflow = request.mlflow;
    mlflow.experiment = invocation.value(QStringLiteral("experiment")).trimmed();
    mlflow.runId = invocation.value(QStringLiteral("run")).trimmed();
    mlflow.ownerEmail = invocation.isSet(QStringLiteral("owner"))
        ? invocation.value(QStringLiteral("owner")).trimmed()
        : invocation.value(QStringLiteral("as")).trimmed();
    if (invocation.isSet(QStringLiteral("tier"))) {
        const QString text = invocation.value(QStringLiteral("tier")).trimmed();
        const std::optional<RiskTier> tier = riskTierFromText(text);
        if (!tier) {
            throw UsageError(tr("--tier needs 1 (critical) to 4 (minimal), not '%1'.").arg(text));
        }
        mlflow.riskTier = tierNumber(*tier);
    }
    const bool model = invocation.isSet(kModel);
    if (model != invocation.isSet(kVersion)) {
        throw UsageError(tr("give --model and --version together: they name the version one "
                            "run is imported as."));
    }
    if (!mlflow.runId.isEmpty() && !model) {
        throw UsageError(tr("--run needs --model and --version: the version the run becomes."));
    }
    if (model) {
        request.target = versionKey(invocation);
        mlflow.target = request.target;
    }
}

} // namespace

QList<QCommandLineOption> options()
{
    return {
        {kModel, tr("The model's machine name."), QStringLiteral("M")},
        {kVersion, tr("The version, e.g. 2.1.0."), QStringLiteral("V")},
        {QStringLiteral("as"),
         tr("Who imports, by e-mail address: the audit trail's actor\n(default: the program "
            "\"quorumctl import\")."),
         QStringLiteral("EMAIL")},
        {QStringLiteral("dry-run"), tr("Show what would change; write nothing.")},
        {QStringLiteral("force"),
         tr("Import a file over the size limits (32 MiB JSON, CSV or\n"
            "Markdown, 1 MiB YAML, 64 MiB MLflow metric file).")},
        {QStringLiteral("experiment"), tr("mlflow: only this experiment (name or id)."),
         QStringLiteral("NAME")},
        {QStringLiteral("run"),
         tr("mlflow: the run to import as --model/--version (default:\nthe experiment's only "
            "run)."),
         QStringLiteral("ID")},
        {QStringLiteral("owner"),
         tr("mlflow: the owner of models the import creates\n(default: --as)."),
         QStringLiteral("EMAIL")},
        {QStringLiteral("tier"),
         tr("mlflow: the risk tier of models the import creates,\n1 (critical) to 4 (minimal)."),
         QStringLiteral("N")},
        {kWindowStart, tr("evidently: the window's first day, YYYY-MM-DD."),
         QStringLiteral("DATE")},
        {kWindowEnd, tr("evidently: the window's last day, YYYY-MM-DD."), QStringLiteral("DATE")},
    };
}

ImportRequest request(const Invocation &invocation)
{
    const QStringList positional = invocation.positionalArguments();
    const KindOptions &kind = kindNamed(positional.constFirst());
    refuseForeignOptions(invocation, kind);
    ImportRequest request;
    request.kind = kind.kind;
    request.path = positional.at(1);
    if (invocation.isSet(QStringLiteral("force"))) {
        request.limits.sizeLimit = SizeLimit::Lifted;
    }
    if (kind.kind == ImportKind::Mlflow) {
        mlflowOptions(invocation, request);
    } else {
        request.target = versionKey(invocation);
        request.window = window(invocation);
    }
    return request;
}

bool dryRun(const Invocation &invocation)
{
    return invocation.isSet(QStringLiteral("dry-run"));
}

Actor actor(Database &db, const Invocation &invocation)
{
    if (!invocation.isSet(QStringLiteral("as"))) {
        return Actor::program(QStringLiteral("quorumctl import"));
    }
    const Person person
        = GovernanceInput::personByEmail(db, invocation.value(QStringLiteral("as")));
    return Actor::person(person.id, person.name);
}

} // namespace Quorum::Cli::ImportInput
