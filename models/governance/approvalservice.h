// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkpointstatement.h"
#include "decisionrules.h"
#include "decisionstatement.h"
#include "quorumtally.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace Quorum {

class Database;
class Identity;
class WriteTransaction;
struct CertificateInfo;

/// A decision checked against the rules and ready to be signed: the two statements the signer
/// signs (the decision, and a checkpoint of the audit trail's head).
struct PreparedDecision
{
    DecisionInput input;
    Role role = Role::Reviewer; ///< the role the signer signs in
    qint64 signerId = 0;
    DecisionStatement statement;
    CheckpointStatement checkpoint;
};

/// A prepared decision with its two detached CMS signatures.
struct SignedDecision
{
    PreparedDecision prepared;
    QByteArray statementSignature;
    QByteArray checkpointSignature;
};

/// What recording a decision did.
struct DecisionOutcome
{
    qint64 decisionId = 0;
    qint64 checkpointId = 0;
    RequestStatus requestStatus = RequestStatus::Pending; ///< after the decision
    Tally tally;
    /// When the decision closed the request: the approval record written to approvals/
    /// beside the database (kept in the database as well) and the release log.
    QString approvalRecordPath;
    QString releaseLogPath;
    /// Files that could not be written (the record stays in the database and can be exported
    /// again with `quorumctl export approval-record`). Empty when all went well.
    QStringList fileProblems;
};

/// The only way a decision gets into the database (issue 3, SPEC §4). It enforces the policy
/// and segregation of duties itself, whoever calls it: the workbench, quorumctl or a test.
///
/// Deciding is three steps, so that signing — the slow part — runs where the caller wants:
/// 1. prepare(): reads the request, finds the signer by the certificate of their key, applies
///    decisionRefusal() and builds the statements (with the audit trail's head and the
///    request's digest, so the signature cannot be moved to another record or database);
/// 2. sign(): signs both statements (crypto only, any thread, no database);
/// 3. record(): in one write transaction, applies the rules again to the fresh state (another
///    signer may have closed the request meanwhile), checks both signatures against the
///    certificate registered for the signer, stores the checkpoint and the decision, tallies
///    the votes and — when the quorum is met, or a reject or request for changes ends it —
///    closes the request, moves the version (on Production the previous production version
///    becomes Deprecated; on Retired the model retires once nothing of it is live) and stores
///    the approval record. After the commit it writes the approval record file and a release
///    log row beside the database.
/// Each step throws GovernanceError when the rules refuse (nothing written), CryptoError when
/// signing fails, DatabaseError when the database does.
class ApprovalService
{
public:
    explicit ApprovalService(Database &db);

    PreparedDecision prepare(const DecisionInput &input, const CertificateInfo &signer);
    static SignedDecision sign(PreparedDecision prepared, const Identity &identity);
    DecisionOutcome record(const SignedDecision &decision);
    /// record()'s database part inside the caller's @p transaction (the demo generator's):
    /// no commit and no files.
    DecisionOutcome recordIn(WriteTransaction &transaction, const SignedDecision &decision);
    /// Writes the approval record of closed request @p requestId to approvals/ beside the
    /// database and appends its release log row; problems go to @p outcome.fileProblems.
    void writeRecordFiles(qint64 requestId, DecisionOutcome &outcome);

    /// For importing decisions made before (the demo's history): prepare() without the rules,
    /// for a request in any state, signed by the person who holds @p signer.
    PreparedDecision prepareHistorical(const DecisionInput &input, Role role,
                                       const CertificateInfo &signer);
    /// Stores a signed historical decision and its checkpoint inside @p transaction, after
    /// checking its signatures: no rules, no tally, no change to the request. Returns the
    /// decision's id.
    qint64 storeHistorical(WriteTransaction &transaction, const SignedDecision &decision);

    /// prepare(), sign() and record() in a row, on the calling thread.
    DecisionOutcome decide(const DecisionInput &input, const Identity &identity);

    /// The request's decisions counted against its policy. Throws GovernanceError (NotFound).
    Tally tally(qint64 requestId);
    /// Everything the rules look at for @p signerId deciding @p requestId. Throws
    /// GovernanceError (NotFound) for an unknown request or person.
    DecisionSituation situation(qint64 requestId, qint64 signerId);

private:
    qint64 signerFor(const CertificateInfo &certificate);
    Role checkedRole(const DecisionSituation &situation, const DecisionInput &input);
    void verifySignatures(const SignedDecision &decision);
    PreparedDecision statements(const DecisionSituation &situation, const DecisionInput &input,
                                Role role, const CertificateInfo &signer);
    /// Inserts the checkpoint and the decision; returns (decision id, checkpoint id).
    std::pair<qint64, qint64> store(WriteTransaction &transaction, const SignedDecision &decision);
    void closeRequest(WriteTransaction &transaction, const DecisionSituation &situation,
                      TallyOutcome outcome);

    Database &m_db;
};

} // namespace Quorum
