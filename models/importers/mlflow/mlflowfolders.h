// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/mlflow/mlflowstore.h"
#include "mlflowtreewalker.h"

#include <QString>

#include <optional>
#include <vector>

namespace Quorum::Internal {

/// Reads `<root>/<experiment_id>/`: meta.yaml, tags/, the runs and MLflow 3 logged models.
/// nullopt (and an entry in @p skipped) for a deleted experiment or a folder that is not one.
std::optional<MlflowExperiment> readMlflowExperiment(MlflowTreeWalker &walker,
                                                     const QString &folder,
                                                     std::vector<MlflowSkipped> &skipped);

/// Reads the model registry `<root>/models/`: registered models and their live versions.
std::vector<MlflowRegisteredModel> readMlflowRegistry(MlflowTreeWalker &walker,
                                                      const QString &folder,
                                                      std::vector<MlflowSkipped> &skipped);

} // namespace Quorum::Internal
