// SPDX-License-Identifier: GPL-3.0-or-later
#include "mlflowmapping.h"

#include "importers/source/importerror.h"
#include "importers/source/metricnames.h"
#include "mlflowartifacts.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <utility>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::MlflowMapping", text);
}

constexpr qsizetype kMaxNameLength = 100;

bool hasAlias(const QStringList &aliases, std::initializer_list<const char *> names)
{
    for (const QString &alias : aliases) {
        for (const char *name : names) {
            if (alias.compare(QLatin1String(name), Qt::CaseInsensitive) == 0) {
                return true;
            }
        }
    }
    return false;
}

bool claimsProduction(const QString &stage, const QStringList &aliases)
{
    return stage.compare(QLatin1String("Production"), Qt::CaseInsensitive) == 0
        || hasAlias(aliases, {"production", "prod", "champion"});
}

/// What one import run carries along.
struct Mapper
{
    const MlflowStore &store;
    const MlflowMappingOptions &options;
    ImportBatch batch;
    QSet<QString> experimentIds; ///< in scope
    QSet<QString> linkedRuns;    ///< runs some imported version stands for

    bool inScope(const QString &experimentId) const { return experimentIds.contains(experimentId); }
};

/// Quorum's machine name for a registered model (see releaseservice's name rule).
QString quorumModelName(const QString &mlflowName, const QString &where, QStringList &warnings)
{
    static const QRegularExpression kOutside(QStringLiteral("[^a-z0-9._-]"));
    static const QRegularExpression kLeading(QStringLiteral("^[._-]+"));
    QString name = mlflowName.toLower();
    name.replace(kOutside, QStringLiteral("-"));
    name.remove(kLeading);
    if (name.isEmpty()) {
        throw ImportError(
            ImportErrorKind::Invalid, where, QStringLiteral("name"),
            tr("\"%1\" gives no Quorum model name (expected letters or digits)").arg(mlflowName));
    }
    if (name.size() > kMaxNameLength) {
        name.truncate(kMaxNameLength);
        warnings.append(tr("the model name \"%1\" is shortened to \"%2\" (at most %3 characters)")
                            .arg(mlflowName, name)
                            .arg(kMaxNameLength));
    }
    return name;
}

