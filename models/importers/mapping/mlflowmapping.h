// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/apply/importbatch.h"
#include "importers/mlflow/mlflowstore.h"

#include <QString>

#include <optional>

namespace Quorum {

/// How an MLflow store maps onto Quorum (README "Importing an MLflow store").
struct MlflowMappingOptions
{
    QString experiment; ///< only this experiment (name or id); empty: all
    /// Import one run as this version instead of the registry (for stores without one):
    /// the run is runId, or the experiment's only run.
    std::optional<VersionKey> target;
    QString runId;
    QString ownerEmail;          ///< owner of models the import creates
    std::optional<int> riskTier; ///< tier of models the import creates (required for new ones)
};

/// Quorum's stage for an MLflow version: None → development, Staging → staging, Archived →
/// archived, Production → **staging**: MLflow's stage is a claim, not an approval, so a
/// version MLflow calls Production arrives ready for review and becomes production only
/// through a signed release request (the import warns about it). Aliases count like stages:
/// production/prod/champion like Production, staging/challenger/candidate like Staging.
Stage quorumStageForMlflow(const QString &currentStage, const QStringList &aliases);

/// The Quorum version number of an MLflow version: the "quorum.version" (else "version")
/// tag when it is MAJOR.MINOR.PATCH, else "N.0.0" for version N.
QString quorumVersionForMlflow(const MlflowModelVersion &version);

/// Maps registered models → models (name lower-cased, characters outside [a-z0-9._-] as "-"),
/// versions → versions (stage above; artifact URI; SHA-256 of the local artifact — a file's
/// own, a folder's as `sha256sum` of its sorted files, see README; framework from MLmodel;
/// params → hyperparameters; mlflow.source.git.commit → code commit), and the latest value
/// of each run metric (and logged-model metric) → an evaluation (normalizeMetricName; split
/// from the name, else "test"; source "mlflow:run/<id>/metrics/<key>"). Runs that no version
/// links to are listed in the warnings. Throws ImportError(Target) for an unknown
/// experiment or run, or a target run that is ambiguous.
ImportBatch mapMlflowStore(const MlflowStore &store, const MlflowMappingOptions &options);

} // namespace Quorum
