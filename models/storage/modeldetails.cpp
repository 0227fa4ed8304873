// SPDX-License-Identifier: GPL-3.0-or-later
#include "modeldetails.h"

#include "modelrepository.h"
#include "personrepository.h"
#include "versionrepository.h"

namespace Quorum {

const ModelVersion *ModelDetails::productionVersion() const
{
    for (const ModelVersion &version : versions) {
        if (version.stage == Stage::Production) {
            return &version;
        }
    }
    return nullptr;
}

std::optional<ModelDetails> readModelDetails(Database &db, qint64 modelId)
{
    std::optional<Model> model = ModelRepository(db).byId(modelId);
    if (!model) {
        return std::nullopt;
    }
    ModelDetails details;
    const std::optional<Person> owner = PersonRepository(db).byId(model->ownerId);
    details.ownerName = owner ? owner->name : QString();
    details.versions = VersionRepository(db).forModel(modelId);
    details.model = std::move(*model);
    return details;
}

} // namespace Quorum
