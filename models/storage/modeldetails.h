// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/model.h"
#include "domain/modelversion.h"

#include <optional>
#include <vector>

namespace Quorum {

class Database;

/// Everything the model page shows at once: the model, its owner's name and its versions
/// (newest version number first).
struct ModelDetails
{
    Model model;
    QString ownerName;
    std::vector<ModelVersion> versions;

    /// The version in production, or nullptr.
    const ModelVersion *productionVersion() const;
};

/// Reads the details of model @p modelId; nullopt when there is no such model (any more).
/// Only reads; throws DatabaseError.
std::optional<ModelDetails> readModelDetails(Database &db, qint64 modelId);

} // namespace Quorum
