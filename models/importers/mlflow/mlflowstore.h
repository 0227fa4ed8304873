// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Quorum {

/// The latest value of one metric of a run or logged model: the line with the greatest
/// (step, timestamp, value), as MLflow's own reader picks it.
struct MlflowMetric
{
    QString key; ///< the file name, trailing spaces removed (MLflow 2 wrote "mae  ")
    double value = 0.0;
    qint64 step = 0;
    QDateTime timestamp; ///< UTC, from milliseconds since the epoch
    int lines = 0;       ///< history lines read (identical duplicates included)
};

/// One run (`<experiment>/<run_id>/`), lifecycle_stage active only.
struct MlflowRun
{
    QString runId; ///< 32 lowercase hex digits
    QString experimentId;
    QString name;             ///< run_name, or the mlflow.runName tag
    QString userId;           ///< user_id, or the mlflow.user tag
    int status = 1;           ///< RUNNING=1 SCHEDULED=2 FINISHED=3 FAILED=4 KILLED=5
    QDateTime startTime;      ///< UTC; invalid when absent
    QDateTime endTime;        ///< UTC; invalid while running
    QString artifactUri;      ///< as written (may be file:///… of another machine)
    QString localArtifactDir; ///< the artifacts folder if it exists on this machine, else empty
    QMap<QString, QString> params;     ///< keys trimmed of trailing spaces
    QMap<QString, QString> tags;       ///< keys with "/" are sub-folders, joined with "/"
    std::vector<MlflowMetric> metrics; ///< sorted by key
    QString runDir;                    ///< absolute path of the run's folder
};

/// An MLflow 3 logged model (`<experiment>/models/<model_id>/`).
struct MlflowLoggedModel
{
    QString modelId; ///< "m-…"
    QString experimentId;
    QString name;
    QString sourceRunId;
    QString artifactLocation;
    QString localArtifactDir;
    QMap<QString, QString> params;
    QMap<QString, QString> tags;
    std::vector<MlflowMetric> metrics; ///< 4-field lines: timestamp value step run_id
};

struct MlflowExperiment
{
    QString experimentId; ///< as text, even when the YAML held a number
    QString name;
    QString artifactLocation;
    QDateTime creationTime;
    QMap<QString, QString> tags;
    std::vector<MlflowRun> runs; ///< active runs, sorted by start time then id
    std::vector<MlflowLoggedModel> loggedModels;
};

/// A version of a registered model (`models/<name>/version-<N>/`), not deleted.
struct MlflowModelVersion
{
    qint64 version = 0;
    QString currentStage; ///< "None", "Staging", "Production" or "Archived", as written
    QStringList aliases;  ///< from the registered model's aliases/ folder, sorted
    QString description;
    QString source;  ///< e.g. "runs:/<run_id>/model" or "models:/m-…"
    QString runId;   ///< may be empty
    QString modelId; ///< MLflow 3 logged model, may be empty
    QString status;  ///< READY, PENDING_REGISTRATION, FAILED_REGISTRATION
    QString storageLocation;
    QString localArtifactPath; ///< the version's artifact file or folder on this machine, or empty
    QDateTime creationTime;
    QMap<QString, QString> tags;
};

struct MlflowRegisteredModel
{
    QString name;
    QString description;
    QDateTime creationTime;
    QMap<QString, QString> tags;
    QMap<QString, qint64> aliases;            ///< alias → version
    std::vector<MlflowModelVersion> versions; ///< by version number; deleted ones hidden
};

/// Something in the tree that was passed over, with the reason (for the import summary).
struct MlflowSkipped
{
    QString path;
    QString reason; ///< e.g. "deleted experiment", "deleted model version", "not an MLflow folder"
};

/// An MLflow file store as read from disk (MLflow 2.x and 3.x, see ../shared/data/mlflow/
/// FORMAT.md): the tracking data and the model registry, deleted entries hidden.
struct MlflowStore
{
    QString root;                                        ///< absolute path of the mlruns folder
    std::vector<MlflowExperiment> experiments;           ///< active ones, sorted by id
    std::vector<MlflowRegisteredModel> registeredModels; ///< sorted by name
    std::vector<MlflowSkipped> skipped;

    const MlflowRun *findRun(const QString &runId) const;
    const MlflowLoggedModel *findLoggedModel(const QString &modelId) const;
    const MlflowExperiment *findExperiment(const QString &nameOrId) const;
};

} // namespace Quorum
