// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/evaluationfile/evaluationfile.h"

namespace Quorum::Internal {

/// {"evaluations": [{"metric", "value", "split", "segment", "window_start", "window_end"}],
///  "fairness": [{"attribute", "privileged_group", "favourable_outcome", "split",
///                "groups": [{"group", "tp", "fp", "tn", "fn", "brier"}]}]}
/// Errors name the key path, e.g. "fairness[0].groups[1].tp".
EvaluationFile parseEvaluationJson(const QByteArray &bytes, const QString &file,
                                   const ImportLimits &limits);

/// An evaluation CSV (metric,value[,split][,segment][,window_start][,window_end]) or a fairness
/// CSV (attribute,group,privileged,tp,fp,tn,fn[,brier][,split][,favourable_outcome]), told apart
/// by the header. Errors name "line N, column \"name\"".
EvaluationFile parseEvaluationCsv(const QByteArray &bytes, const QString &file,
                                  const ImportLimits &limits);

} // namespace Quorum::Internal
