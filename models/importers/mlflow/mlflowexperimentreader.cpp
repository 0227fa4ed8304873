// SPDX-License-Identifier: GPL-3.0-or-later
// The tracking part of an MLflow file store: experiments, runs and MLflow 3 logged models.
#include "mlflowfolders.h"
#include "mlflowlocations.h"
#include "mlflowmeta.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace Quorum::Internal {

namespace {

using Folder = MlflowTreeWalker::Folder;

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::MlflowReader", text);
}

const QString kMeta = QStringLiteral("meta.yaml");

/// The artifacts folder of a run or logged model on this machine: where its location points,
/// else the artifacts/ folder beside its meta.yaml.
QString localArtifacts(const QString &location, const QString &folder, const QString &root)
{
    const QString found = localMlflowLocation(location, root);
    if (!found.isEmpty() && QFileInfo(found).isDir()) {
        return found;
    }
    const QString beside = folder + QStringLiteral("/artifacts");
    return QFileInfo(beside).isDir() ? beside : QString();
}

/// Reads metrics/, params/ and tags/ of a run or logged model.
template<typename T>
void readKeyValueFolders(MlflowTreeWalker &walker, const Folder &folder, T &target)
{
    for (const MlflowEntry &entry : folder.entries()) {
        if (!entry.isFolder) {
            continue;
        }
        if (entry.name == QLatin1String("metrics")) {
            target.metrics = walker.readMetrics(entry.path);
        } else if (entry.name == QLatin1String("params")) {
            target.params = walker.readValues(entry.path);
        } else if (entry.name == QLatin1String("tags")) {
            target.tags = walker.readValues(entry.path);
        }
    }
}

/// The id in meta.yaml at @p key must be the folder's name.
QString requireFolderName(const SourceNode &node, const QString &folderName)
{
    const QString id = node.text();
    if (id != folderName) {
        node.fail(tr("expected the folder's name \"%1\", found \"%2\"").arg(folderName, id));
    }
    return id;
}

std::optional<MlflowRun> readRun(MlflowTreeWalker &walker, const QString &path,
                                 const QString &experimentId, std::vector<MlflowSkipped> &skipped)
{
    const Folder folder(walker, path);
    walker.reportProgress(path);
    if (folder.find(kMeta) == nullptr) {
        skipped.push_back({path, tr("not an MLflow run (no meta.yaml)")});
        return std::nullopt;
    }
    const SourceNode meta = walker.readYamlObject(path + QLatin1Char('/') + kMeta);
    if (mlflowDeleted(meta[QStringLiteral("lifecycle_stage")])) {
        skipped.push_back({path, tr("deleted run")});
        return std::nullopt;
    }
    MlflowRun run;
    const QString folderName = QFileInfo(path).fileName();
    const SourceNode runId = meta[QStringLiteral("run_id")];
    run.runId = requireFolderName(runId.isMissing() ? meta[QStringLiteral("run_uuid")] : runId,
                                  folderName);
    run.experimentId = requireFolderName(meta[QStringLiteral("experiment_id")], experimentId);
    run.name = mlflowText(meta[QStringLiteral("run_name")]);
    run.userId = mlflowText(meta[QStringLiteral("user_id")]);
    run.status = mlflowRunStatus(meta[QStringLiteral("status")]);
    run.startTime = mlflowTime(meta[QStringLiteral("start_time")]);
    run.endTime = mlflowTime(meta[QStringLiteral("end_time")]);
    run.artifactUri = mlflowText(meta[QStringLiteral("artifact_uri")]);
    readKeyValueFolders(walker, folder, run);
    if (run.name.isEmpty()) {
        run.name = run.tags.value(QStringLiteral("mlflow.runName"));
    }
    if (run.userId.isEmpty()) {
        run.userId = run.tags.value(QStringLiteral("mlflow.user"));
    }
    run.runDir = QFileInfo(path).absoluteFilePath();
    run.localArtifactDir = localArtifacts(run.artifactUri, run.runDir, walker.root());
    return run;
}

