// SPDX-License-Identifier: GPL-3.0-or-later
// Annex IV point 2(g): validation and testing — evaluations, fairness, threshold checks,
// tester checks and the signed decisions with their signature manifestations.
#include "annexivwriter_p.h"

namespace Quorum::Reports::Internal {

namespace {

void testData(AnnexIvWriter &w)
{
    QStringList lines;
    for (const DatasetUse &use : w.evidence().datasets) {
        if (use.purpose == QStringLiteral("test") || use.purpose == QStringLiteral("validation")) {
            lines.append(
                annexTr("%1 data: %2 %3 — %4")
                    .arg(use.purpose, use.dataset.name, use.dataset.version, use.dataset.source));
        }
    }
    if (!lines.isEmpty()) {
        w.body().paragraph(annexTr("Validation and testing data:"));
        w.body().add(BulletList{lines});
    }
}

// Evaluations before release (train, validation, test); production windows are in point 9.
std::vector<qint64> evaluationTable(AnnexIvWriter &w)
{
    const ReportContext &c = w.context();
    Table table;
    table.caption
        = annexTr("Evaluation metrics of version %1").arg(w.evidence().version.version.toString());
    table.header = {annexTr("Metric"), annexTr("Value"), annexTr("Split"), annexTr("Segment"),
                    annexTr("Recorded")};
    table.align = {Align::Left, Align::Right, Align::Left, Align::Left, Align::Left};
    std::vector<qint64> ids;
    for (const Evaluation &e : w.evidence().evaluations) {
        if (e.split == QStringLiteral("production")) {
            continue;
        }
        table.rows.push_back(
            {e.metric, c.number(e.value), e.split, e.segment, c.date(e.recordedAt)});
        ids.push_back(e.id);
    }
    if (!ids.empty()) {
        w.body().add(std::move(table));
    }
    return ids;
}

std::vector<qint64> fairnessTable(AnnexIvWriter &w)
{
    const ReportContext &c = w.context();
    Table table;
    table.caption = annexTr("Potentially discriminatory impacts: fairness per protected attribute");
    table.header = {annexTr("Attribute"),
                    annexTr("Privileged"),
                    annexTr("Groups"),
                    annexTr("Parity difference"),
                    annexTr("Disparate impact"),
                    annexTr("Equal opportunity difference"),
                    annexTr("Flags"),
                    annexTr("Recorded")};
    std::vector<qint64> ids;
    for (const FairnessReport &f : w.evidence().fairness) {
        table.rows.push_back(
            {f.protectedAttribute, f.privilegedGroup, QString::number(qint64(f.groups.size())),
             c.number(f.demographicParityDifference), c.number(f.disparateImpact),
             c.number(f.equalOpportunityDifference),
             f.flags.isEmpty() ? annexTr("none") : f.flags.join(QStringLiteral("; ")),
             c.date(f.recordedAt)});
        table.marks.push_back(f.flags.isEmpty() ? RowMark::Pass : RowMark::Fail);
        ids.push_back(f.id);
    }
    if (!ids.empty()) {
        w.body().add(std::move(table));
    }
    return ids;
}

void thresholdChecks(AnnexIvWriter &w, const RequestEvidence &r)
{
    const ReportContext &c = w.context();
    Table table;
    table.caption = annexTr("Threshold checks of release request #%1").arg(r.request.id);
    table.header = {annexTr("Check"), annexTr("Threshold"), annexTr("Actual"), annexTr("Result"),
                    annexTr("Detail")};
    for (const ThresholdCheck &check : r.request.checks) {
        table.rows.push_back({check.name,
                              check.comparator + QLatin1Char(' ') + c.number(check.threshold, 2),
                              c.number(check.actual),
                              check.passed ? annexTr("passed") : annexTr("failed"), check.detail});
        table.marks.push_back(check.passed ? RowMark::Pass : RowMark::Fail);
    }
    if (!table.rows.empty()) {
        w.body().add(std::move(table));
    }
}

SignatureBlock signatureBlock(const SignedDecision &d, const ReportContext &context)
{
    SignatureBlock block;
    block.signerName = d.signer.name;
    block.signerEmail = d.signer.email;
    block.role = roleLabel(d.decision.role);
    block.meaning = verdictMeaning(d.decision.verdict);
    block.signedAt = d.decision.decidedAt.toTimeZone(context.timeZone);
    block.certificateFingerprint = d.decision.certificateFingerprint;
    block.verification = d.verification;
    block.verified = d.verified;
    return block;
}

void request(AnnexIvWriter &w, const RequestEvidence &r, std::vector<qint64> &decisionIds)
{
    const ReportContext &c = w.context();
    w.body().heading(3,
                     annexTr("Release request #%1: %2 → %3 (%4)")
                         .arg(QString::number(r.request.id), stageLabel(r.request.fromStage),
                              stageLabel(r.request.toStage), requestStatusLabel(r.request.status)),
                     QStringLiteral("annex-iv-2g-r%1").arg(r.request.id));
    w.body().paragraph(annexTr("Submitted by %1 on %2%3.")
                           .arg(personLabel(r.submitter, r.request.submittedBy),
                                c.dateTime(r.request.submittedAt),
                                r.request.closedAt.isValid()
                                    ? annexTr("; closed on %1").arg(c.dateTime(r.request.closedAt))
                                    : QString()));
    thresholdChecks(w, r);
    for (const SignedDecision &d : r.decisions) {
        w.body().add(signatureBlock(d, w.context()));
        if (!d.decision.rationale.isEmpty()) {
            w.body().note(annexTr("Rationale: %1").arg(d.decision.rationale));
        }
        decisionIds.push_back(d.decision.id);
    }
    if (r.decisions.empty()) {
        w.body().note(annexTr("No decision has been signed on this request yet."));
    }
}

} // namespace

void writeValidationAndTesting(AnnexIvWriter &w)
{
    const VersionEvidence &e = w.evidence();
    w.openItem(QStringLiteral("2(g)"));
    w.body().paragraph(annexTr("Testing procedure: metrics are measured per split and segment, "
                               "fairness per protected attribute, and every release request is "
                               "checked against the thresholds of the tier's policy before the "
                               "responsible persons sign their decisions."));
    testData(w);
    QStringList sources;
    const std::vector<qint64> evaluations = evaluationTable(w);
    if (!evaluations.empty()) {
        sources.append(rowsSource(QStringLiteral("evaluations"), evaluations));
    }
    const std::vector<qint64> fairness = fairnessTable(w);
    if (!fairness.empty()) {
        sources.append(rowsSource(QStringLiteral("fairness_reports"), fairness));
    }
    const QStringList testers = testerCheckLines(e, w.context());
    if (!testers.isEmpty()) {
        w.body().paragraph(annexTr("Tester checks:"));
        w.body().add(BulletList{testers});
    }
    std::vector<qint64> decisionIds;
    for (const RequestEvidence &r : e.requests) {
        request(w, r, decisionIds);
    }
    if (decisionIds.empty()) {
        w.body().gap(
            noEvidence(annexTr("signed test report or release decision for this version")));
        w.gapAfter(annexTr("signed test reports (decisions)"), sources);
        return;
    }
    sources.append(rowsSource(QStringLiteral("decisions"), decisionIds));
    w.evidenced(sources);
}

} // namespace Quorum::Reports::Internal
