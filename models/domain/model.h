// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "risktier.h"

#include <QDateTime>
#include <QString>

namespace Quorum {

/// Whether a model is in service, being retired, or retired.
enum class ModelStatus {
    Active,
    Retiring,
    Retired,
};

QString modelStatusKey(ModelStatus status);
std::optional<ModelStatus> modelStatusFromKey(QStringView key);
QString modelStatusLabel(ModelStatus status);

/// A machine-learning model under governance (SPEC §2). Versions are separate records.
struct Model
{
    qint64 id = 0;       ///< 0 until stored
    QString name;        ///< unique machine name, e.g. "fraud-detection"
    QString displayName; ///< human name, e.g. "Card fraud detector"
    QString description;
    QString intendedUse; ///< business purpose / intended use
    qint64 ownerId = 0;
    QString team;
    RiskTier tier = RiskTier::Standard;
    QString useCase;
    QString regulatoryContext; ///< e.g. "EU AI Act Annex III 5(b): creditworthiness"
    ModelStatus status = ModelStatus::Active;
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC
};

} // namespace Quorum
