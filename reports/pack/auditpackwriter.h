// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Quorum {
class Database;
class Identity;
} // namespace Quorum

namespace Quorum::Reports {

class ReportProgress;
struct AuditScope;
struct ReportContext;

/// What writeAuditPack() put in the pack.
struct AuditPackSummary
{
    QString path;
    int fileCount = 0; ///< entries, MANIFEST.json and its signature included
    int decisionCount = 0;
    int approvalRecordCount = 0;
    int auditEventCount = 0;
};

/// Writes the audit pack of @p scope to @p zipPath (SPEC §5, issue 5):
///   report.pdf                         the audit report (buildAuditReport, renderPdf)
///   approvals/<approval_id>.json       the approval record of each decided request
///   decisions/decision-<id>.json       each decision's signed statement, bytes as signed
///   decisions/decision-<id>.p7s        its detached CMS signature (DER)
///   certificates/<sha256>.pem          every signer's certificate and the exporter's
///   audit/events.jsonl                 the audit events of the scope, one JSON per line,
///                                      with the instance id so hashes can be recomputed
///   VERIFY.txt                         stock OpenSSL commands that check the pack by hand
///   MANIFEST.json                      every file above with its SHA-256 and size
///   MANIFEST.json.p7s                  the manifest signed by @p exporter
/// Entries are written in that order with the context's time as their date, so the pack is
/// reproducible but for the signatures. The ZIP is written atomically. Throws ReportError
/// (NotFound, Io, Signing, Cancelled), DatabaseError.
AuditPackSummary writeAuditPack(Database &db, const AuditScope &scope, const Identity &exporter,
                                const QString &zipPath, const ReportContext &context,
                                const ReportProgress &progress);

} // namespace Quorum::Reports
