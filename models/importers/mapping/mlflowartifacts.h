// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/mlflow/mlflowstore.h"
#include "importers/source/importlimits.h"

#include <QString>

#include <optional>

namespace Quorum {

/// SHA-256 of an MLflow artifact on this machine, as 64 lower-case hex digits: a file's own;
/// a folder's is the SHA-256 of what
///     (cd DIR && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum)
/// prints — one line "<hex>  ./<relative path>\n" per regular file (symbolic links are not
/// followed, as find does not), sorted bytewise by path. So anyone can check the number with
/// standard tools. Throws ImportError(Unreadable) naming a file that cannot be read and
/// ImportError(TooLarge) for a folder of more than limits.maxTreeEntries entries.
QString mlflowArtifactSha256(const QString &path, const ImportLimits &limits = {});

/// What an artifact folder's `MLmodel` file says about the model (the model itself, e.g.
/// model.pkl, is never loaded).
struct MlflowModelFlavor
{
    QString framework;        ///< "scikit-learn", "xgboost", "pytorch"…; "python" for pyfunc only
    QString frameworkVersion; ///< e.g. the sklearn flavor's sklearn_version
    QString mlflowVersion;    ///< mlflow_version, e.g. "2.14.3"
};

/// Reads @p artifactDir/MLmodel; nullopt when there is none. Throws ImportError naming the
/// file (and the key) when it is not valid YAML or `flavors` is not a mapping.
std::optional<MlflowModelFlavor> readMlflowModelFlavor(const QString &artifactDir,
                                                       const ImportLimits &limits = {});

/// The model a run logged, for importing a run as a version.
struct MlflowRunModel
{
    QString uri;           ///< as MLflow names it: <artifact_uri>/<artifact_path>, or the logged
                           ///< model's artifact location
    QString localPath;     ///< on this machine, or empty
    QString loggedModelId; ///< the MLflow 3 logged model it is, or empty
    QString note;          ///< why the choice was made when there were several or none
};

/// The last model in the run's `mlflow.log-model.history` tag (MLflow 2), else the last
/// MLflow 3 logged model whose source run it is, else the run's whole artifacts folder.
/// Throws ImportError naming the tag's file when the tag is not a JSON list of objects.
MlflowRunModel mlflowRunModel(const MlflowStore &store, const MlflowRun &run,
                              const ImportLimits &limits = {});

} // namespace Quorum
