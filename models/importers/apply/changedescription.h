// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importbatch.h"

#include <QString>

namespace Quorum::Internal {

/// Short, human descriptions of batch items for an import preview (PlannedChange::description).

/// "logistic-regression (tier 2, owner ana@example.org)"
QString describeModel(const ImportedModel &model);
/// "version 1.0.0 (staging, sha256 ab12cd34…)"
QString describeVersion(const ImportedVersion &version);
/// "accuracy (test, all) = 0.931"; a production window is added: "(production, all,
/// 2023-06-01 – 2023-06-30)".
QString describeEvaluation(const Evaluation &evaluation);
/// "age ks p=0.003 (threshold 0.05) drift, 2023-06-20"; a statistic without p-value shows its
/// value: "income psi=0.27 (threshold 0.2) drift, 2023-06-01 – 2023-06-30".
QString describeDrift(const DriftObservation &observation);
/// "sex: 2 groups (test)"
QString describeFairness(const FairnessReport &report);
/// "model card revision (schema 0.0.2)"
QString describeModelCard(const ModelCard &card);

/// The shortest text that reads back as exactly @p value ("0.931", not "0.93100000000000005").
QString shortestNumber(double value);

} // namespace Quorum::Internal
