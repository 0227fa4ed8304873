// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportwork.h"

#include "builders/auditreportbuilder.h"
#include "builders/fairnessreportbuilder.h"
#include "builders/modelcardreport.h"
#include "builders/releaselogreport.h"
#include "crypto/identity.h"
#include "document/reportcontext.h"
#include "document/reporterror.h"
#include "evidence/versionevidence.h"
#include "pack/auditpackwriter.h"
#include "render/documentformat.h"
#include "render/htmlrenderer.h"
#include "reports/previewpage.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace Quorum::Ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Ui::ReportWork", text);
}

struct BuiltReport
{
    Reports::Document document;
    std::vector<Reports::ReadinessItem> readiness;
};

BuiltReport buildReport(Database &db, const ReportRequest &request, const QString &exporterName,
                        const Reports::ReportContext &context,
                        const Reports::ReportProgress &progress)
{
    using namespace Reports;
    if (request.kind == ReportKind::AuditPack) {
        const AuditEvidence evidence = loadAuditEvidence(db, request.auditScope, context, progress);
        return {buildAuditReport(evidence, exporterName, context), {}};
    }
    const VersionEvidence evidence = loadVersionEvidence(db, request.versionId, progress);
    switch (request.kind) {
    case ReportKind::AnnexIv: {
        AnnexIvDocument annex = buildAnnexIv(evidence, context);
        return {std::move(annex.document), std::move(annex.readiness)};
    }
    case ReportKind::ModelCard:
        return {buildModelCardReport(evidence, context), {}};
    case ReportKind::Fairness:
        return {buildFairnessReport(evidence, context), {}};
    case ReportKind::AuditPack:
    case ReportKind::ReleaseLog:
        break;
    }
    throw ReportError(ReportError::Kind::Usage, tr("This report has no document to build."));
}

QString readingStep(const ReportRequest &request)
{
    return tr("Reading the evidence of %1…").arg(request.describe());
}

QString packSummary(const Reports::AuditPackSummary &summary)
{
    return tr("%1 files: %2 decisions, %3 approval records, %4 audit events.")
        .arg(summary.fileCount)
        .arg(summary.decisionCount)
        .arg(summary.approvalRecordCount)
        .arg(summary.auditEventCount);
}

} // namespace

ReportOutput previewReport(Database &db, const ReportRequest &request, const QString &exporterName,
                           const Reports::ReportContext &context, const JobProgress &progress)
{
    ReportOutput output;
    if (request.kind == ReportKind::ReleaseLog) {
        progress.begin(0, 1, tr("Reading the decided release requests…"));
        PreviewPage page;
        page.markdown = QString::fromUtf8(Reports::buildReleaseLog(db));
        output.preview = std::move(page);
        return output;
    }
    progress.begin(0, 2, readingStep(request));
    BuiltReport built = buildReport(db, request, exporterName, context, progress.stage(0, 2));
    progress.begin(1, 2, tr("Laying out the preview…"));
    output.preview = previewPage(Reports::renderHtml(built.document));
    if (request.kind == ReportKind::AnnexIv) {
        output.readiness = readinessSummary(built.readiness);
    }
    return output;
}

ReportOutput exportReport(Database &db, const ReportRequest &request, const QString &path,
                          const std::optional<ExportKey> &key,
                          const Reports::ReportContext &context, const JobProgress &progress)
{
    ReportOutput output;
    output.path = path;
    const QString file = QDir::toNativeSeparators(path);
    switch (request.kind) {
    case ReportKind::ReleaseLog: {
        progress.begin(0, 2, tr("Reading the decided release requests…"));
        const QByteArray markdown = Reports::buildReleaseLog(db);
        progress.begin(1, 2, tr("Writing %1…").arg(file));
        Reports::writeFileAtomically(path, markdown);
        break;
    }
    case ReportKind::AuditPack: {
        progress.begin(0, 4, tr("Opening the key file…"));
        const Identity exporter
            = Identity::load(key ? key->p12Path : QString(), key ? key->passphrase : QString());
        const Reports::AuditPackSummary summary = Reports::writeAuditPack(
            db, request.auditScope, exporter, path, context, progress.stage(1, 4));
        output.summary = packSummary(summary);
        break;
    }
    case ReportKind::AnnexIv:
    case ReportKind::ModelCard:
    case ReportKind::Fairness: {
        progress.begin(0, 2, readingStep(request));
        const BuiltReport built = buildReport(db, request, {}, context, progress.stage(0, 2));
        Reports::writeDocument(built.document, path, progress.stage(1, 2));
        if (request.kind == ReportKind::AnnexIv) {
            output.summary = readinessSummary(built.readiness);
        }
        break;
    }
    }
    return output;
}

QString readinessSummary(const std::vector<Reports::ReadinessItem> &items)
{
    using Reports::ReadinessStatus;
    const auto count = [&items](ReadinessStatus status) {
        return static_cast<int>(std::count_if(
            items.begin(), items.end(), [status](const auto &i) { return i.status == status; }));
    };
    const int defaults = count(ReadinessStatus::Default);
    const int gaps = count(ReadinessStatus::Gap);
    const int evidenced = count(ReadinessStatus::Evidence) + defaults;
    const int total = static_cast<int>(items.size());
    QString text = defaults > 0
        ? tr("%1 of %2 items evidenced (%3 by default)").arg(evidenced).arg(total).arg(defaults)
        : tr("%1 of %2 items evidenced").arg(evidenced).arg(total);
    text += QStringLiteral(" · ");
    text += gaps == 0 ? tr("no gaps") : gaps == 1 ? tr("1 gap") : tr("%1 gaps").arg(gaps);
    return text;
}

} // namespace Quorum::Ui
