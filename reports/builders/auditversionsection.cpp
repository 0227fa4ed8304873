// SPDX-License-Identifier: GPL-3.0-or-later
// The audit report's section of one version: facts, requests, fairness, drift, model card.
#include "auditreportsections.h"
#include "builderhelpers.h"
#include "chartblocks.h"
#include "charts/lttb.h"
#include "document/reportcontext.h"
#include "evidence/versionevidence.h"
#include "modelcardfields.h"

#include <QCoreApplication>

namespace Quorum::Reports::AuditReportSections {

namespace {

constexpr std::size_t kMaxDriftCharts = 4;

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Reports::AuditReport", text);
}

KeyValueList versionFacts(const VersionEvidence &v, const ReportContext &context)
{
    return KeyValueList{{
        {tr("Model"), v.model.name + QStringLiteral(" (") + v.model.displayName + QLatin1Char(')')},
        {tr("Risk tier"), riskTierLabel(v.model.tier)},
        {tr("Owner"), v.owner.name},
        {tr("Stage"), stageLabel(v.version.stage)},
        {tr("Framework"), v.version.framework + QLatin1Char(' ') + v.version.frameworkVersion},
        {tr("Artifact"), v.version.artifactUri},
        {tr("Artifact SHA-256"),
         v.version.artifactSha256.isEmpty() ? tr("not recorded") : v.version.artifactSha256},
        {tr("Created at"), context.dateTime(v.version.createdAt)},
        {tr("Created by"), v.createdBy ? v.createdBy->name : tr("not recorded")},
    }};
}

void addFairness(Document &document, const QString &number, const VersionEvidence &v,
                 const ReportContext &context)
{
    document.heading(2, tr("%1.2 Fairness").arg(number));
    if (v.fairness.empty()) {
        document.note(tr("No fairness report is stored for this version."));
        return;
    }
    for (const FairnessReport &report : v.fairness) {
        const FairnessChartData data = fairnessChartData(report);
        document.heading(
            3,
            tr("Protected attribute %1 (%2 split)").arg(report.protectedAttribute, report.split));
        document.add(ChartBlocks::fairnessGroupTable(report, data, context));
        document.add(ChartBlocks::selectionRateChart(data));
        QStringList flags;
        for (const FairnessSummaryRow &row : data.summary) {
            if (row.isFlagged()) {
                flags << row.flag;
            }
        }
        flags << data.otherFlags;
        if (flags.isEmpty()) {
            document.note(tr("No fairness flags."));
        } else {
            document.paragraph(tr("Flags: %1").arg(flags.join(QStringLiteral("; "))));
        }
    }
}

void addDrift(Document &document, const QString &number, const VersionEvidence &v,
              const ReportContext &context)
{
    document.heading(2, tr("%1.3 Drift monitoring").arg(number));
    const std::vector<DriftSeries> series = driftSeries(v.drift, kChartDisplayPoints);
    if (series.empty()) {
        document.note(tr("No drift monitoring is stored for this version."));
        return;
    }
    document.add(ChartBlocks::driftSummaryTable(series, context));
    const std::vector<Chart> charts = ChartBlocks::driftCharts(series, context, kMaxDriftCharts);
    if (charts.empty()) {
        document.note(tr("No feature drifted in any monitored window."));
    }
    for (const Chart &chart : charts) {
        document.add(chart);
    }
}

void addCardSummary(Document &document, const QString &number, const VersionEvidence &v)
{
    using namespace ModelCardFields;
    document.heading(2, tr("%1.4 Model card summary").arg(number));
    if (!v.modelCard) {
        document.gap(tr("No model card was saved for this version."));
        return;
    }
    QString error;
    const QJsonObject card = parseCard(v.modelCard->contentJson, &error);
    if (!error.isEmpty()) {
        document.gap(tr("The model card (revision %1) cannot be read: %2")
                         .arg(v.modelCard->revision)
                         .arg(error));
        return;
    }
    const QJsonObject considerations = card.value(QStringLiteral("considerations")).toObject();
    document.note(tr("Revision %1 of the card; the full card is a separate report.")
                      .arg(v.modelCard->revision));
    BuilderHelpers::textOrNote(document,
                               scalarText(card.value(QStringLiteral("model_details"))
                                              .toObject()
                                              .value(QStringLiteral("overview"))));
    document.heading(3, tr("Limitations"));
    BuilderHelpers::bulletsOrNote(document,
                                  itemTexts(considerations.value(QStringLiteral("limitations")),
                                            QStringLiteral("description")));
    document.heading(3, tr("Ethical considerations"));
    QStringList ethics;
    for (const auto &[risk, mitigation] :
         ethicalConsiderations(considerations.value(QStringLiteral("ethical_considerations")))) {
        ethics << (mitigation.isEmpty()
                       ? risk
                       : QString(risk + QStringLiteral(". Mitigation: ") + mitigation));
    }
    BuilderHelpers::bulletsOrNote(document, ethics);
}

} // namespace

void addVersion(Document &document, int number, const VersionEvidence &version,
                const AuditEvidence &evidence, const ReportContext &context)
{
    const QString n = QString::number(number);
    document.heading(1,
                     n + QLatin1Char(' ') + version.model.name + QLatin1Char(' ')
                         + version.version.version.toString(),
                     QStringLiteral("version-%1").arg(version.version.id));
    document.add(versionFacts(version, context));
    addRequests(document, n, version, evidence, context);
    addFairness(document, n, version, context);
    addDrift(document, n, version, context);
    addCardSummary(document, n, version);
}

} // namespace Quorum::Reports::AuditReportSections
