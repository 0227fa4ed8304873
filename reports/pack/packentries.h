// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ziparchive.h"

#include <QString>

#include <vector>

namespace Quorum {
struct CertificateInfo;
}

namespace Quorum::Reports {

struct AuditEvidence;

/// Entry names of an audit pack (auditpackwriter.h describes what each holds).
inline const QString kReportEntry = QStringLiteral("report.pdf");
inline const QString kAuditEventsEntry = QStringLiteral("audit/events.jsonl");
inline const QString kVerifyEntry = QStringLiteral("VERIFY.txt");
inline const QString kManifestEntry = QStringLiteral("MANIFEST.json");
inline const QString kManifestSignatureEntry = QStringLiteral("MANIFEST.json.p7s");

/// "certificates/<fingerprint>.pem", the fingerprint in lower case.
QString certificateEntryName(const QString &fingerprint);
/// "decisions/decision-<id>.json": the statement, bytes as signed.
QString decisionStatementEntryName(qint64 decisionId);
/// "decisions/decision-<id>.p7s": its detached CMS signature.
QString decisionSignatureEntryName(qint64 decisionId);
/// "approvals/<approval id>.json".
QString approvalEntryName(const QString &approvalId);

/// A decision put in a pack, as VERIFY.txt names it.
struct PackedDecision
{
    qint64 id = 0;
    QString signerName;
    QString signerFingerprint; ///< of the certificate its statement names; lower case
};

/// The evidence files of a pack, each group sorted by entry name (decisions by id, the
/// statement before its signature), without duplicates.
struct PackEvidenceFiles
{
    std::vector<ZipEntry> approvals;
    std::vector<ZipEntry> decisions;
    std::vector<ZipEntry> certificates; ///< every signer's and the exporter's
    std::vector<PackedDecision> packedDecisions;
};

/// Collects the approval records, signed decisions and certificates of @p evidence, and the
/// certificate of the exporter @p exporter.
PackEvidenceFiles packEvidenceFiles(const AuditEvidence &evidence, const CertificateInfo &exporter);

} // namespace Quorum::Reports
