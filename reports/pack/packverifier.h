// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace Quorum::Reports {

/// One file of a pack that does not hold.
struct PackProblem
{
    QString file;   ///< the entry name, e.g. "decisions/decision-12.p7s"; the pack for the archive
    QString reason; ///< user-facing, e.g. "its SHA-256 differs from MANIFEST.json (changed)"
};

/// The result of verifyAuditPack().
struct PackReport
{
    QString path;
    QString scope;
    QString exporterName;
    QString exporterFingerprint;
    QString generatedAt; ///< as in the manifest (ISO 8601, UTC)
    int filesChecked = 0;
    int signaturesChecked = 0; ///< decision signatures plus the manifest's
    int auditEventsChecked = 0;
    std::vector<PackProblem> problems;

    bool holds() const { return problems.empty(); }
};

/// Checks an audit pack offline, with nothing but the pack (no database): the archive is a
/// safe ZIP (readZip); MANIFEST.json parses and its signature MANIFEST.json.p7s verifies with
/// the exporter's certificate in the pack at the manifest's time; every listed file exists
/// with its SHA-256 and size, and no unlisted file is present; each decision's .p7s verifies
/// over its statement with the certificate the statement names, at the statement's time;
/// each approval record's signatures match the pack's statements; each audit event's hash
/// matches its recomputed content and consecutive events chain. Every failure names its file.
/// Throws ReportError(Io) when the pack cannot be opened; an unsafe or unreadable archive is
/// reported as a problem of the pack, not thrown.
PackReport verifyAuditPack(const QString &zipPath);

} // namespace Quorum::Reports
