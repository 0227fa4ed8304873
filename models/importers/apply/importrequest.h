// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/apply/importbatch.h"
#include "importers/mapping/evidentlymapping.h"
#include "importers/mapping/mlflowmapping.h"
#include "importers/source/importlimits.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace Quorum {

class Database;

/// The kinds of source `quorumctl import` and File → Import… take.
enum class ImportKind {
    Mlflow,
    ModelCard, ///< Model Card Toolkit JSON
    HfCard,    ///< Hugging Face README.md
    Evidently,
    Evaluation, ///< Quorum's own evaluation/fairness JSON or CSV
};

QString
importKindKey(ImportKind kind); ///< "mlflow", "model-card", "hf-card", "evidently", "evaluation"
std::optional<ImportKind> importKindFromKey(QStringView key);
QString importKindLabel(ImportKind kind); ///< translated: "MLflow file store"

/// Everything one import needs besides the database.
struct ImportRequest
{
    ImportKind kind = ImportKind::Evaluation;
    QString path;                     ///< file, or the mlruns folder
    std::optional<VersionKey> target; ///< required except for MLflow registry imports
    MlflowMappingOptions mlflow;      ///< MLflow only (its target is taken from `target`)
    DriftWindowDates window;          ///< Evidently only
    ImportLimits limits;
};

/// Reads, checks and maps the source of @p request into a batch (no database access except
/// reading the version's policy for fairness flags). Throws ImportError. @p cancel is checked
/// between files; @p progress receives what is being read.
ImportBatch loadImport(Database &db, const ImportRequest &request,
                       const std::atomic_bool *cancel = nullptr,
                       const std::function<void(const QString &)> &progress = {});

} // namespace Quorum
