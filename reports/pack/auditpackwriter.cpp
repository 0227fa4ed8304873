// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditpackwriter.h"

#include "audit/audittrail.h"
#include "auditeventsjsonl.h"
#include "builders/auditreportbuilder.h"
#include "crypto/cryptoerror.h"
#include "crypto/detachedsignature.h"
#include "crypto/identity.h"
#include "crypto/sha256.h"
#include "document/reportcontext.h"
#include "document/reporterror.h"
#include "document/reportprogress.h"
#include "packentries.h"
#include "packmanifest.h"
#include "pdf/pdfrenderer.h"
#include "verifytext.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

namespace Quorum::Reports {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Reports", text);
}

constexpr int kSteps = 6;

void append(std::vector<ZipEntry> &entries, const std::vector<ZipEntry> &more)
{
    entries.insert(entries.end(), more.begin(), more.end());
}

PackManifest manifestOf(const AuditEvidence &evidence, const CertificateInfo &exporter,
                        const QString &instanceId, const QDateTime &generatedAt,
                        const std::vector<ZipEntry> &entries)
{
    PackManifest manifest;
    manifest.scope = evidence.scope.describe();
    manifest.generatedAt = generatedAt;
    manifest.generator = QStringLiteral("Quorum " QUORUM_VERSION);
    manifest.databaseInstanceId = instanceId;
    manifest.exporterName = exporter.commonName;
    manifest.exporterEmail = exporter.email;
    manifest.exporterCertificate = certificateEntryName(exporter.fingerprintSha256);
    manifest.exporterFingerprint = exporter.fingerprintSha256.toLower();
    for (const ZipEntry &entry : entries) {
        manifest.files.push_back({entry.path, Crypto::sha256Hex(entry.data), entry.data.size()});
    }
    std::sort(manifest.files.begin(), manifest.files.end(),
              [](const ManifestFile &a, const ManifestFile &b) { return a.path < b.path; });
    return manifest;
}

// Adds VERIFY.txt, MANIFEST.json and its signature to @p entries.
void addManifest(std::vector<ZipEntry> &entries, PackManifest manifest,
                 const std::vector<PackedDecision> &decisions, const Identity &exporter)
{
    const QByteArray verify = verifyText(manifest, decisions);
    entries.push_back({kVerifyEntry, verify});
    const ManifestFile verifyFile{kVerifyEntry, Crypto::sha256Hex(verify), verify.size()};
    manifest.files.insert(std::upper_bound(manifest.files.begin(), manifest.files.end(), verifyFile,
                                           [](const ManifestFile &a, const ManifestFile &b) {
                                               return a.path < b.path;
                                           }),
                          verifyFile);
    const QByteArray manifestBytes = manifest.toJson();
    QByteArray signature;
    try {
        signature = Crypto::signDetached(exporter, manifestBytes);
    } catch (const CryptoError &error) {
        throw ReportError(ReportError::Kind::Signing,
                          tr("The audit pack's manifest cannot be signed with the key of %1: %2")
                              .arg(manifest.exporterName, error.message()));
    }
    entries.push_back({kManifestEntry, manifestBytes});
    entries.push_back({kManifestSignatureEntry, signature});
}

} // namespace

AuditPackSummary writeAuditPack(Database &db, const AuditScope &scope, const Identity &exporter,
                                const QString &zipPath, const ReportContext &context,
                                const ReportProgress &progress)
{
    const CertificateInfo &certificate = exporter.certificate();
    const QDateTime generatedAt
        = QDateTime::fromSecsSinceEpoch(context.now.toSecsSinceEpoch(), QTimeZone::utc());

    progress.step(0, kSteps, tr("Reading the evidence"));
    const AuditEvidence evidence = loadAuditEvidence(db, scope, context, progress);
    progress.step(1, kSteps, tr("Writing the audit report"));
    std::vector<ZipEntry> entries;
    entries.push_back(
        {kReportEntry,
         renderPdf(buildAuditReport(evidence, certificate.commonName, context), progress)});

    progress.step(2, kSteps, tr("Adding approval records, decisions and certificates"));
    const PackEvidenceFiles files = packEvidenceFiles(evidence, certificate);
    append(entries, files.approvals);
    append(entries, files.decisions);
    append(entries, files.certificates);

    progress.step(3, kSteps, tr("Adding the audit events"));
    const QString instanceId = AuditTrail(db).instanceId();
    entries.push_back({kAuditEventsEntry, auditEventsJsonl(evidence.auditEvents, instanceId)});

    progress.step(4, kSteps, tr("Signing the manifest"));
    addManifest(entries, manifestOf(evidence, certificate, instanceId, generatedAt, entries),
                files.packedDecisions, exporter);

    // The last step: after the ZIP is in place nothing may cancel, or a file would stay.
    progress.step(5, kSteps, tr("Writing %1").arg(zipPath));
    writeZip(zipPath, entries, generatedAt);

    AuditPackSummary summary;
    summary.path = zipPath;
    summary.fileCount = static_cast<int>(entries.size());
    summary.decisionCount = static_cast<int>(files.packedDecisions.size());
    summary.approvalRecordCount = static_cast<int>(files.approvals.size());
    summary.auditEventCount = static_cast<int>(evidence.auditEvents.size());
    return summary;
}

} // namespace Quorum::Reports
