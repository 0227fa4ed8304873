// SPDX-License-Identifier: GPL-3.0-or-later
#include "annexivbuilder.h"

#include "annexivwriter_p.h"

namespace Quorum::Reports {

namespace {

using namespace Internal;

KeyValueList titleBlock(const VersionEvidence &e, const ReportContext &context)
{
    KeyValueList block;
    block.rows = {
        {annexTr("Model"), QStringLiteral("%1 (%2)").arg(e.model.displayName, e.model.name)},
        {annexTr("Version"), e.version.version.toString()},
        {annexTr("Risk tier"), riskTierLabel(e.model.tier)},
        {annexTr("Stage"), stageLabel(e.version.stage)},
        {annexTr("Database instance"), e.instanceId},
        {annexTr("Generated at"), context.dateTime(context.now)},
    };
    return block;
}

void writeIntroduction(Document &document, const VersionEvidence &e)
{
    document.paragraph(
        annexTr("Technical documentation referred to in Article 11(1) of Regulation (EU) "
                "2024/1689, drawn up from the governance database for %1 version %2. Each item "
                "quotes the regulation (summarised), gives the recorded evidence and cites its "
                "source; an item without evidence is marked as a gap for the provider to "
                "complete.")
            .arg(e.model.displayName, e.version.version.toString()));
}

} // namespace

AnnexIvDocument buildAnnexIv(const VersionEvidence &evidence, const ReportContext &context)
{
    AnnexIvWriter writer(evidence, context);
    writeGeneralDescription(writer);
    writeDevelopment(writer);
    writeMonitoringAndControl(writer);
    writeMetricsRiskAndChanges(writer);
    writeStandardsAndDeclaration(writer);
    writePostMarketMonitoring(writer);

    AnnexIvDocument out;
    out.readiness = writer.takeReadiness();
    Document &doc = out.document;
    const QString version = evidence.version.version.toString();
    doc.title = annexTr("Annex IV technical documentation");
    doc.subtitle = evidence.model.displayName + QLatin1Char(' ') + version;
    doc.documentId = QStringLiteral("QRM-AIV-%1-%2-%3")
                         .arg(evidence.model.name, version,
                              context.now.toUTC().toString(QStringLiteral("yyyyMMdd")));
    doc.generatedAt = context.now;
    doc.generatedAtText = context.dateTime(context.now);
    doc.add(titleBlock(evidence, context));
    writeIntroduction(doc, evidence);
    writeReadinessSummary(doc, out.readiness);
    for (Block &block : writer.body().blocks) {
        doc.blocks.push_back(std::move(block));
    }
    doc.add(PageBreak{});
    writeDeclaration(doc, evidence, context);
    return out;
}

} // namespace Quorum::Reports
