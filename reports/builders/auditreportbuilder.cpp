// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditreportbuilder.h"

#include "auditreportsections.h"
#include "builderhelpers.h"
#include "document/reportcontext.h"

#include <QCoreApplication>
#include <QSet>

namespace Quorum::Reports {

namespace {

constexpr int kMaxAuditRows = 500;

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Reports::AuditReport", text);
}

QString documentId(const AuditEvidence &evidence, const ReportContext &context)
{
    const AuditScope &scope = evidence.scope;
    QString subject;
    if (scope.kind == AuditScope::Kind::Period) {
        subject = scope.from.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-')
            + scope.to.toString(QStringLiteral("yyyyMMdd"));
    } else if (evidence.versions.empty()) {
        subject = scope.modelName;
    } else {
        subject = QString::number(evidence.versions.front().model.id);
        if (scope.kind == AuditScope::Kind::Version) {
            subject += QLatin1Char('-') + QString::number(evidence.versions.front().version.id);
        }
    }
    return QStringLiteral("QRM-AUD-") + subject + QLatin1Char('-')
        + BuilderHelpers::documentDate(context);
}

void addCover(Document &document, const AuditEvidence &evidence, const QString &exporterName)
{
    QSet<qint64> models;
    int requests = 0;
    int decisions = 0;
    for (const VersionEvidence &v : evidence.versions) {
        models.insert(v.model.id);
        requests += int(v.requests.size());
        for (const RequestEvidence &r : v.requests) {
            decisions += int(r.decisions.size());
        }
    }
    document.heading(1, tr("1 Cover"), QStringLiteral("cover"));
    document.add(KeyValueList{{
        {tr("Scope"), evidence.scope.describe()},
        {tr("Generated at"), document.generatedAtText},
        {tr("Exported by"), exporterName},
        {tr("Database instance"), evidence.instanceId},
        {tr("Models"), QString::number(models.size())},
        {tr("Versions"), QString::number(evidence.versions.size())},
        {tr("Release requests"), QString::number(requests)},
        {tr("Signed decisions"), QString::number(decisions)},
        {tr("Audit events in scope"), QString::number(evidence.auditEvents.size())},
        {tr("Audit trail"),
         evidence.chainHolds ? tr("holds (%1 events)").arg(evidence.chainEventCount)
                             : tr("does NOT hold")},
    }});
    document.note(tr("This report is part of an audit pack. MANIFEST.json lists every file of "
                     "the pack with its SHA-256 and is signed by the exporter; VERIFY.txt says "
                     "how to check it without Quorum."));
}

void addInventory(Document &document, const AuditEvidence &evidence)
{
    document.heading(1, tr("2 Inventory extract"), QStringLiteral("inventory"));
    if (evidence.versions.empty()) {
        document.note(tr("No model version is in scope."));
        return;
    }
    Table table;
    table.header = {tr("Model"), tr("Display name"),    tr("Tier"), tr("Owner"), tr("Version"),
                    tr("Stage"), tr("Artifact SHA-256")};
    for (const VersionEvidence &v : evidence.versions) {
        table.rows.push_back({v.model.name, v.model.displayName, riskTierLabel(v.model.tier),
                              v.owner.name, v.version.version.toString(),
                              stageLabel(v.version.stage),
                              BuilderHelpers::shortHash(v.version.artifactSha256)});
    }
    document.add(std::move(table));
}

} // namespace

Document buildAuditReport(const AuditEvidence &evidence, const QString &exporterName,
                          const ReportContext &context)
{
    Document document;
    document.title = tr("Audit report");
    document.subtitle = evidence.scope.describe();
    document.documentId = documentId(evidence, context);
    document.generatedAt = context.now;
    document.generatedAtText = context.dateTime(context.now);
    addCover(document, evidence, exporterName);
    addInventory(document, evidence);
    int number = 3;
    for (const VersionEvidence &version : evidence.versions) {
        AuditReportSections::addVersion(document, number++, version, evidence, context);
    }
    AuditReportSections::addAuditTrail(document, number++, evidence, context, kMaxAuditRows);
    AuditReportSections::addVerification(document, number, evidence, context);
    return document;
}

} // namespace Quorum::Reports