std::optional<MlflowLoggedModel> readLoggedModel(MlflowTreeWalker &walker, const QString &path,
                                                 const QString &experimentId,
                                                 std::vector<MlflowSkipped> &skipped)
{
    const Folder folder(walker, path);
    walker.reportProgress(path);
    if (folder.find(kMeta) == nullptr) {
        skipped.push_back({path, tr("not an MLflow logged model (no meta.yaml)")});
        return std::nullopt;
    }
    const SourceNode meta = walker.readYamlObject(path + QLatin1Char('/') + kMeta);
    if (mlflowDeleted(meta[QStringLiteral("lifecycle_stage")])) {
        skipped.push_back({path, tr("deleted logged model")});
        return std::nullopt;
    }
    MlflowLoggedModel model;
    model.modelId = requireFolderName(meta[QStringLiteral("model_id")], QFileInfo(path).fileName());
    model.experimentId = requireFolderName(meta[QStringLiteral("experiment_id")], experimentId);
    model.name = mlflowText(meta[QStringLiteral("name")]);
    model.sourceRunId = mlflowText(meta[QStringLiteral("source_run_id")]);
    model.artifactLocation = mlflowText(meta[QStringLiteral("artifact_location")]);
    readKeyValueFolders(walker, folder, model);
    model.localArtifactDir
        = localArtifacts(model.artifactLocation, QFileInfo(path).absoluteFilePath(), walker.root());
    return model;
}

void readLoggedModels(MlflowTreeWalker &walker, const QString &path, MlflowExperiment &experiment,
                      std::vector<MlflowSkipped> &skipped)
{
    const Folder folder(walker, path);
    for (const MlflowEntry &entry : folder.entries()) {
        if (entry.isFolder && !entry.name.startsWith(QLatin1Char('.'))) {
            if (auto model
                = readLoggedModel(walker, entry.path, experiment.experimentId, skipped)) {
                experiment.loggedModels.push_back(std::move(*model));
            }
        }
    }
}

bool startedBefore(const MlflowRun &a, const MlflowRun &b)
{
    const qint64 aStart = a.startTime.isValid() ? a.startTime.toMSecsSinceEpoch() : 0;
    const qint64 bStart = b.startTime.isValid() ? b.startTime.toMSecsSinceEpoch() : 0;
    return aStart != bStart ? aStart < bStart : a.runId < b.runId;
}

} // namespace

std::optional<MlflowExperiment> readMlflowExperiment(MlflowTreeWalker &walker, const QString &path,
                                                     std::vector<MlflowSkipped> &skipped)
{
    const Folder folder(walker, path);
    walker.reportProgress(path);
    if (folder.find(kMeta) == nullptr) {
        skipped.push_back({path, tr("not an MLflow experiment (no meta.yaml)")});
        return std::nullopt;
    }
    const SourceNode meta = walker.readYamlObject(path + QLatin1Char('/') + kMeta);
    if (mlflowDeleted(meta[QStringLiteral("lifecycle_stage")])) {
        skipped.push_back({path, tr("deleted experiment")});
        return std::nullopt;
    }
    MlflowExperiment experiment;
    experiment.experimentId = meta[QStringLiteral("experiment_id")].text();
    if (experiment.experimentId != QFileInfo(path).fileName()) {
        // MLflow itself ignores such an experiment (with a warning in its log).
        skipped.push_back({path,
                           tr("experiment_id \"%1\" in meta.yaml is not the folder's name")
                               .arg(experiment.experimentId)});
        return std::nullopt;
    }
    experiment.name = meta[QStringLiteral("name")].text();
    experiment.artifactLocation = mlflowText(meta[QStringLiteral("artifact_location")]);
    experiment.creationTime = mlflowTime(meta[QStringLiteral("creation_time")]);
    for (const MlflowEntry &entry : folder.entries()) {
        if (!entry.isFolder || entry.name.startsWith(QLatin1Char('.'))) {
            continue;
        }
        if (entry.name == QLatin1String("tags")) {
            experiment.tags = walker.readValues(entry.path);
        } else if (entry.name == QLatin1String("models")) {
            readLoggedModels(walker, entry.path, experiment, skipped);
        } else if (isMlflowRunId(entry.name)) {
            if (auto run = readRun(walker, entry.path, experiment.experimentId, skipped)) {
                experiment.runs.push_back(std::move(*run));
            }
        } else if (entry.name != QLatin1String("datasets")
                   && entry.name != QLatin1String("traces")) {
            skipped.push_back({entry.path,
                               tr("not an MLflow run folder (expected 32 "
                                  "hexadecimal digits as its name)")});
        }
    }
    std::sort(experiment.runs.begin(), experiment.runs.end(), startedBefore);
    return experiment;
}

} // namespace Quorum::Internal
