// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <vector>

namespace Quorum::Ui {

/// The reports the Reports area makes, in the order it lists them.
enum class ReportKind {
    AnnexIv,
    AuditPack,
    ModelCard,
    Fairness,
    ReleaseLog,
};

inline constexpr std::array kAllReportKinds{ReportKind::AnnexIv, ReportKind::AuditPack,
                                            ReportKind::ModelCard, ReportKind::Fairness,
                                            ReportKind::ReleaseLog};

/// The file formats an export can take.
enum class ExportFormat {
    Pdf,
    Html,
    Markdown,
    Zip,
};

/// What a report needs chosen before it can be made.
enum class ReportScopeNeed {
    None,           ///< the whole database (the release log)
    Version,        ///< a model version
    AuditPackScope, ///< a model, a version of it, or a period
};

/// Translated name, e.g. "Annex IV technical documentation".
QString reportKindName(ReportKind kind);
/// One sentence on what the report holds, for the list's tooltip and the preview's header.
QString reportKindDescription(ReportKind kind);
/// The file name prefix, e.g. "annex-iv".
QString reportKindSlug(ReportKind kind);
/// The formats offered for @p kind, the first being the default.
std::vector<ExportFormat> reportFormats(ReportKind kind);
ReportScopeNeed reportScopeNeed(ReportKind kind);

/// "PDF", "HTML", "Markdown", "ZIP".
QString exportFormatName(ExportFormat format);
/// "pdf", "html", "md", "zip".
QString exportFormatSuffix(ExportFormat format);
/// A QFileDialog filter, e.g. "PDF documents (*.pdf)".
QString exportFormatFilter(ExportFormat format);

} // namespace Quorum::Ui
