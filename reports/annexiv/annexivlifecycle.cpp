// SPDX-License-Identifier: GPL-3.0-or-later
// Annex IV points 4 (performance metrics), 5 (risk management) and 6 (lifecycle changes).
#include "annexivwriter_p.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Quorum::Reports::Internal {

namespace {

std::optional<double> latestTestAccuracy(const VersionEvidence &e)
{
    std::optional<double> value;
    QDateTime at;
    for (const Evaluation &ev : e.evaluations) {
        if (ev.metric == QStringLiteral("accuracy") && ev.split == QStringLiteral("test")
            && ev.segment == QStringLiteral("all") && (!value || ev.recordedAt >= at)) {
            value = ev.value;
            at = ev.recordedAt;
        }
    }
    return value;
}

std::optional<double> largestParityDifference(const VersionEvidence &e)
{
    std::optional<double> largest;
    for (const FairnessReport &f : e.fairness) {
        if (f.demographicParityDifference) {
            largest = std::max(largest.value_or(0.0), *f.demographicParityDifference);
        }
    }
    return largest;
}

std::optional<double> latestLargestPsi(const VersionEvidence &e)
{
    QDate last;
    for (const DriftObservation &d : e.drift) {
        if (d.statistic == QStringLiteral("psi")) {
            last = std::max(last, d.windowEnd);
        }
    }
    std::optional<double> largest;
    for (const DriftObservation &d : e.drift) {
        if (d.statistic == QStringLiteral("psi") && d.windowEnd == last) {
            largest = std::max(largest.value_or(0.0), d.value);
        }
    }
    return largest;
}

void metricRow(Table &table, const ReportContext &c, const QString &metric,
               std::optional<double> value, const QString &comparator, double threshold)
{
    const bool met
        = value && (comparator == QStringLiteral("≥") ? *value >= threshold : *value <= threshold);
    table.rows.push_back({metric, c.number(value),
                          comparator + QLatin1Char(' ') + c.number(threshold, 2),
                          !value    ? annexTr("not measured")
                              : met ? annexTr("met")
                                    : annexTr("not met")});
    table.marks.push_back(!value ? RowMark::Gap : met ? RowMark::Pass : RowMark::Fail);
}

void performanceMetrics(AnnexIvWriter &w)
{
    const VersionEvidence &e = w.evidence();
    const ReportContext &c = w.context();
    const ReleaseThresholds &t = e.policy.thresholds;
    w.chapter(QStringLiteral("4"), true);
    if (e.evaluations.empty()) {
        w.gap(annexTr("evaluation metric"));
        return;
    }
    QStringList metrics;
    for (const Evaluation &ev : e.evaluations) {
        metrics.append(ev.metric);
    }
    metrics.removeDuplicates();
    std::ranges::sort(metrics);
    w.body().paragraph(annexTr("Metrics measured: %1. They are judged against the thresholds "
                               "of the policy of risk tier %2:")
                           .arg(metrics.join(QStringLiteral(", ")))
                           .arg(e.policy.tier));
    Table table;
    table.caption = annexTr("Performance metrics against the policy");
    table.header = {annexTr("Metric"), annexTr("Measured"), annexTr("Policy"), annexTr("Result")};
    table.align = {Align::Left, Align::Right, Align::Left, Align::Left};
    const QString ge = QStringLiteral("≥");
    const QString le = QStringLiteral("≤");
    metricRow(table, c, annexTr("Test accuracy"), latestTestAccuracy(e), ge, t.minAccuracy);
    metricRow(table, c, annexTr("Largest demographic parity difference"),
              largestParityDifference(e), le, t.maxBiasDisparity);
    metricRow(table, c, annexTr("Risk score"),
              e.risk ? std::optional(e.risk->riskScore) : std::nullopt, le, t.maxRiskScore);
    metricRow(table, c, annexTr("PSI of the latest window (largest feature)"), latestLargestPsi(e),
              le, e.policy.monitoring.dataDriftPsi);
    w.body().add(std::move(table));
    w.evidenced({annexTr("evaluations, fairness_reports, risk_assessments and "
                         "drift_observations of model_versions #%1")
                     .arg(e.version.id),
                 policySource(e.policy)});
}

void riskManagement(AnnexIvWriter &w)
{
    const VersionEvidence &e = w.evidence();
    const ReportContext &c = w.context();
    w.chapter(QStringLiteral("5"), true);
    if (!e.risk) {
        w.gap(annexTr("risk assessment of this version"));
        return;
    }
    KeyValueList facts;
    facts.rows = {{annexTr("Risk score"), c.number(e.risk->riskScore, 2)},
                  {annexTr("Risk level"), riskLevelKey(e.risk->level)},
                  {annexTr("Assessed by"),
                   e.riskAssessor ? personLabel(*e.riskAssessor) : annexTr("not recorded")},
                  {annexTr("Assessed on"), c.dateTime(e.risk->assessedAt)},
                  {annexTr("Risk tier of the model"), riskTierLabel(e.model.tier)},
                  {annexTr("Largest risk score the policy accepts"),
                   c.number(e.policy.thresholds.maxRiskScore, 2)}};
    w.facts(std::move(facts));
    if (!e.risk->highRiskFactors.isEmpty()) {
        w.body().paragraph(annexTr("Risk factors identified:"));
        w.body().add(BulletList{e.risk->highRiskFactors});
    }
    if (!e.risk->mitigations.isEmpty()) {
        w.body().paragraph(annexTr("Mitigation measures:"));
        w.body().add(BulletList{e.risk->mitigations});
    }
    w.body().paragraph(annexTr("Every release is checked against the tier's thresholds and needs "
                               "the signed approvals of its approval matrix; monitoring (point 9) "
                               "feeds risks found in operation back into the next version."));
    w.evidenced({QStringLiteral("risk_assessments #%1").arg(e.risk->id), policySource(e.policy)});
}

// "2.0.0: staging → production" for a model_versions update that changed the stage.
QString stageChange(const AuditEvent &event, const VersionEvidence &e, const ReportContext &c)
{
    const QJsonObject before = QJsonDocument::fromJson(event.beforeJson.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(event.afterJson.toUtf8()).object();
    const QString from = before.value(QStringLiteral("stage")).toString();
    const QString to = after.value(QStringLiteral("stage")).toString();
    if (from == to || from.isEmpty()) {
        return {};
    }
    QString version = after.value(QStringLiteral("version")).toString();
    for (const ModelVersion &v : e.history) {
        if (event.entityId && v.id == *event.entityId) {
            version = v.version.toString();
        }
    }
    return annexTr("%1: %2 %3 → %4 (%5)")
        .arg(c.date(event.occurredAt), version,
             stageLabel(stageFromKey(from).value_or(Stage::Development)),
             stageLabel(stageFromKey(to).value_or(Stage::Development)), event.actor);
}

void versionTable(AnnexIvWriter &w)
{
    const VersionEvidence &e = w.evidence();
    Table table;
    table.caption = annexTr("Versions of %1").arg(e.model.displayName);
    table.header = {annexTr("Version"), annexTr("Stage"), annexTr("Registered"),
                    annexTr("Framework"), annexTr("Derived from")};
    for (const ModelVersion &v : e.history) {
        QString parent;
        for (const ModelVersion &p : e.history) {
            if (v.parentVersionId && p.id == *v.parentVersionId) {
                parent = p.version.toString();
            }
        }
        table.rows.push_back({v.version.toString(), stageLabel(v.stage),
                              w.context().date(v.createdAt), frameworkText(v), parent});
        table.marks.push_back(v.id == e.version.id ? RowMark::Pass : RowMark::Normal);
    }
    w.body().add(std::move(table));
}

void lifecycleChanges(AnnexIvWriter &w)
{
    const VersionEvidence &e = w.evidence();
    w.chapter(QStringLiteral("6"), true);
    versionTable(w);
    QStringList changes;
    std::vector<qint64> seqs;
    for (const AuditEvent &event : e.auditEvents) {
        if (event.entity == QStringLiteral("model_versions")
            && event.action != QStringLiteral("insert")) {
            const QString change = stageChange(event, e, w.context());
            if (!change.isEmpty()) {
                changes.append(change);
                seqs.push_back(event.seq);
            }
        }
    }
    if (!changes.isEmpty()) {
        w.body().paragraph(annexTr("Stage changes recorded in the audit trail:"));
        w.body().add(BulletList{changes});
    }
    w.body().paragraph(annexTr("Model card of version %1: %2 revision(s).")
                           .arg(e.version.version.toString())
                           .arg(e.modelCardRevisions));
    QStringList sources{annexTr("model_versions of models #%1").arg(e.model.id)};
    if (!seqs.empty()) {
        sources.append(rowsSource(QStringLiteral("audit_events"), seqs));
    }
    w.evidenced(sources);
}

} // namespace

void writeMetricsRiskAndChanges(AnnexIvWriter &writer)
{
    performanceMetrics(writer);
    riskManagement(writer);
    lifecycleChanges(writer);
}

} // namespace Quorum::Reports::Internal
