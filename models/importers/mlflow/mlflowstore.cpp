// SPDX-License-Identifier: GPL-3.0-or-later
#include "mlflowstore.h"

namespace Quorum {

const MlflowRun *MlflowStore::findRun(const QString &runId) const
{
    if (runId.isEmpty()) {
        return nullptr;
    }
    for (const MlflowExperiment &experiment : experiments) {
        for (const MlflowRun &run : experiment.runs) {
            if (run.runId == runId) {
                return &run;
            }
        }
    }
    return nullptr;
}

const MlflowLoggedModel *MlflowStore::findLoggedModel(const QString &modelId) const
{
    if (modelId.isEmpty()) {
        return nullptr;
    }
    for (const MlflowExperiment &experiment : experiments) {
        for (const MlflowLoggedModel &model : experiment.loggedModels) {
            if (model.modelId == modelId) {
                return &model;
            }
        }
    }
    return nullptr;
}

const MlflowExperiment *MlflowStore::findExperiment(const QString &nameOrId) const
{
    const QString wanted = nameOrId.trimmed();
    if (wanted.isEmpty()) {
        return nullptr;
    }
    for (const MlflowExperiment &experiment : experiments) {
        if (experiment.experimentId == wanted || experiment.name == wanted) {
            return &experiment;
        }
    }
    // Names differing only in case: accepted when exactly one experiment matches.
    const MlflowExperiment *match = nullptr;
    for (const MlflowExperiment &experiment : experiments) {
        if (experiment.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            if (match != nullptr) {
                return nullptr;
            }
            match = &experiment;
        }
    }
    return match;
}

} // namespace Quorum
