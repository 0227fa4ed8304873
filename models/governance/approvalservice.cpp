// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvalservice.h"

#include "approvalrecord.h"
#include "audit/audittrail.h"
#include "crypto/certificateinfo.h"
#include "crypto/detachedsignature.h"
#include "crypto/identity.h"
#include "governanceerror.h"
#include "policyrepository.h"
#include "releaselog.h"
#include "stagetransition.h"
#include "storage/approvalrecordrepository.h"
#include "storage/certificaterepository.h"
#include "storage/checkpointrepository.h"
#include "storage/database.h"
#include "storage/decisionrepository.h"
#include "storage/modelrepository.h"
#include "storage/personrepository.h"
#include "storage/releaserequestrepository.h"
#include "storage/versionrepository.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QDir>

#include <tuple>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::ApprovalService", text);
}

[[noreturn]] void refuse(GovernanceErrorKind kind, const QString &message)
{
    throw GovernanceError(kind, message);
}

QDateTime wholeSeconds(const QDateTime &time)
{
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC);
}

std::vector<Vote> votesOf(Database &db, const std::vector<Decision> &decisions)
{
    const PersonRepository people(db);
    std::vector<Vote> votes;
    for (const Decision &d : decisions) {
        const std::optional<Person> person = people.byId(d.personId);
        votes.push_back(
            {d.personId, person ? person->roles : std::vector<Role>{}, d.role, d.verdict});
    }
    return votes;
}

RequestStatus statusOf(TallyOutcome outcome)
{
    switch (outcome) {
    case TallyOutcome::Approved:
        return RequestStatus::Approved;
    case TallyOutcome::Rejected:
        return RequestStatus::Rejected;
    case TallyOutcome::ChangesRequested:
        return RequestStatus::ChangesRequested;
    case TallyOutcome::Pending:
        break;
    }
    return RequestStatus::Pending;
}

} // namespace

ApprovalService::ApprovalService(Database &db)
    : m_db(db)
{}

DecisionSituation ApprovalService::situation(qint64 requestId, qint64 signerId)
{
    DecisionSituation s;
    auto request = ReleaseRequestRepository(m_db).byId(requestId);
    if (!request) {
        refuse(GovernanceErrorKind::NotFound,
               tr("There is no release request #%1.").arg(requestId));
    }
    s.request = std::move(*request);
    auto version = VersionRepository(m_db).byId(s.request.versionId);
    auto model = version ? ModelRepository(m_db).byId(version->modelId) : std::nullopt;
    auto policy = PolicyRepository(m_db).byId(s.request.policyId);
    const PersonRepository people(m_db);
    auto submitter = people.byId(s.request.submittedBy);
    auto signer = people.byId(signerId);
    if (!version || !model || !policy || !submitter) {
        refuse(GovernanceErrorKind::NotFound,
               tr("Request #%1 names a version, model, policy or submitter that is not in the "
                  "database.")
                   .arg(requestId));
    }
    if (!signer) {
        refuse(GovernanceErrorKind::NotFound, tr("There is no person #%1.").arg(signerId));
    }
    s.version = std::move(*version);
    s.model = std::move(*model);
    s.policy = std::move(*policy);
    s.submitter = std::move(*submitter);
    s.signer = std::move(*signer);
    s.earlier = DecisionRepository(m_db).forRequest(requestId);
    s.testerChecks = TesterCheckRepository(m_db).forRequest(requestId);
    s.now = m_db.now();
    return s;
}

qint64 ApprovalService::signerFor(const CertificateInfo &certificate)
{
    const auto stored = CertificateRepository(m_db).byFingerprint(certificate.fingerprintSha256);
    if (!stored) {
        refuse(GovernanceErrorKind::NotFound,
               tr("The certificate \"%1\" (SHA-256 %2) belongs to nobody in this database: "
                  "register it with 'quorumctl person add … --cert'.")
                   .arg(certificate.commonName, certificate.fingerprintSha256));
    }
    return stored->personId;
}

Role ApprovalService::checkedRole(const DecisionSituation &s, const DecisionInput &input)
{
    // Without a role of their own the signer is judged in the first role the policy asks, so
    // that segregation of duties is reported before the missing role.
    const std::vector<Role> asked = rolesAsked(s.policy, input.verdict);
    const Role role
        = signingRole(s, input).value_or(asked.empty() ? Role::Reviewer : asked.front());
    if (auto refusal = decisionRefusal(s, input, role)) {
        throw *refusal;
    }
    return role;
}

PreparedDecision ApprovalService::prepare(const DecisionInput &input, const CertificateInfo &signer)
{
    const DecisionSituation s = situation(input.requestId, signerFor(signer));
    return statements(s, input, checkedRole(s, input), signer);
}