QString hyperparametersJson(const QMap<QString, QString> &params)
{
    QJsonObject object;
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        object.insert(it.key(), it.value());
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// The latest value of each metric → an evaluation; a key with the same value already taken
/// (a logged model repeats its run's metrics) is passed over.
void addEvaluations(Mapper &m, const VersionKey &key, const std::vector<MlflowMetric> &metrics,
                    const QString &sourcePrefix, QSet<QString> &seen)
{
    for (const MlflowMetric &metric : metrics) {
        const QString source = sourcePrefix + metric.key;
        if (!std::isfinite(metric.value)) {
            m.batch.warnings.append(tr("%1 is %2, not a finite number; not imported")
                                        .arg(source, QString::number(metric.value)));
            continue;
        }
        const QString identity
            = metric.key + QLatin1Char('\n') + QString::number(metric.value, 'g', 17);
        if (seen.contains(identity)) {
            continue;
        }
        seen.insert(identity);
        const MetricName name = normalizeMetricName(metric.key);
        Evaluation evaluation;
        evaluation.metric = name.metric;
        evaluation.split = name.split.value_or(QStringLiteral("test"));
        evaluation.value = metric.value;
        evaluation.recordedAt = metric.timestamp;
        evaluation.source = source;
        m.batch.evaluations.push_back({key, evaluation});
    }
}

/// The evidence of a version: its run's and logged model's metrics.
void addVersionEvidence(Mapper &m, const VersionKey &key, const MlflowRun *run,
                        const MlflowLoggedModel *logged)
{
    QSet<QString> seen;
    if (run != nullptr) {
        m.linkedRuns.insert(run->runId);
        addEvaluations(m, key, run->metrics,
                       QStringLiteral("mlflow:run/%1/metrics/").arg(run->runId), seen);
    }
    if (logged != nullptr) {
        m.linkedRuns.insert(logged->sourceRunId);
        addEvaluations(m, key, logged->metrics,
                       QStringLiteral("mlflow:model/%1/metrics/").arg(logged->modelId), seen);
    }
}

/// The version record: artifact (URI as written, SHA-256 when it is here), framework from
/// MLmodel, run parameters, code commit and environment.
ModelVersion versionRecord(Mapper &m, const VersionKey &key, const QString &artifactUri,
                           const QString &localPath, const MlflowRun *run,
                           const MlflowLoggedModel *logged)
{
    ModelVersion version;
    version.version = SemanticVersion::parse(key.version).value_or(SemanticVersion{});
    version.artifactUri = artifactUri;
    QString mlflowVersion;
    if (localPath.isEmpty()) {
        m.batch.warnings.append(tr("%1: the artifact %2 is not on this machine; its SHA-256 is "
                                   "left empty")
                                    .arg(key.label(), artifactUri));
    } else {
        version.artifactSha256 = mlflowArtifactSha256(localPath);
        if (const auto flavor = readMlflowModelFlavor(localPath)) {
            version.framework = flavor->framework;
            version.frameworkVersion = flavor->frameworkVersion;
            mlflowVersion = flavor->mlflowVersion;
        }
    }
    const QMap<QString, QString> &params = run != nullptr ? run->params
        : logged != nullptr                               ? logged->params
                                                          : QMap<QString, QString>();
    version.hyperparametersJson = hyperparametersJson(params);
    if (run != nullptr) {
        version.codeCommit = run->tags.value(QStringLiteral("mlflow.source.git.commit"));
    }
    const QString mlflow = mlflowVersion.isEmpty() ? QStringLiteral("MLflow")
                                                   : QStringLiteral("MLflow ") + mlflowVersion;
    version.trainingEnvironment
        = run != nullptr ? tr("%1, run %2").arg(mlflow, run->runId) : mlflow;
    return version;
}

/// The registered model's tier: --tier, else its quorum.risk_tier tag.
std::optional<RiskTier> modelTier(const Mapper &m, const MlflowRegisteredModel &model)
{
    if (m.options.riskTier) {
        return riskTierFromNumber(*m.options.riskTier);
    }
    const auto tag = model.tags.constFind(QStringLiteral("quorum.risk_tier"));
    if (tag == model.tags.constEnd()) {
        return std::nullopt;
    }
    const auto tier = riskTierFromText(tag.value().trimmed());
    if (!tier) {
        throw ImportError(ImportErrorKind::Invalid,
                          m.store.root + QStringLiteral("/models/") + model.name
                              + QStringLiteral("/tags/quorum.risk_tier"),
                          {}, tr("expected a risk tier 1 to 4, found \"%1\"").arg(tag.value()));
    }
    return tier;
}

void mapVersion(Mapper &m, const MlflowRegisteredModel &model, const QString &name,
                const MlflowModelVersion &mv, QMap<QString, qint64> &numbers)
{
    const VersionKey key{name, quorumVersionForMlflow(mv)};
    const QString where = QStringLiteral("models/%1/version-%2").arg(model.name).arg(mv.version);
    if (numbers.contains(key.version)) {
        throw ImportError(ImportErrorKind::Invalid, m.store.root + QLatin1Char('/') + where, {},
                          tr("versions %1 and %2 of %3 both become %4; expected one Quorum "
                             "version each (see the quorum.version tag)")
                              .arg(numbers.value(key.version))
                              .arg(mv.version)
                              .arg(model.name, key.version));
    }
    numbers.insert(key.version, mv.version);
    const QString tagged = mv.tags.value(QStringLiteral("quorum.version"));
    if (!tagged.isEmpty() && !SemanticVersion::parse(tagged.trimmed())) {
        m.batch.warnings.append(tr("%1 version %2: the quorum.version tag \"%3\" is not "
                                   "MAJOR.MINOR.PATCH; the version is imported as %4")
                                    .arg(model.name)
                                    .arg(mv.version)
                                    .arg(tagged, key.version));
    }
    const MlflowRun *run = m.store.findRun(mv.runId);
    const MlflowLoggedModel *logged = m.store.findLoggedModel(mv.modelId);
    if (run == nullptr && !mv.runId.isEmpty()) {
        m.batch.warnings.append(tr("%1 version %2: run %3 is not in the store; its metrics and "
                                   "parameters are not imported")
                                    .arg(model.name)
                                    .arg(mv.version)
                                    .arg(mv.runId));
    }
    const QString uri = mv.source.isEmpty() ? mv.storageLocation : mv.source;
    ModelVersion version = versionRecord(m, key, uri, mv.localArtifactPath, run, logged);
    version.stage = quorumStageForMlflow(mv.currentStage, mv.aliases);
    version.createdAt = mv.creationTime;
    if (claimsProduction(mv.currentStage, mv.aliases)) {
        m.batch.warnings.append(tr("MLflow marks %1 version %2 as Production; Quorum records %3 "
                                   "as staging: production needs a signed release request")
                                    .arg(model.name)
                                    .arg(mv.version)
                                    .arg(key.version));
    }
    m.batch.versions.push_back({key, version, where});
    addVersionEvidence(m, key, run, logged);
}

bool versionInScope(const Mapper &m, const MlflowModelVersion &mv)
{
    if (m.options.experiment.isEmpty()) {
        return true;
    }
    const MlflowRun *run = m.store.findRun(mv.runId);
    const MlflowLoggedModel *logged = m.store.findLoggedModel(mv.modelId);
    return (run != nullptr && m.experimentIds.contains(run->experimentId))
        || (logged != nullptr && m.experimentIds.contains(logged->experimentId));
}

void mapRegistry(Mapper &m)
{
    QMap<QString, QString> names; // Quorum name → MLflow name
    for (const MlflowRegisteredModel &model : m.store.registeredModels) {
        std::vector<const MlflowModelVersion *> versions;
        for (const MlflowModelVersion &mv : model.versions) {
            if (versionInScope(m, mv)) {
                versions.push_back(&mv);
            }
        }
        if (versions.empty() && !m.options.experiment.isEmpty()) {
            continue;
        }
        const QString where = QStringLiteral("models/") + model.name;
        const QString name = quorumModelName(model.name, m.store.root + QLatin1Char('/') + where,
                                             m.batch.warnings);
        if (names.contains(name)) {
            throw ImportError(ImportErrorKind::Invalid, m.store.root + QLatin1Char('/') + where, {},
                              tr("the registered models \"%1\" and \"%2\" both become the Quorum "
                                 "model \"%3\"; rename one in MLflow")
                                  .arg(names.value(name), model.name, name));
        }
        names.insert(name, model.name);
        ImportedModel imported;
        imported.model.name = name;
        imported.model.displayName = model.name;
        imported.model.description = model.description;
        imported.tier = modelTier(m, model);
        imported.ownerEmail = m.options.ownerEmail;
        imported.where = where;
        m.batch.models.push_back(imported);
        QMap<QString, qint64> numbers;
        for (const MlflowModelVersion *mv : versions) {
            mapVersion(m, model, name, *mv, numbers);
        }
    }
}

QString runLabel(const MlflowRun &run)
{
    return run.name.isEmpty() ? run.runId : QStringLiteral("%1 (%2)").arg(run.runId, run.name);
}

/// The run imported as options.target: runId, else the only run in scope.
const MlflowRun &targetRun(const Mapper &m)
{
    if (!m.options.runId.isEmpty()) {
        const MlflowRun *run = m.store.findRun(m.options.runId.trimmed());
        if (run == nullptr || !m.inScope(run->experimentId)) {
            throw ImportError(ImportErrorKind::Target, m.store.root, {},
                              tr("no run %1 in the experiments imported").arg(m.options.runId));
        }
        return *run;
    }
    std::vector<const MlflowRun *> runs;
    for (const MlflowExperiment &experiment : m.store.experiments) {
        if (m.inScope(experiment.experimentId)) {
            for (const MlflowRun &run : experiment.runs) {
                runs.push_back(&run);
            }
        }
    }
    if (runs.size() == 1) {
        return *runs.front();
    }
    if (runs.empty()) {
        throw ImportError(ImportErrorKind::Target, m.store.root, {},
                          tr("no run to import as %1").arg(m.options.target->label()));
    }
    QStringList labels;
    for (const MlflowRun *run : runs) {
        labels.append(runLabel(*run));
    }
    throw ImportError(ImportErrorKind::Target, m.store.root, {},
                      tr("%1 runs, expected one to import as %2: choose one with --run: %3")
                          .arg(runs.size())
                          .arg(m.options.target->label(), labels.join(QStringLiteral(", "))));
}

void mapTargetRun(Mapper &m)
{
    const MlflowRun &run = targetRun(m);
    const VersionKey &key = *m.options.target;
    const MlflowRunModel model = mlflowRunModel(m.store, run);
    if (!model.note.isEmpty()) {
        m.batch.warnings.append(model.note);
    }
    const MlflowLoggedModel *logged = m.store.findLoggedModel(model.loggedModelId);
    if (m.options.riskTier) {
        // Asked to create the model if need be: an existing one is left as it is.
        ImportedModel created;
        created.model.name = key.model;
        created.model.displayName = key.model;
        created.model.description
            = tr("Imported from MLflow run %1 (experiment %2)").arg(run.runId, run.experimentId);
        created.tier = riskTierFromNumber(*m.options.riskTier);
        created.ownerEmail = m.options.ownerEmail;
        created.where = run.experimentId + QLatin1Char('/') + run.runId;
        m.batch.models.push_back(std::move(created));
    }
    ModelVersion version = versionRecord(m, key, model.uri, model.localPath, &run, logged);
    version.stage = Stage::Development;
    version.createdAt = run.startTime;
    m.batch.versions.push_back({key, version, run.experimentId + QLatin1Char('/') + run.runId});
    addVersionEvidence(m, key, &run, logged);
}

void warnUnlinkedRuns(Mapper &m)
{
    for (const MlflowExperiment &experiment : m.store.experiments) {
        if (!m.inScope(experiment.experimentId)) {
            continue;
        }
        for (const MlflowRun &run : experiment.runs) {
            if (!m.linkedRuns.contains(run.runId)) {
                m.batch.warnings.append(
                    tr("run %1 of experiment %2 is linked to no registered model version; "
                       "import it with --model M --version V --run %3")
                        .arg(runLabel(run), experiment.name, run.runId));
            }
        }
    }
}

} // namespace

