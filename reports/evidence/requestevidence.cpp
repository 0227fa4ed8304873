// SPDX-License-Identifier: GPL-3.0-or-later
// Release requests of a version with their tester checks and verified signed decisions.
#include "crypto/cryptoerror.h"
#include "crypto/detachedsignature.h"
#include "evidenceloading_p.h"
#include "storage/approvalrecordrepository.h"
#include "storage/decisionrepository.h"
#include "storage/personrepository.h"
#include "storage/releaserequestrepository.h"

#include <algorithm>

namespace Quorum::Reports::Internal {

namespace {

// Why the decision's signature does not hold with @p certificate; empty when it holds.
QString signatureProblem(const Decision &decision, const StoredCertificate &certificate)
{
    if (certificate.personId != decision.personId) {
        return evidenceTr("Its certificate belongs to person #%1, not to the signer #%2")
            .arg(certificate.personId)
            .arg(decision.personId);
    }
    try {
        const SignatureCheck check = Crypto::verifyDetachedAt(
            decision.signature, decision.statementJson, certificate.pem, decision.decidedAt);
        return check.valid ? QString()
                           : evidenceTr("Signature does not verify: %1").arg(check.problem);
    } catch (const CryptoError &error) {
        return evidenceTr("Signature cannot be checked: %1").arg(error.message());
    }
}

} // namespace

SignedDecision verifyDecision(Database &db, const Decision &decision)
{
    SignedDecision signedDecision;
    signedDecision.decision = decision;
    signedDecision.signer = PersonRepository(db).byId(decision.personId).value_or(Person{});
    if (decision.signature.isEmpty()) {
        signedDecision.verification = evidenceTr("No signature is stored for this decision");
        return signedDecision;
    }
    if (!decision.certificateFingerprint.isEmpty()) {
        signedDecision.certificate
            = CertificateRepository(db).byFingerprint(decision.certificateFingerprint);
    }
    if (!signedDecision.certificate) {
        signedDecision.verification
            = evidenceTr("The certificate %1 named by the decision is not registered in the "
                         "database")
                  .arg(decision.certificateFingerprint.isEmpty() ? evidenceTr("(none)")
                                                                 : decision.certificateFingerprint);
        return signedDecision;
    }
    const QString problem = signatureProblem(decision, *signedDecision.certificate);
    signedDecision.verified = problem.isEmpty();
    signedDecision.verification = problem.isEmpty() ? evidenceTr("Signature verified") : problem;
    return signedDecision;
}

std::vector<RequestEvidence> loadRequestEvidence(Database &db, qint64 versionId)
{
    std::vector<ReleaseRequest> requests = ReleaseRequestRepository(db).forVersion(versionId);
    std::ranges::sort(requests, [](const ReleaseRequest &a, const ReleaseRequest &b) {
        return std::tie(a.submittedAt, a.id) < std::tie(b.submittedAt, b.id);
    });
    const PersonRepository people(db);
    const TesterCheckRepository testerChecks(db);
    const DecisionRepository decisions(db);
    const ApprovalRecordRepository records(db);
    std::vector<RequestEvidence> out;
    out.reserve(requests.size());
    for (ReleaseRequest &request : requests) {
        RequestEvidence evidence;
        evidence.submitter = people.byId(request.submittedBy).value_or(Person{});
        evidence.testerChecks = testerChecks.forRequest(request.id);
        for (const TesterCheck &check : evidence.testerChecks) {
            evidence.testers.push_back(people.byId(check.personId).value_or(Person{}));
        }
        for (const Decision &decision : decisions.forRequest(request.id)) {
            evidence.decisions.push_back(verifyDecision(db, decision));
        }
        evidence.approvalRecord = records.forRequest(request.id);
        evidence.request = std::move(request);
        out.push_back(std::move(evidence));
    }
    return out;
}

} // namespace Quorum::Reports::Internal
