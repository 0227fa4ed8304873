// SPDX-License-Identifier: GPL-3.0-or-later
// The offline check of an audit pack: nothing but the ZIP is needed.
#include "packverifier.h"

#include "auditeventsjsonl.h"
#include "cmslayout.h"
#include "crypto/sha256.h"
#include "document/reporterror.h"
#include "packcheck.h"
#include "packdecisions.h"
#include "packentries.h"
#include "packmanifest.h"
#include "packsignatures.h"
#include "ziparchive.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Quorum::Reports {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Reports", text);
}

// Whether MANIFEST.json.p7s signs MANIFEST.json with the exporter's certificate in the pack.
// Returns false when the manifest itself is to blame (its file list is then not used).
bool checkManifestSignature(PackCheck &check, const PackManifest &manifest,
                            const QByteArray &manifestBytes,
                            const std::map<QString, QByteArray> &certificates)
{
    const QByteArray *signature = check.file(kManifestSignatureEntry);
    if (!signature) {
        check.add(kManifestSignatureEntry, tr("missing: MANIFEST.json is not signed"));
        return true;
    }
    const QString &certificateName = manifest.exporterCertificate;
    if (!check.file(certificateName)) {
        const bool listed
            = std::any_of(manifest.files.begin(), manifest.files.end(),
                          [&](const ManifestFile &f) { return f.path == certificateName; });
        if (!listed) {
            check.add(kManifestEntry,
                      tr("it names the exporter's certificate %1, which the pack "
                         "does not hold")
                          .arg(certificateName));
            return false;
        }
        return true; // reported as a missing listed file
    }
    const auto certificate = certificates.find(manifest.exporterFingerprint);
    if (certificateName != certificateEntryName(manifest.exporterFingerprint)
        || certificate == certificates.end()) {
        if (!check.names(certificateName)) {
            check.add(kManifestEntry,
                      tr("its exporter's certificate %1 does not have the "
                         "fingerprint it gives")
                          .arg(certificateName));
            return false;
        }
        return true; // the certificate file is reported as damaged
    }
    ++check.report().signaturesChecked;
    const std::optional<PackProblem> problem
        = checkDetachedPair({kManifestSignatureEntry, *signature, kManifestEntry, manifestBytes},
                            certificate->second, manifest.generatedAt);
    if (problem) {
        check.add(problem->file, problem->reason);
        return problem->file != kManifestEntry;
    }
    // The parts of the signature its check ignores (the exporter's certificate travels inside
    // it too) must be as Quorum wrote them, so that no byte of it can change unnoticed.
    const QString layout = cmsLayoutProblem(*signature, certificateDer(certificate->second));
    if (!layout.isEmpty()) {
        check.add(kManifestSignatureEntry, tr("changed after signing: %1").arg(layout));
    }
    return true;
}

void checkListedFiles(PackCheck &check, const PackManifest &manifest)
{
    QSet<QString> listed;
    for (const ManifestFile &file : manifest.files) {
        listed.insert(file.path);
        const QByteArray *data = check.file(file.path);
        ++check.report().filesChecked;
        if (!data) {
            check.add(file.path, tr("missing: MANIFEST.json lists it"));
        } else if (data->size() != file.size) {
            check.add(file.path,
                      tr("its size (%1 bytes) differs from MANIFEST.json (%2 bytes)")
                          .arg(data->size())
                          .arg(file.size));
        } else if (Crypto::sha256Hex(*data) != file.sha256) {
            check.add(file.path, tr("its SHA-256 differs from MANIFEST.json (changed)"));
        }
    }
    for (const auto &[path, data] : check.files) {
        if (!listed.contains(path) && path != kManifestEntry && path != kManifestSignatureEntry) {
            check.add(path, tr("not listed in MANIFEST.json (added)"));
        }
    }
}

void checkManifest(PackCheck &check, const std::map<QString, QByteArray> &certificates)
{
    const QByteArray *bytes = check.file(kManifestEntry);
    if (!bytes) {
        check.add(kManifestEntry, tr("missing: the pack has no manifest"));
        return;
    }
    QString problem;
    const std::optional<PackManifest> manifest = PackManifest::fromJson(*bytes, &problem);
    if (!manifest) {
        check.add(kManifestEntry, problem);
        return;
    }
    PackReport &report = check.report();
    report.scope = manifest->scope;
    report.exporterName = manifest->exporterName;
    report.exporterFingerprint = manifest->exporterFingerprint;
    report.generatedAt = manifestTime(manifest->generatedAt);
    if (checkManifestSignature(check, *manifest, *bytes, certificates)) {
        checkListedFiles(check, *manifest);
    }
}

void checkAuditEvents(PackCheck &check)
{
    const QByteArray *jsonl = check.file(kAuditEventsEntry);
    if (!jsonl) {
        return; // a listed file that is missing is reported with the manifest
    }
    const AuditEventsCheck events = checkAuditEventsJsonl(*jsonl);
    check.report().auditEventsChecked = events.eventCount;
    for (const QString &problem : events.problems) {
        check.add(kAuditEventsEntry, problem);
    }
}

} // namespace

PackReport verifyAuditPack(const QString &zipPath)
{
    PackReport report;
    report.path = zipPath;
    PackCheck check(report);
    try {
        for (ZipEntry &entry : readZip(zipPath)) {
            check.files.emplace(entry.path, std::move(entry.data));
        }
    } catch (const ReportError &error) {
        if (error.kind() == ReportError::Kind::Io) {
            throw;
        }
        // The problem names the pack as its file; the reason need not say it again.
        const QString pack = QFileInfo(zipPath).fileName();
        const QString prefix = pack + QStringLiteral(": ");
        const QString reason = error.message();
        check.add(pack, reason.startsWith(prefix) ? reason.mid(prefix.size()) : reason);
        return report;
    }
    const std::map<QString, QByteArray> certificates = checkPackCertificates(check);
    checkManifest(check, certificates);
    const QSet<qint64> sound = checkPackDecisions(check, certificates);
    checkPackApprovalRecords(check, sound);
    checkAuditEvents(check);
    return report;
}

} // namespace Quorum::Reports
