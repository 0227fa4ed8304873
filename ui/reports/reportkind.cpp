// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportkind.h"

#include <QCoreApplication>

namespace Quorum::Ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Ui::ReportKind", text);
}

} // namespace

QString reportKindName(ReportKind kind)
{
    switch (kind) {
    case ReportKind::AnnexIv:
        return tr("Annex IV technical documentation");
    case ReportKind::AuditPack:
        return tr("Audit pack");
    case ReportKind::ModelCard:
        return tr("Model card");
    case ReportKind::Fairness:
        return tr("Fairness report");
    case ReportKind::ReleaseLog:
        return tr("Release log");
    }
    return {};
}

QString reportKindDescription(ReportKind kind)
{
    switch (kind) {
    case ReportKind::AnnexIv:
        return tr("The technical documentation of Annex IV of the EU AI Act for one model "
                  "version, with a readiness summary of its gaps.");
    case ReportKind::AuditPack:
        return tr("A signed ZIP for an auditor: the audit report, approval records, signed "
                  "decisions, certificates and audit events, with a manifest that verifies "
                  "offline.");
    case ReportKind::ModelCard:
        return tr("The model card of one version in the sections of the Model Card Toolkit.");
    case ReportKind::Fairness:
        return tr("The fairness of one version per protected attribute: groups, rates, the "
                  "four-fifths line and the flags.");
    case ReportKind::ReleaseLog:
        return tr("model_release_log.md: every decided release request of the database, "
                  "oldest first.");
    }
    return {};
}

QString reportKindSlug(ReportKind kind)
{
    switch (kind) {
    case ReportKind::AnnexIv:
        return QStringLiteral("annex-iv");
    case ReportKind::AuditPack:
        return QStringLiteral("audit-pack");
    case ReportKind::ModelCard:
        return QStringLiteral("model-card");
    case ReportKind::Fairness:
        return QStringLiteral("fairness");
    case ReportKind::ReleaseLog:
        return QStringLiteral("model_release_log");
    }
    return {};
}

std::vector<ExportFormat> reportFormats(ReportKind kind)
{
    switch (kind) {
    case ReportKind::AuditPack:
        return {ExportFormat::Zip};
    case ReportKind::ReleaseLog:
        return {ExportFormat::Markdown};
    case ReportKind::AnnexIv:
    case ReportKind::ModelCard:
    case ReportKind::Fairness:
        break;
    }
    return {ExportFormat::Pdf, ExportFormat::Html, ExportFormat::Markdown};
}

ReportScopeNeed reportScopeNeed(ReportKind kind)
{
    switch (kind) {
    case ReportKind::AuditPack:
        return ReportScopeNeed::AuditPackScope;
    case ReportKind::ReleaseLog:
        return ReportScopeNeed::None;
    case ReportKind::AnnexIv:
    case ReportKind::ModelCard:
    case ReportKind::Fairness:
        break;
    }
    return ReportScopeNeed::Version;
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return tr("PDF");
    case ExportFormat::Html:
        return tr("HTML");
    case ExportFormat::Markdown:
        return tr("Markdown");
    case ExportFormat::Zip:
        return tr("ZIP");
    }
    return {};
}

QString exportFormatSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Html:
        return QStringLiteral("html");
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    case ExportFormat::Zip:
        return QStringLiteral("zip");
    }
    return {};
}

QString exportFormatFilter(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return tr("PDF documents (*.pdf)");
    case ExportFormat::Html:
        return tr("HTML pages (*.html *.htm)");
    case ExportFormat::Markdown:
        return tr("Markdown files (*.md)");
    case ExportFormat::Zip:
        return tr("Audit packs (*.zip)");
    }
    return {};
}

} // namespace Quorum::Ui
