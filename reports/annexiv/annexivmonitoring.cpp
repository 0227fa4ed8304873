// SPDX-License-Identifier: GPL-3.0-or-later
// Annex IV point 3: monitoring, functioning and control — items 3(a) to 3(d).
#include "annexivcharts_p.h"
#include "annexivwriter_p.h"
#include "modelcardfields_p.h"

namespace Quorum::Reports::Internal {

namespace {

std::optional<Evaluation> overallAccuracy(const VersionEvidence &e)
{
    std::optional<Evaluation> latest;
    for (const Evaluation &ev : e.evaluations) {
        if (ev.metric == QStringLiteral("accuracy") && ev.split == QStringLiteral("test")
            && ev.segment == QStringLiteral("all")
            && (!latest || ev.recordedAt >= latest->recordedAt)) {
            latest = ev;
        }
    }
    return latest;
}

void groupAccuracy(AnnexIvWriter &w, QStringList &sources)
{
    const ReportContext &c = w.context();
    Table table;
    table.caption = annexTr("Accuracy for groups of persons");
    table.header = {annexTr("Attribute"), annexTr("Group"),          annexTr("Rows"),
                    annexTr("Accuracy"),  annexTr("Selection rate"), annexTr("True positive rate")};
    table.align
        = {Align::Left, Align::Left, Align::Right, Align::Right, Align::Right, Align::Right};
    std::vector<qint64> ids;
    for (const FairnessReport &f : w.evidence().fairness) {
        for (const FairnessGroup &g : f.groups) {
            table.rows.push_back({f.protectedAttribute, g.name, c.number(double(g.count), 0),
                                  c.percent(g.accuracy, 2), c.percent(g.selectionRate, 2),
                                  c.percent(g.tpr, 2)});
        }
        ids.push_back(f.id);
    }
    if (ids.empty()) {
        w.body().gap(noEvidence(annexTr("accuracy per group of persons")));
        return;
    }
    w.body().add(std::move(table));
    for (const FairnessReport &f : w.evidence().fairness) {
        w.body().add(selectionRateChart(f));
    }
    sources.append(rowsSource(QStringLiteral("fairness_reports"), ids));
}

void capabilities(AnnexIvWriter &w)
{
    const VersionEvidence &e = w.evidence();
    w.openItem(QStringLiteral("3(a)"));
    const std::optional<Evaluation> accuracy = overallAccuracy(e);
    if (!accuracy) {
        w.gap(annexTr("overall accuracy on the test split"));
        return;
    }
    w.body().paragraph(
        annexTr("Overall expected accuracy: %1 on the test split (recorded %2).")
            .arg(w.context().percent(accuracy->value, 2), w.context().date(accuracy->recordedAt)));
    QStringList sources{QStringLiteral("evaluations #%1").arg(accuracy->id)};
    groupAccuracy(w, sources);
    const QStringList limitations = modelCardFields(e.modelCard).limitations;
    if (!limitations.isEmpty()) {
        w.body().paragraph(annexTr("Known limitations:"));
        w.body().add(BulletList{limitations});
        sources.append(QStringLiteral("model_cards #%1").arg(e.modelCard->id));
    }
    w.evidenced(sources);
}

void risks(AnnexIvWriter &w)
{
    const VersionEvidence &e = w.evidence();
    w.openItem(QStringLiteral("3(b)"));
    QStringList sources;
    QStringList outcomes;
    if (e.risk) {
        outcomes += e.risk->highRiskFactors;
        sources.append(QStringLiteral("risk_assessments #%1").arg(e.risk->id));
    }
    for (const auto &[risk, mitigation] : modelCardFields(e.modelCard).ethics) {
        outcomes.append(risk);
    }
    if (e.modelCard && !modelCardFields(e.modelCard).ethics.empty()) {
        sources.append(QStringLiteral("model_cards #%1").arg(e.modelCard->id));
    }
    QStringList flags;
    for (const FairnessReport &f : e.fairness) {
        for (const QString &flag : f.flags) {
            flags.append(f.protectedAttribute + QStringLiteral(": ") + flag);
        }
    }
    if (outcomes.isEmpty()) {
        w.gap(annexTr("risk assessment or ethical consideration"));
        return;
    }
    w.body().paragraph(annexTr("Sources of risk and foreseeable unintended outcomes:"));
    w.body().add(BulletList{outcomes});
    w.body().paragraph(flags.isEmpty()
                           ? annexTr("Discrimination: no fairness flag was raised for this "
                                     "version.")
                           : annexTr("Discrimination: fairness flags raised: %1.")
                                 .arg(flags.join(QStringLiteral("; "))));
    w.evidenced(sources);
}

void oversight(AnnexIvWriter &w)
{
    const VersionEvidence &e = w.evidence();
    w.openItem(QStringLiteral("3(c)"));
    QStringList measures;
    QStringList sources;
    if (e.risk && !e.risk->mitigations.isEmpty()) {
        measures += e.risk->mitigations;
        sources.append(QStringLiteral("risk_assessments #%1").arg(e.risk->id));
    }
    const ModelCardFields card = modelCardFields(e.modelCard);
    for (const auto &[risk, mitigation] : card.ethics) {
        measures.append(mitigation);
    }
    if (measures.isEmpty()) {
        w.gap(annexTr("human oversight measure"));
        return;
    }
    measures.removeDuplicates();
    w.body().add(BulletList{measures});
    if (!card.outputFormat.isEmpty()) {
        w.body().paragraph(annexTr("Interpretation of the outputs: %1").arg(card.outputFormat));
    }
    if (e.modelCard) {
        sources.append(QStringLiteral("model_cards #%1").arg(e.modelCard->id));
    }
    w.evidenced(sources);
}

void inputData(AnnexIvWriter &w)
{
    const VersionEvidence &e = w.evidence();
    w.openItem(QStringLiteral("3(d)"));
    const ModelCardFields card = modelCardFields(e.modelCard);
    const QString schema = e.datasets.empty()
        ? QString()
        : schemaColumns(e.datasets.front().dataset.schemaJson).join(QStringLiteral(", "));
    if (card.inputFormat.isEmpty() && schema.isEmpty()) {
        w.gap(annexTr("input data specification (model card input format or dataset schema)"));
        return;
    }
    KeyValueList facts;
    facts.rows = {{annexTr("Input format"), card.inputFormat},
                  {annexTr("Output format"), card.outputFormat},
                  {annexTr("Columns of the training data"), schema}};
    w.facts(std::move(facts));
    QStringList sources;
    if (!card.inputFormat.isEmpty()) {
        sources.append(QStringLiteral("model_cards #%1").arg(e.modelCard->id));
    }
    if (!schema.isEmpty()) {
        sources.append(QStringLiteral("datasets #%1").arg(e.datasets.front().dataset.id));
    }
    w.evidenced(sources);
}

} // namespace

void writeMonitoringAndControl(AnnexIvWriter &writer)
{
    writer.chapter(QStringLiteral("3"), false);
    writer.body().paragraph(itemWording(QStringLiteral("3")), ParagraphStyle::Quote);
    capabilities(writer);
    risks(writer);
    oversight(writer);
    inputData(writer);
}

} // namespace Quorum::Reports::Internal
