// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairnessreportbuilder.h"

#include "builderhelpers.h"
#include "chartblocks.h"
#include "document/reportcontext.h"
#include "evidence/versionevidence.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Quorum::Reports {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Reports::FairnessReport", text);
}

QString anchorFor(const FairnessReport &report)
{
    QString anchor = QStringLiteral("fairness-") + report.protectedAttribute.toLower()
        + QLatin1Char('-') + report.split.toLower();
    for (QChar &c : anchor) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-')) {
            c = QLatin1Char('-');
        }
    }
    return anchor;
}

KeyValueList reportFacts(const FairnessReport &report, const FairnessChartData &data,
                         const ReportContext &context)
{
    return KeyValueList{{
        {tr("Privileged group"), report.privilegedGroup},
        {tr("Favourable outcome"), report.favourableOutcome},
        {tr("Split"), report.split},
        {tr("Groups"), QString::number(report.groups.size())},
        {tr("Rows"), context.locale.toString(data.totalCount)},
        {tr("Recorded at"), context.dateTime(report.recordedAt)},
        {tr("Source"), report.source.isEmpty() ? QStringLiteral("—") : report.source},
    }};
}

// "metric: reason" for every metric the report could not compute.
QStringList undefinedReasons(const FairnessReport &report)
{
    QStringList reasons;
    const QJsonObject object
        = QJsonDocument::fromJson(report.undefinedReasonsJson.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString reason = it.value().isString()
            ? it.value().toString()
            : QString::fromUtf8(
                QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact));
        reasons << it.key() + QStringLiteral(": ") + reason;
    }
    return reasons;
}

void addAttribute(Document &document, int number, const FairnessReport &report,
                  const ReportContext &context)
{
    const FairnessChartData data = fairnessChartData(report);
    document.heading(1, tr("%1 Protected attribute: %2").arg(number).arg(report.protectedAttribute),
                     anchorFor(report));
    document.add(reportFacts(report, data, context));
    document.add(ChartBlocks::fairnessGroupTable(report, data, context));
    document.add(ChartBlocks::selectionRateChart(data));
    document.heading(2, tr("%1.1 Summary metrics").arg(number));
    document.add(ChartBlocks::fairnessSummaryTable(report, data, context));
    if (report.intervalsJson.trimmed() == QStringLiteral("{}") || report.intervalsJson.isEmpty()) {
        document.note(tr("No bootstrap confidence intervals were stored for this report."));
    }
    const QStringList flags = [&] {
        QStringList all;
        for (const FairnessSummaryRow &row : data.summary) {
            if (row.isFlagged()) {
                all << row.flag;
            }
        }
        return all + data.otherFlags;
    }();
    document.heading(2, tr("%1.2 Flags").arg(number));
    if (flags.isEmpty()) {
        document.paragraph(tr("No fairness flags."));
    } else {
        document.add(BulletList{flags});
    }
    const QStringList reasons = undefinedReasons(report);
    if (!reasons.isEmpty()) {
        document.heading(2, tr("%1.3 Undefined metrics").arg(number));
        document.add(BulletList{reasons});
    }
}

} // namespace

Document buildFairnessReport(const VersionEvidence &evidence, const ReportContext &context)
{
    Document document;
    document.title = tr("Fairness report");
    document.subtitle = BuilderHelpers::versionTitle(evidence);
    document.documentId = QStringLiteral("QRM-FAIR-%1-%2-%3")
                              .arg(evidence.model.id)
                              .arg(evidence.version.id)
                              .arg(BuilderHelpers::documentDate(context));
    document.generatedAt = context.now;
    document.generatedAtText = context.dateTime(context.now);
    document.add(KeyValueList{{
        {tr("Model"), evidence.model.name},
        {tr("Version"), evidence.version.version.toString()},
        {tr("Stage"), stageLabel(evidence.version.stage)},
        {tr("Risk tier"), riskTierLabel(evidence.model.tier)},
        {tr("Protected attributes"), QString::number(evidence.fairness.size())},
        {tr("Generated at"), document.generatedAtText},
    }});
    if (evidence.fairness.empty()) {
        document.gap(tr("No fairness report is stored for %1: group fairness has not been "
                        "measured for this version.")
                         .arg(document.subtitle));
        return document;
    }
    document.note(tr("Signed metrics follow AIF360 (unprivileged groups pooled against the "
                     "privileged group); unsigned ones follow Fairlearn (spread over all "
                     "groups). The four-fifths rule flags a selection-rate ratio below 0.8."));
    int number = 1;
    for (const FairnessReport &report : evidence.fairness) {
        addAttribute(document, number++, report, context);
    }
    return document;
}

} // namespace Quorum::Reports