Stage quorumStageForMlflow(const QString &currentStage, const QStringList &aliases)
{
    if (claimsProduction(currentStage, aliases)
        || currentStage.compare(QLatin1String("Staging"), Qt::CaseInsensitive) == 0
        || hasAlias(aliases, {"staging", "challenger", "candidate"})) {
        return Stage::Staging;
    }
    if (currentStage.compare(QLatin1String("Archived"), Qt::CaseInsensitive) == 0) {
        return Stage::Archived;
    }
    return Stage::Development;
}

QString quorumVersionForMlflow(const MlflowModelVersion &version)
{
    for (const char *tag : {"quorum.version", "version"}) {
        const auto it = version.tags.constFind(QLatin1String(tag));
        if (it != version.tags.constEnd()) {
            if (const auto semver = SemanticVersion::parse(it.value().trimmed())) {
                return semver->toString();
            }
        }
    }
    return QStringLiteral("%1.0.0").arg(version.version);
}

ImportBatch mapMlflowStore(const MlflowStore &store, const MlflowMappingOptions &options)
{
    Mapper m{store, options, {}, {}, {}};
    m.batch.kind = QStringLiteral("mlflow");
    m.batch.source = store.root;
    if (options.riskTier && !riskTierFromNumber(*options.riskTier)) {
        throw ImportError(ImportErrorKind::Target, {}, {},
                          tr("risk tier %1: expected 1 to 4").arg(*options.riskTier));
    }
    if (options.experiment.isEmpty()) {
        for (const MlflowExperiment &experiment : store.experiments) {
            m.experimentIds.insert(experiment.experimentId);
        }
    } else {
        const MlflowExperiment *experiment = store.findExperiment(options.experiment);
        if (experiment == nullptr) {
            QStringList known;
            for (const MlflowExperiment &e : store.experiments) {
                known.append(QStringLiteral("%1 (%2)").arg(e.name, e.experimentId));
            }
            throw ImportError(ImportErrorKind::Target, store.root, {},
                              tr("no experiment \"%1\"; expected one of: %2")
                                  .arg(options.experiment, known.join(QStringLiteral(", "))));
        }
        m.experimentIds.insert(experiment->experimentId);
    }
    if (options.target) {
        mapTargetRun(m);
    } else {
        mapRegistry(m);
    }
    warnUnlinkedRuns(m);
    return std::move(m.batch);
}

} // namespace Quorum
