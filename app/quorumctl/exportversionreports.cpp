// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl export annex-iv | model-card | fairness': one version's report as PDF, HTML or
// Markdown, in the format --out's extension names; 'export model-card --out FILE.json' writes
// the latest model card revision as Model Card Toolkit JSON instead.
#include "annexiv/annexivbuilder.h"
#include "builders/fairnessreportbuilder.h"
#include "builders/modelcardreport.h"
#include "console.h"
#include "document/reportcontext.h"
#include "document/reporterror.h"
#include "evidence/versionevidence.h"
#include "exports.h"
#include "governanceinput.h"
#include "importers/cards/mctcard.h"
#include "invocation.h"
#include "render/documentformat.h"
#include "reportcontextinput.h"
#include "storage/database.h"
#include "storage/modelcardrepository.h"
#include "terminalprogress.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace Quorum::Cli::Exports {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Cli::ExportCommand", text);
}

/// A built report: the document and, for Annex IV, its readiness summary.
struct BuiltReport
{
    Reports::Document document;
    std::vector<Reports::ReadinessItem> readiness;
};

/// One kind of version report.
struct VersionReport
{
    QString key;   ///< "annex-iv"
    QString label; ///< "Annex IV technical documentation", for people
    BuiltReport (*build)(const Reports::VersionEvidence &, const Reports::ReportContext &);
};

/// What the command line asks for.
struct Request
{
    QString model;
    QString version;
    QString out;
    Reports::DocumentFormat format = Reports::DocumentFormat::Pdf;
};

Request request(const Invocation &invocation)
{
    Request request;
    request.model = GovernanceInput::required(invocation, QStringLiteral("model"));
    request.version = GovernanceInput::required(invocation, QStringLiteral("version"));
    request.out = GovernanceInput::required(invocation, QStringLiteral("out"));
    const std::optional<Reports::DocumentFormat> format = Reports::formatForPath(request.out);
    if (!format) {
        throw UsageError(tr("--out %1: the extension names the format; use .pdf, .html or .md.")
                             .arg(request.out));
    }
    request.format = *format;
    return request;
}

/// The pages of a PDF written by QPdfWriter: its page objects.
int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    int pages = 0;
    for (QRegularExpressionMatchIterator it = page.globalMatch(QString::fromLatin1(pdf));
         it.hasNext(); it.next()) {
        ++pages;
    }
    return pages;
}

QString formatKey(Reports::DocumentFormat format)
{
    switch (format) {
    case Reports::DocumentFormat::Pdf:
        return QStringLiteral("pdf");
    case Reports::DocumentFormat::Html:
        return QStringLiteral("html");
    case Reports::DocumentFormat::Markdown:
        break;
    }
    return QStringLiteral("markdown");
}

std::vector<Reports::ReadinessItem> gapsOf(const std::vector<Reports::ReadinessItem> &items)
{
    std::vector<Reports::ReadinessItem> gaps;
    std::copy_if(items.begin(), items.end(), std::back_inserter(gaps),
                 [](const auto &item) { return item.status == Reports::ReadinessStatus::Gap; });
    return gaps;
}

QString readinessText(const std::vector<Reports::ReadinessItem> &items)
{
    const std::vector<Reports::ReadinessItem> gaps = gapsOf(items);
    const auto total = static_cast<int>(items.size());
    const auto gapCount = static_cast<int>(gaps.size());
    const QString pattern = gapCount == 1
        ? tr("Annex IV readiness: %1 of %2 items evidenced, %3 gap\n")
        : tr("Annex IV readiness: %1 of %2 items evidenced, %3 gaps\n");
    QString text = pattern.arg(total - gapCount).arg(total).arg(gapCount);
    for (const Reports::ReadinessItem &gap : gaps) {
        text += tr("  gap %1 %2: %3\n").arg(gap.item, gap.title, gap.source);
    }
    return text;
}

QJsonObject readinessJson(const std::vector<Reports::ReadinessItem> &items)
{
    const std::vector<Reports::ReadinessItem> gaps = gapsOf(items);
    QJsonArray gapArray;
    for (const Reports::ReadinessItem &gap : gaps) {
        gapArray.append(QJsonObject{{QStringLiteral("item"), gap.item},
                                    {QStringLiteral("title"), gap.title},
                                    {QStringLiteral("source"), gap.source}});
    }
    return QJsonObject{{QStringLiteral("items"), static_cast<int>(items.size())},
                       {QStringLiteral("evidenced"), static_cast<int>(items.size() - gaps.size())},
                       {QStringLiteral("gaps"), static_cast<int>(gaps.size())},
                       {QStringLiteral("gap_items"), gapArray}};
}

