// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model.h"
#include "stage.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Quorum {

/// One row of the model inventory: a model with the facts a reviewer scans for.
struct ModelSummary
{
    qint64 id = 0;
    QString name;
    QString displayName;
    RiskTier tier = RiskTier::Standard;
    /// The model's headline stage: the stage of its production version if it has one,
    /// otherwise of its newest version; nullopt for a model without versions.
    std::optional<Stage> stage;
    ModelStatus status = ModelStatus::Active;
    QString ownerName;
    QString team;
    QString useCase;
    int versionCount = 0;
    QString latestVersion;     ///< highest version number, empty when none
    QString productionVersion; ///< empty when nothing is in production
    int pendingRequests = 0;
    QDateTime updatedAt;
};

} // namespace Quorum