PreparedDecision ApprovalService::prepareHistorical(const DecisionInput &input, Role role,
                                                    const CertificateInfo &signer)
{
    return statements(situation(input.requestId, signerFor(signer)), input, role, signer);
}

PreparedDecision ApprovalService::statements(const DecisionSituation &s, const DecisionInput &input,
                                             Role role, const CertificateInfo &signer)
{
    PreparedDecision p;
    p.input = input;
    p.signerId = s.signer.id;
    p.role = role;
    const AuditTrail trail(m_db);
    const AuditTrail::Head head = trail.head();
    const QDateTime signedAt = wholeSeconds(s.now);
    DecisionStatement &st = p.statement;
    st.instanceId = trail.instanceId();
    st.requestId = s.request.id;
    st.modelName = s.model.name;
    st.version = s.version.version.toString();
    st.artifactSha256 = s.version.artifactSha256;
    st.requestSha256 = requestDigest(m_db, s.request.id);
    st.policyId = s.policy.id;
    st.policyTier = s.policy.tier;
    st.policyVersion = s.policy.version;
    st.checks = s.request.checks;
    st.verdict = input.verdict;
    st.role = role;
    st.rationale = input.rationale.trimmed();
    st.conditions = input.conditions.trimmed();
    st.waiverExpiresAt
        = input.verdict == Verdict::Waiver ? wholeSeconds(input.waiverExpiresAt) : QDateTime();
    st.mode = input.mode;
    st.signerName = s.signer.name;
    st.signerEmail = s.signer.email;
    st.certificateFingerprint = signer.fingerprintSha256;
    st.signedAt = signedAt;
    st.auditHeadSeq = head.seq;
    st.auditHeadHash = head.hash;
    p.checkpoint = {st.instanceId, head.seq,       head.hash,
                    s.signer.name, s.signer.email, st.certificateFingerprint,
                    signedAt};
    return p;
}

SignedDecision ApprovalService::sign(PreparedDecision prepared, const Identity &identity)
{
    SignedDecision signedDecision;
    signedDecision.statementSignature
        = Crypto::signDetached(identity, prepared.statement.canonical());
    signedDecision.checkpointSignature
        = Crypto::signDetached(identity, prepared.checkpoint.canonical());
    signedDecision.prepared = std::move(prepared);
    return signedDecision;
}

void ApprovalService::verifySignatures(const SignedDecision &d)
{
    const QString fingerprint = d.prepared.statement.certificateFingerprint;
    const auto stored = CertificateRepository(m_db).byFingerprint(fingerprint);
    if (!stored || stored->personId != d.prepared.signerId) {
        refuse(GovernanceErrorKind::NotAllowed,
               tr("The signing certificate %1 is not registered for %2.")
                   .arg(fingerprint, d.prepared.statement.signerName));
    }
    const SignatureCheck statement = Crypto::verifyDetached(
        d.statementSignature, d.prepared.statement.canonical(), stored->pem);
    const SignatureCheck checkpoint = Crypto::verifyDetached(
        d.checkpointSignature, d.prepared.checkpoint.canonical(), stored->pem);
    if (!statement.valid || !checkpoint.valid) {
        refuse(GovernanceErrorKind::NotAllowed,
               tr("The signature does not verify with %1's registered certificate: %2")
                   .arg(d.prepared.statement.signerName,
                        statement.valid ? checkpoint.problem : statement.problem));
    }
}

DecisionOutcome ApprovalService::record(const SignedDecision &decision)
{
    const DecisionStatement &st = decision.prepared.statement;
    WriteTransaction transaction(m_db, Actor::person(decision.prepared.signerId, st.signerName));
    DecisionOutcome outcome = recordIn(transaction, decision);
    transaction.commit();
    if (outcome.requestStatus != RequestStatus::Pending) {
        writeRecordFiles(st.requestId, outcome);
    }
    return outcome;
}

DecisionOutcome ApprovalService::recordIn(WriteTransaction &transaction,
                                          const SignedDecision &decision)
{
    const PreparedDecision &p = decision.prepared;
    const DecisionStatement &st = p.statement;
    // Fresh state, inside the write lock: another signer may have closed the request.
    DecisionSituation s = situation(st.requestId, p.signerId);
    DecisionInput input = p.input;
    input.role = p.role;
    checkedRole(s, input);
    if (requestDigest(m_db, st.requestId) != st.requestSha256) {
        refuse(GovernanceErrorKind::WrongState,
               tr("Request #%1 changed while it was being signed; sign again.").arg(st.requestId));
    }
    verifySignatures(decision);

    DecisionOutcome outcome;
    std::tie(outcome.decisionId, outcome.checkpointId) = store(transaction, decision);
    s.earlier.push_back(*DecisionRepository(m_db).byId(outcome.decisionId));
    outcome.tally = tallyVotes(s.policy, votesOf(m_db, s.earlier));
    outcome.requestStatus = statusOf(outcome.tally.outcome);
    if (outcome.tally.outcome != TallyOutcome::Pending) {
        closeRequest(transaction, s, outcome.tally.outcome);
    }
    return outcome;
}

