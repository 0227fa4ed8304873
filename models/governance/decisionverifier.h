// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace Quorum {

class Database;

/// One signed thing that does not hold.
struct SignatureProblem
{
    enum class Subject {
        Decision,
        Checkpoint,
    };
    Subject subject = Subject::Decision;
    qint64 id = 0;        ///< the decision's or checkpoint's id
    qint64 requestId = 0; ///< decisions only
    QString reason;       ///< user-facing, e.g. "its rationale differs from the signed statement"
};

struct SignatureReport
{
    int decisionCount = 0;
    int checkpointCount = 0;
    std::vector<SignatureProblem> problems;
    bool holds() const { return problems.empty(); }
};

/// Checks every signed decision and checkpoint of the database, trusting nothing it stores:
/// - the statement is a Quorum statement of this database (its instance id);
/// - the detached CMS signature verifies over the stored statement bytes with the registered
///   certificate whose fingerprint the row and the statement name, at the statement's signing
///   time; the certificate belongs to the person the row names;
/// - the statement agrees with the current record, field by field: request, role, verdict,
///   rationale, conditions, mode, time, waiver expiry, signer — so a signature copied onto
///   another decision, or a record edited after signing, fails; the request's digest, model,
///   version, artifact and policy still match (an edited request or threshold check fails);
/// - the audit-trail head the statement names is still in the trail with the same hash (a cut
///   or rewritten trail fails); no two decisions carry the same signature (a replay fails).
/// Reads only. Throws DatabaseError when the tables cannot be read.
SignatureReport verifySignatures(Database &db);

} // namespace Quorum
