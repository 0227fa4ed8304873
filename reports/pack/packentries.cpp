// SPDX-License-Identifier: GPL-3.0-or-later
#include "packentries.h"

#include "builders/auditreportbuilder.h"
#include "crypto/certificateinfo.h"

#include <map>

namespace Quorum::Reports {

namespace {

std::vector<ZipEntry> sortedEntries(const std::map<QString, QByteArray> &byName)
{
    std::vector<ZipEntry> entries;
    entries.reserve(byName.size());
    for (const auto &[name, data] : byName) {
        entries.push_back({name, data});
    }
    return entries;
}

} // namespace

QString certificateEntryName(const QString &fingerprint)
{
    return QStringLiteral("certificates/%1.pem").arg(fingerprint.toLower());
}

QString decisionStatementEntryName(qint64 decisionId)
{
    return QStringLiteral("decisions/decision-%1.json").arg(decisionId);
}

QString decisionSignatureEntryName(qint64 decisionId)
{
    return QStringLiteral("decisions/decision-%1.p7s").arg(decisionId);
}

QString approvalEntryName(const QString &approvalId)
{
    return QStringLiteral("approvals/%1.json").arg(approvalId);
}

PackEvidenceFiles packEvidenceFiles(const AuditEvidence &evidence, const CertificateInfo &exporter)
{
    std::map<QString, QByteArray> approvals;
    std::map<qint64, const SignedDecision *> decisions;
    std::map<QString, QByteArray> certificates;
    for (const VersionEvidence &version : evidence.versions) {
        for (const RequestEvidence &request : version.requests) {
            if (request.approvalRecord) {
                approvals.emplace(approvalEntryName(request.approvalRecord->approvalId),
                                  request.approvalRecord->json);
            }
            for (const SignedDecision &signed_ : request.decisions) {
                decisions.emplace(signed_.decision.id, &signed_);
                if (signed_.certificate) {
                    certificates.emplace(
                        certificateEntryName(signed_.certificate->fingerprintSha256),
                        signed_.certificate->pem);
                }
            }
        }
    }
    certificates.emplace(certificateEntryName(exporter.fingerprintSha256), exporter.pem);

    PackEvidenceFiles files;
    files.approvals = sortedEntries(approvals);
    files.certificates = sortedEntries(certificates);
    for (const auto &[id, signed_] : decisions) {
        files.decisions.push_back(
            {decisionStatementEntryName(id), signed_->decision.statementJson});
        files.decisions.push_back({decisionSignatureEntryName(id), signed_->decision.signature});
        files.packedDecisions.push_back(
            {id, signed_->signer.name, signed_->decision.certificateFingerprint.toLower()});
    }
    return files;
}

} // namespace Quorum::Reports