std::pair<qint64, qint64> ApprovalService::store(WriteTransaction &transaction,
                                                 const SignedDecision &decision)
{
    const PreparedDecision &p = decision.prepared;
    const DecisionStatement &st = p.statement;
    AuditCheckpoint checkpoint;
    checkpoint.seq = p.checkpoint.seq;
    checkpoint.headHash = p.checkpoint.headHash;
    checkpoint.personId = p.signerId;
    checkpoint.statementJson = p.checkpoint.canonical();
    checkpoint.signature = decision.checkpointSignature;
    checkpoint.certificateFingerprint = p.checkpoint.certificateFingerprint;
    checkpoint.signedAt = p.checkpoint.signedAt;

    qint64 checkpointId = 0;
    if (checkpoint.seq > 0) {
        checkpointId = CheckpointRepository(m_db).add(transaction, checkpoint);
    }
    Decision d;
    d.requestId = st.requestId;
    d.personId = p.signerId;
    d.role = st.role;
    d.verdict = st.verdict;
    d.rationale = st.rationale;
    d.conditions = st.conditions;
    d.mode = st.mode;
    d.decidedAt = st.signedAt;
    d.waiverExpiresAt = st.waiverExpiresAt;
    d.statementJson = st.canonical();
    d.signature = decision.statementSignature;
    d.certificateFingerprint = st.certificateFingerprint;
    if (checkpointId > 0) {
        d.checkpointId = checkpointId;
    }
    return {DecisionRepository(m_db).add(transaction, d), checkpointId};
}

qint64 ApprovalService::storeHistorical(WriteTransaction &transaction,
                                        const SignedDecision &decision)
{
    verifySignatures(decision);
    return store(transaction, decision).first;
}

void ApprovalService::closeRequest(WriteTransaction &transaction, const DecisionSituation &s,
                                   TallyOutcome outcome)
{
    ReleaseRequestRepository(m_db).setStatus(transaction, s.request.id, statusOf(outcome),
                                             m_db.now());
    applyStageTransition(transaction, s.request,
                         outcome == TallyOutcome::Approved ? TransitionResult::Approved
                                                           : TransitionResult::NotApproved);
    ApprovalRecordRepository(m_db).add(transaction, buildApprovalRecord(m_db, s.request.id));
}

void ApprovalService::writeRecordFiles(qint64 requestId, DecisionOutcome &outcome)
{
    try {
        const auto record = ApprovalRecordRepository(m_db).forRequest(requestId);
        if (!record) {
            return;
        }
        const QString directory = approvalsDirectory(m_db.path());
        writeApprovalRecordFile(directory, *record);
        outcome.approvalRecordPath = QDir(directory).filePath(record->fileName);
    } catch (const std::exception &error) {
        outcome.fileProblems << QString::fromUtf8(error.what());
    }
    try {
        outcome.releaseLogPath = releaseLogPath(m_db.path());
        appendReleaseLog(outcome.releaseLogPath, releaseLogRow(m_db, requestId));
    } catch (const std::exception &error) {
        outcome.fileProblems << QString::fromUtf8(error.what());
        outcome.releaseLogPath.clear();
    }
}

DecisionOutcome ApprovalService::decide(const DecisionInput &input, const Identity &identity)
{
    return record(sign(prepare(input, identity.certificate()), identity));
}

Tally ApprovalService::tally(qint64 requestId)
{
    const auto request = ReleaseRequestRepository(m_db).byId(requestId);
    if (!request) {
        refuse(GovernanceErrorKind::NotFound,
               tr("There is no release request #%1.").arg(requestId));
    }
    const auto policy = PolicyRepository(m_db).byId(request->policyId);
    if (!policy) {
        refuse(GovernanceErrorKind::NotFound,
               tr("Request #%1 names policy #%2, which is not in the database.")
                   .arg(requestId)
                   .arg(request->policyId));
    }
    return tallyVotes(*policy, votesOf(m_db, DecisionRepository(m_db).forRequest(requestId)));
}

} // namespace Quorum
