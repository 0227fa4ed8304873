// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "builders/auditreportbuilder.h"
#include "reports/reportkind.h"

#include <QString>

namespace Quorum::Ui {

/// A report as chosen in the Reports area: which one, about what, in which format. A plain
/// value handed to the worker that builds it.
struct ReportRequest
{
    ReportKind kind = ReportKind::AnnexIv;
    ExportFormat format = ExportFormat::Pdf;
    QString modelName; ///< machine name, e.g. "fraud-detection"; empty for the release log
    QString version;   ///< e.g. "2.1.0"; empty when the report covers no single version
    qint64 versionId = 0;
    Reports::AuditScope auditScope; ///< the audit pack's scope

    /// The file name an export suggests, e.g. "annex-iv_fraud-detection_2.1.0.pdf",
    /// "audit-pack_2026-01-01_2026-03-31.zip", "model_release_log.md".
    QString defaultFileName() const;
    /// What the report is about, e.g. "fraud-detection 2.1.0"; empty for the release log.
    QString describe() const;
};

} // namespace Quorum::Ui
