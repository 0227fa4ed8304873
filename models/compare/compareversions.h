// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/versioncomparison.h"

#include <optional>
#include <utility>
#include <vector>

namespace Quorum {

class Database;

/// The version a candidate is compared with by default, and why: the model's version in
/// production (as the release check's regression_vs_production uses it); when the candidate is
/// itself in production or none is, the newest version number below the candidate's; when
/// there is none, nullopt with BaselineKind::None. @p versions are the model's versions.
std::pair<std::optional<ModelVersion>, BaselineKind>
defaultBaseline(const ModelVersion &candidate, const std::vector<ModelVersion> &versions);

/// Compares version @p candidateId with @p baselineId, or with defaultBaseline() when
/// nullopt, under the current policy of the model's tier (the one a release submitted now is
/// judged under). Only reads. Throws GovernanceError (NotFound) for an unknown version,
/// GovernanceError (InvalidInput) when the baseline is the candidate itself or belongs to
/// another model, and DatabaseError.
VersionComparison compareVersions(Database &db, qint64 candidateId,
                                  std::optional<qint64> baselineId = std::nullopt);

} // namespace Quorum
