// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagetransition.h"

#include "storage/modelrepository.h"
#include "storage/versionrepository.h"
#include "storage/writetransaction.h"

#include <algorithm>

namespace Quorum {

namespace {

bool isLive(Stage stage)
{
    return stage == Stage::Production || stage == Stage::Approved;
}

void retire(WriteTransaction &transaction, const ModelVersion &version)
{
    Database &db = transaction.database();
    VersionRepository versions(db);
    versions.setStage(transaction, version.id, Stage::Retired);
    const std::vector<ModelVersion> all = versions.forModel(version.modelId);
    const bool live = std::any_of(all.begin(), all.end(), [&version](const ModelVersion &v) {
        return v.id != version.id && isLive(v.stage);
    });
    ModelRepository(db).setStatus(transaction, version.modelId,
                                  live ? ModelStatus::Active : ModelStatus::Retired);
}

} // namespace

void applyStageTransition(WriteTransaction &transaction, const ReleaseRequest &request,
                          TransitionResult result)
{
    Database &db = transaction.database();
    VersionRepository versions(db);
    const std::optional<ModelVersion> version = versions.byId(request.versionId);
    if (!version) {
        return;
    }
    if (result == TransitionResult::NotApproved) {
        if (request.toStage == Stage::Retired) {
            const auto model = ModelRepository(db).byId(version->modelId);
            if (model && model->status == ModelStatus::Retiring) {
                ModelRepository(db).setStatus(transaction, model->id, ModelStatus::Active);
            }
        }
        return;
    }
    if (request.toStage == Stage::Retired) {
        retire(transaction, *version);
        return;
    }
    if (request.toStage == Stage::Production) {
        for (const ModelVersion &other : versions.forModel(version->modelId)) {
            if (other.id != version->id && other.stage == Stage::Production) {
                versions.setStage(transaction, other.id, Stage::Deprecated);
            }
        }
    }
    versions.setStage(transaction, version->id, request.toStage);
}

} // namespace Quorum
