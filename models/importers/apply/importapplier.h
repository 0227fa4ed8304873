// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"
#include "importplan.h"

#include <atomic>
#include <functional>

namespace Quorum {

/// Progress and cancellation of an import's write (both optional).
struct ImportProgress
{
    std::function<void(int done, int total)> report;
    const std::atomic_bool *cancel = nullptr;
};

/// Writes @p batch in one write transaction by @p actor: plans again inside the transaction
/// (so a concurrent writer's rows count), adds every New item through the repositories (each
/// with its audit event), appends one "import" audit event naming the kind, source, SHA-256
/// and counts, and commits. When nothing is new, nothing is written (no audit event either)
/// and the returned plan says so. Throws ImportError (Target, or Cancelled with a rollback)
/// or DatabaseError; on any throw the database is unchanged.
ImportPlan applyImport(Database &db, const ImportBatch &batch, const Actor &actor,
                       const ImportProgress &progress = {});

} // namespace Quorum
