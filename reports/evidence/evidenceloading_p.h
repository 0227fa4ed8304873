// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "versionevidence.h"

#include <QString>

#include <vector>

namespace Quorum {
class Database;
}

namespace Quorum::Reports::Internal {

/// The release requests of version @p versionId, oldest first, each with its submitter,
/// tester checks, signed decisions (verified) and approval record.
std::vector<RequestEvidence> loadRequestEvidence(Database &db, qint64 versionId);

/// @p decision with its signer, the certificate it names and the verdict on its signature,
/// checked with that certificate at the statement's time.
SignedDecision verifyDecision(Database &db, const Decision &decision);

/// The datasets linked to @p version with their purposes and lineage.
std::vector<DatasetUse> loadDatasetUses(Database &db, const ModelVersion &version);

/// Translates @p text in the evidence loader's context.
QString evidenceTr(const char *text);

} // namespace Quorum::Reports::Internal
