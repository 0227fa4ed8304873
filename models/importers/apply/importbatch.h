// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/driftobservation.h"
#include "domain/evaluation.h"
#include "domain/fairnessreport.h"
#include "domain/model.h"
#include "domain/modelcard.h"
#include "domain/modelversion.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Quorum {

/// A model version named the way files and users name it.
struct VersionKey
{
    QString model;   ///< the model's machine name
    QString version; ///< MAJOR.MINOR.PATCH

    QString label() const { return model + QLatin1Char('@') + version; }
    friend bool operator==(const VersionKey &, const VersionKey &) = default;
};

/// A model the import creates when the database has none by that name.
struct ImportedModel
{
    Model model; ///< model.tier is ignored: see tier; ownerId is resolved from ownerEmail
    /// The tier to create the model with. Required only when the model is not in the
    /// database yet (the planner refuses the import then, saying to give --tier).
    std::optional<RiskTier> tier;
    QString ownerEmail; ///< required to create the model
    QString where;      ///< what in the source it came from, e.g. "models/logistic_regression"
};

/// A version the import creates when the database has none with that number.
struct ImportedVersion
{
    VersionKey key;
    ModelVersion version; ///< modelId and semantic version are resolved from key
    QString where;
};

/// One piece of evidence for a version (an evaluation, a drift observation, …).
template<typename T>
struct VersionItem
{
    VersionKey key;
    T item; ///< versionId is resolved from key when the plan is made
};

/// What one source (a file or an MLflow store) says, mapped to Quorum's domain but not yet
/// compared with the database: the input of planImport() and applyImport().
struct ImportBatch
{
    QString kind;         ///< "mlflow", "model-card", "hf-card", "evidently", "evaluation"
    QString source;       ///< the file or folder, as given
    QString sourceSha256; ///< of the file's bytes; empty for a folder
    std::vector<ImportedModel> models;
    std::vector<ImportedVersion> versions;
    std::vector<VersionItem<Evaluation>> evaluations;
    std::vector<VersionItem<DriftObservation>> drift;
    std::vector<VersionItem<FairnessReport>> fairness;
    std::vector<VersionItem<ModelCard>> cards;
    QStringList warnings; ///< passed over, not imported, with the reason
};

} // namespace Quorum
