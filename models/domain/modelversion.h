// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "semanticversion.h"
#include "stage.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace Quorum {

/// What a dataset was used for by a model version.
enum class DatasetPurpose {
    Training,
    Validation,
    Test,
    Reference,
};

QString datasetPurposeKey(DatasetPurpose purpose);
std::optional<DatasetPurpose> datasetPurposeFromKey(QStringView key);

struct DatasetLink
{
    qint64 datasetId = 0;
    DatasetPurpose purpose = DatasetPurpose::Training;
};

/// One version of a model (SPEC §2).
struct ModelVersion
{
    qint64 id = 0; ///< 0 until stored
    qint64 modelId = 0;
    SemanticVersion version;
    Stage stage = Stage::Development;
    QString framework; ///< e.g. "scikit-learn"
    QString frameworkVersion;
    QString artifactUri;
    QString artifactSha256; ///< 64 lower-case hex digits, or empty when unknown
    QString codeCommit;
    QString hyperparametersJson = QStringLiteral("{}");
    QString trainingEnvironment;
    QString deploymentTarget;
    QString deploymentUrl;
    std::optional<qint64> createdBy;
    QDateTime createdAt;                   ///< UTC
    std::optional<qint64> parentVersionId; ///< lineage: the version this one was derived from
    std::vector<DatasetLink> datasets;
};

} // namespace Quorum
