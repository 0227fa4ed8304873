// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annexivbuilder.h"
#include "document/document.h"
#include "document/reportcontext.h"
#include "evidence/versionevidence.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace Quorum::Reports::Internal {

/// The title of Annex IV item @p item ("1", "1(a)", "3(d)", …), translated; empty if unknown.
QString itemTitle(QStringView item);
/// The wording of item @p item of Annex IV, summarised, translated.
QString itemWording(QStringView item);

/// Translates @p text in the Annex IV context.
QString annexTr(const char *text);

/// Writes the sections of the Annex IV document: each item opens with its heading and the
/// regulation's wording, is filled with evidence, and closes with its readiness status.
class AnnexIvWriter
{
public:
    AnnexIvWriter(const VersionEvidence &evidence, const ReportContext &context);

    const VersionEvidence &evidence() const { return m_evidence; }
    const ReportContext &context() const { return m_context; }
    Document &body() { return m_body; }
    std::vector<ReadinessItem> takeReadiness() { return std::move(m_readiness); }

    /// A level-1 heading "2. Title" with anchor "annex-iv-2"; for points without sub-items
    /// (4–9) it also opens the item, with the regulation's wording.
    void chapter(const QString &point, bool opensItem);
    /// A level-2 heading "2(g) Title" with anchor "annex-iv-2g" and the regulation's wording.
    void openItem(const QString &item);
    /// Adds @p list without the rows whose value is empty.
    void facts(KeyValueList list);
    /// Closes the open item as evidenced from @p sources, with a "Source: …" note.
    void evidenced(const QStringList &sources);
    /// Closes the open item as a documented default.
    void defaulted(const QString &source);
    /// Writes "Gap: @p what" and closes the open item as a gap.
    void gap(const QString &what);
    /// Closes the open item as a gap whose "Gap:" paragraphs were already written, with
    /// @p missing as its source column and the sources of what was found as a note.
    void gapAfter(const QString &missing, const QStringList &sources = {});

private:
    void close(ReadinessStatus status, const QString &source);

    const VersionEvidence &m_evidence;
    const ReportContext &m_context;
    Document m_body;
    std::vector<ReadinessItem> m_readiness;
    QString m_item;
};

/// "Gap: no @p what recorded in the governance database".
QString noEvidence(const QString &what);
/// "evaluations #40–#52" for the ids of the rows of @p table; "evaluations #7" for one.
QString rowsSource(const QString &table, const std::vector<qint64> &ids);
/// "Dana Smith <dana@example.org>", or "person #7" when unknown.
QString personLabel(const Person &person, std::optional<qint64> id = std::nullopt);
/// The approval matrix of @p policy, one line per requirement: "AI-IRB reviewer: 4 of 5
/// approval(s) (AI-IRB board quorum)".
QStringList approvalMatrix(const Policy &policy);
/// The monitoring thresholds of @p policy as label/value rows.
KeyValueList monitoringThresholds(const Policy &policy, const ReportContext &context);
/// The release thresholds of @p policy as label/value rows.
KeyValueList releaseThresholds(const Policy &policy, const ReportContext &context);
/// One line per tester check of the version's requests: result, tester, date, comment.
QStringList testerCheckLines(const VersionEvidence &evidence, const ReportContext &context);
/// "name (type)" of each column of a dataset's schema_json ({"columns":[{"name","type"}]}).
QStringList schemaColumns(const QString &schemaJson);
/// "xgboost 2.1.1": the version's framework and its version.
QString frameworkText(const ModelVersion &version);
/// "policies #3 (tier 1, version 1)".
QString policySource(const Policy &policy);
/// The gaps' marker: ReadinessStatus in words.
QString readinessLabel(ReadinessStatus status);

// Item writers, one file per point.
void writeGeneralDescription(AnnexIvWriter &writer);      // 1(a)–(h)
void writeDevelopment(AnnexIvWriter &writer);             // 2(a)–(f), 2(h)
void writeDataRequirements(AnnexIvWriter &writer);        // 2(d)
void writeOversightAssessment(AnnexIvWriter &writer);     // 2(e)
void writePredeterminedChanges(AnnexIvWriter &writer);    // 2(f)
void writeValidationAndTesting(AnnexIvWriter &writer);    // 2(g)
void writeCybersecurity(AnnexIvWriter &writer);           // 2(h)
void writeMonitoringAndControl(AnnexIvWriter &writer);    // 3(a)–(d)
void writeMetricsRiskAndChanges(AnnexIvWriter &writer);   // 4, 5, 6
void writeStandardsAndDeclaration(AnnexIvWriter &writer); // 7, 8
void writePostMarketMonitoring(AnnexIvWriter &writer);    // 9
/// Annex V, the EU declaration of conformity, as an appendix; returns the items it could not
/// fill (e.g. "2 (provider's name and address)").
QStringList writeDeclaration(Document &document, const VersionEvidence &evidence,
                             const ReportContext &context);
/// The readiness summary: a table (item, title, status, source) and a count line.
void writeReadinessSummary(Document &document, const std::vector<ReadinessItem> &readiness);

} // namespace Quorum::Reports::Internal
