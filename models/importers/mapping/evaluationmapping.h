// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/apply/importbatch.h"
#include "importers/evaluationfile/evaluationfile.h"

namespace Quorum {

/// Quorum's own evaluation file → evaluations and fairness reports of @p key. Fairness
/// metrics are computed from the group counts by the statistics engine (the same code as
/// `quorumctl fairness`), with the flags of @p maxParityGap and the four-fifths rule;
/// source "evaluation:<file>#<where>".
ImportBatch mapEvaluationFile(const EvaluationFile &file, const VersionKey &key,
                              const QString &source, double maxParityGap = 0.2);

} // namespace Quorum
