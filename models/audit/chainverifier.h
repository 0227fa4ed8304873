// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace Quorum {

class Database;

/// One place where the audit trail does not hold.
struct ChainProblem
{
    qint64 seq = 0; ///< the event at fault (or the first event after a gap)
    QString reason; ///< user-facing, e.g. "its content does not match its hash (edited)"
};

/// The result of walking the whole audit trail.
struct ChainReport
{
    qint64 eventCount = 0;
    qint64 headSeq = 0;
    QString headHash;
    std::vector<ChainProblem> problems;

    bool holds() const { return problems.empty(); }
};

/// Walks every audit event in order and checks that sequence numbers run 1, 2, 3… without a
/// gap, that each event names the previous event's hash, and that each event's recomputed
/// SHA-256 (over its canonical content and this database's instance id) equals its stored
/// hash. It reads only; it does not rely on the triggers, which an attacker can drop. Events
/// cut from the end of the trail are only detectable against a signed checkpoint or decision
/// that names a later head. Throws DatabaseError when the trail cannot be read.
ChainReport verifyChain(Database &db);

} // namespace Quorum
