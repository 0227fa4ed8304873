// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

namespace Quorum::Reports {

struct ReportContext;
struct VersionEvidence;

/// The fairness report of a version: per protected attribute, the per-group table (count,
/// selection rate, TPR, FPR, precision, accuracy, Brier), a bar chart of selection rates with
/// the four-fifths line, the summary metrics with their policy thresholds and flags, undefined
/// metrics with their reasons, bootstrap intervals when stored. Pure.
Document buildFairnessReport(const VersionEvidence &evidence, const ReportContext &context);

} // namespace Quorum::Reports