void printWritten(const VersionReport &kind, const Request &request, const BuiltReport &built,
                  const QByteArray &bytes, bool json)
{
    std::optional<int> pages;
    if (request.format == Reports::DocumentFormat::Pdf && pdfPageCount(bytes) > 0) {
        pages = pdfPageCount(bytes);
    }
    if (json) {
        QJsonObject object{{QStringLiteral("report"), kind.key},
                           {QStringLiteral("model"), request.model},
                           {QStringLiteral("version"), request.version},
                           {QStringLiteral("file"), displayPath(request.out)},
                           {QStringLiteral("format"), formatKey(request.format)},
                           {QStringLiteral("bytes"), bytes.size()},
                           {QStringLiteral("pages"), pages ? QJsonValue(*pages) : QJsonValue()}};
        if (kind.key == QLatin1String("annex-iv")) {
            object.insert(QStringLiteral("readiness"), readinessJson(built.readiness));
        }
        Console::json(QJsonDocument(object));
        return;
    }
    QString size = Reports::formatName(request.format);
    if (pages) {
        size = (*pages == 1 ? tr("%1, %2 page") : tr("%1, %2 pages")).arg(size).arg(*pages);
    }
    QString text
        = tr("Wrote the %1 of %2 %3 to %4 (%5, %6 bytes)\n")
              .arg(kind.label, request.model, request.version, displayPath(request.out), size)
              .arg(bytes.size());
    if (kind.key == QLatin1String("annex-iv")) {
        text += readinessText(built.readiness);
    }
    Console::out(text);
}

ExitCode exportVersionReport(const Invocation &invocation, const VersionReport &kind)
{
    const Request input = request(invocation);
    const Reports::ReportContext context = reportContext();
    Database db = Database::open(invocation.databasePath());
    const qint64 versionId = Reports::findVersionId(db, input.model, input.version);
    BuiltReport built;
    QByteArray bytes;
    {
        const TerminalProgress terminal(kind.label); // erased before the summary
        const Reports::VersionEvidence evidence
            = Reports::loadVersionEvidence(db, versionId, terminal.progress());
        built = kind.build(evidence, context);
        bytes = Reports::renderDocument(built.document, input.format, terminal.progress());
        Reports::writeFileAtomically(input.out, bytes);
    }
    printWritten(kind, input, built, bytes, invocation.json());
    return ExitCode::Success;
}

/// The content of the version's latest model card revision, as stored.
QJsonObject latestCardContent(Database &db, qint64 versionId, const QString &model,
                              const QString &version, int &revision)
{
    const std::optional<ModelCard> card = ModelCardRepository(db).latest(versionId);
    if (!card) {
        throw Reports::ReportError(Reports::ReportError::Kind::NotFound,
                                   tr("%1 %2 has no model card yet (import one with 'quorumctl "
                                      "import model-card').")
                                       .arg(model, version));
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(card->contentJson.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        throw Reports::ReportError(
            Reports::ReportError::Kind::Io,
            tr("revision %1 of the model card of %2 %3 in the database is not a JSON object.")
                .arg(card->revision)
                .arg(model, version));
    }
    revision = card->revision;
    return document.object();
}

/// 'export model-card --out FILE.json': the latest revision as Model Card Toolkit JSON, the
/// format 'import model-card' reads.
ExitCode exportModelCardJson(const Invocation &invocation)
{
    const QString model = GovernanceInput::required(invocation, QStringLiteral("model"));
    const QString version = GovernanceInput::required(invocation, QStringLiteral("version"));
    const QString out = GovernanceInput::required(invocation, QStringLiteral("out"));
    Database db = Database::open(invocation.databasePath());
    const qint64 versionId = Reports::findVersionId(db, model, version);
    int revision = 0;
    const QByteArray bytes
        = exportMctJson(latestCardContent(db, versionId, model, version, revision));
    Reports::writeFileAtomically(out, bytes);
    if (invocation.json()) {
        Console::json(
            QJsonDocument(QJsonObject{{QStringLiteral("report"), QStringLiteral("model-card")},
                                      {QStringLiteral("model"), model},
                                      {QStringLiteral("version"), version},
                                      {QStringLiteral("file"), displayPath(out)},
                                      {QStringLiteral("format"), QStringLiteral("mct-json")},
                                      {QStringLiteral("revision"), revision},
                                      {QStringLiteral("bytes"), bytes.size()}}));
    } else {
        Console::out(tr("Wrote revision %1 of the model card of %2 %3 to %4 (Model Card Toolkit "
                        "JSON, %5 bytes)\n")
                         .arg(revision)
                         .arg(model, version, displayPath(out))
                         .arg(bytes.size()));
    }
    return ExitCode::Success;
}

} // namespace

ExitCode annexIv(const Invocation &invocation)
{
    return exportVersionReport(
        invocation,
        {QStringLiteral("annex-iv"), tr("Annex IV technical documentation"),
         [](const Reports::VersionEvidence &evidence, const Reports::ReportContext &context) {
             Reports::AnnexIvDocument annex = Reports::buildAnnexIv(evidence, context);
             return BuiltReport{std::move(annex.document), std::move(annex.readiness)};
         }});
}

ExitCode modelCard(const Invocation &invocation)
{
    if (invocation.value(QStringLiteral("out"))
            .endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        return exportModelCardJson(invocation);
    }
    return exportVersionReport(
        invocation,
        {QStringLiteral("model-card"), tr("model card"),
         [](const Reports::VersionEvidence &evidence, const Reports::ReportContext &context) {
             return BuiltReport{Reports::buildModelCardReport(evidence, context), {}};
         }});
}

ExitCode fairness(const Invocation &invocation)
{
    return exportVersionReport(
        invocation,
        {QStringLiteral("fairness"), tr("fairness report"),
         [](const Reports::VersionEvidence &evidence, const Reports::ReportContext &context) {
             return BuiltReport{Reports::buildFairnessReport(evidence, context), {}};
         }});
}

} // namespace Quorum::Cli::Exports
