// SPDX-License-Identifier: GPL-3.0-or-later
// The model card report's last sections: quantitative analysis, considerations and the fields
// the report does not know.
#include "builderhelpers.h"
#include "document/document.h"
#include "document/reportcontext.h"
#include "evidence/versionevidence.h"
#include "modelcardfields.h"
#include "modelcardsections.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Quorum::Reports::ModelCardSections {

namespace {

using namespace ModelCardFields;
using BuilderHelpers::bulletsOrNote;

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Reports::ModelCardReport", text);
}

QString numberOrText(const QJsonValue &value, const ReportContext &context)
{
    if (value.isDouble()) { // as the card states it: 0.9821, 3.6, 2222
        return context.locale.toString(value.toDouble(), 'g', 12);
    }
    const QString text = scalarText(value);
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QString intervalText(const QJsonValue &value, const ReportContext &context)
{
    const QJsonObject interval = value.toObject();
    if (!interval.contains(QStringLiteral("lower_bound"))
        && !interval.contains(QStringLiteral("upper_bound"))) {
        return QStringLiteral("—");
    }
    return QLatin1Char('[') + numberOrText(interval.value(QStringLiteral("lower_bound")), context)
        + QStringLiteral(", ")
        + numberOrText(interval.value(QStringLiteral("upper_bound")), context) + QLatin1Char(']');
}

Table metricsTable(const QJsonArray &metrics, const ReportContext &context)
{
    Table table;
    table.caption = tr("Performance metrics stated in the card");
    table.header
        = {tr("Metric"), tr("Value"), tr("Slice"), tr("Confidence interval"), tr("Threshold")};
    table.align = {Align::Left, Align::Right, Align::Left, Align::Left, Align::Right};
    for (const QJsonValue &item : metrics) {
        const QJsonObject m = item.toObject();
        const QString slice = scalarText(m.value(QStringLiteral("slice")));
        const QJsonValue threshold = m.value(QStringLiteral("threshold"));
        table.rows.push_back(
            {scalarText(m.value(QStringLiteral("type"))),
             numberOrText(m.value(QStringLiteral("value")), context),
             slice.isEmpty() ? tr("all") : slice,
             intervalText(m.value(QStringLiteral("confidence_interval")), context),
             threshold.isUndefined() ? QStringLiteral("—") : numberOrText(threshold, context)});
    }
    return table;
}

Table evaluationsTable(const std::vector<Evaluation> &evaluations, const ReportContext &context)
{
    Table table;
    table.caption = tr("Evaluations stored for the version");
    table.header
        = {tr("Metric"), tr("Value"), tr("Split"), tr("Segment"), tr("Recorded at"), tr("Source")};
    table.align = {Align::Left, Align::Right, Align::Left, Align::Left, Align::Left, Align::Left};
    for (const Evaluation &e : evaluations) {
        table.rows.push_back({e.metric, context.number(e.value), e.split, e.segment,
                              context.dateTime(e.recordedAt),
                              e.source.isEmpty() ? QStringLiteral("—") : e.source});
    }
    return table;
}

void addMetrics(Document &document, const QJsonArray &metrics, const VersionEvidence &evidence,
                const ReportContext &context)
{
    if (!metrics.isEmpty()) {
        document.add(metricsTable(metrics, context));
    } else if (!evidence.evaluations.empty()) {
        document.note(tr("The card states no performance metrics; these are the evaluations the "
                         "database holds for the version."));
        document.add(evaluationsTable(evidence.evaluations, context));
    } else {
        document.gap(tr("No performance metrics: the card states none and no evaluation of the "
                        "version is stored."));
    }
}

void addGraphics(Document &document, const QJsonObject &graphics)
{
    const QString description = scalarText(graphics.value(QStringLiteral("description")));
    QStringList names;
    for (const QJsonValue &item : graphics.value(QStringLiteral("collection")).toArray()) {
        const QString name = scalarText(item.toObject().value(QStringLiteral("name")));
        names << (name.isEmpty() ? tr("(unnamed graphic)") : name);
    }
    if (description.isEmpty() && names.isEmpty()) {
        document.note(tr("The card has no graphics."));
        return;
    }
    if (!description.isEmpty()) {
        document.paragraph(description);
    }
    if (!names.isEmpty()) {
        document.add(BulletList{names});
        document.note(tr("The graphics are images in the card; they are not reproduced here."));
    }
}

} // namespace

void addQuantitativeAnalysis(Document &document, const QJsonObject &analysis,
                             const VersionEvidence &evidence, const ReportContext &context)
{
    document.heading(1, tr("3 Quantitative analysis"), QStringLiteral("quantitative-analysis"));
    document.heading(2, tr("3.1 Performance metrics"), QStringLiteral("performance-metrics"));
    addMetrics(document, analysis.value(QStringLiteral("performance_metrics")).toArray(), evidence,
               context);
    document.heading(2, tr("3.2 Graphics"), QStringLiteral("graphics"));
    addGraphics(document, analysis.value(QStringLiteral("graphics")).toObject());
}

void addConsiderations(Document &document, const QJsonObject &considerations)
{
    const auto list = [&](const char *key) {
        return itemTexts(considerations.value(QLatin1String(key)), QStringLiteral("description"));
    };
    document.heading(1, tr("4 Considerations"), QStringLiteral("considerations"));
    document.heading(2, tr("4.1 Users"), QStringLiteral("users"));
    bulletsOrNote(document, list("users"));
    document.heading(2, tr("4.2 Use cases"), QStringLiteral("use-cases"));
    bulletsOrNote(document, list("use_cases"));
    document.heading(2, tr("4.3 Limitations"), QStringLiteral("limitations"));
    bulletsOrNote(document, list("limitations"));
    document.heading(2, tr("4.4 Trade-offs"), QStringLiteral("tradeoffs"));
    bulletsOrNote(document, list("tradeoffs"));
    document.heading(2, tr("4.5 Ethical considerations"), QStringLiteral("ethical-considerations"));
    const Pairs ethics
        = ethicalConsiderations(considerations.value(QStringLiteral("ethical_considerations")));
    if (ethics.empty()) {
        bulletsOrNote(document, {});
        return;
    }
    Table table;
    table.header = {tr("Risk"), tr("Mitigation strategy")};
    for (const auto &[risk, mitigation] : ethics) {
        table.rows.push_back({risk, mitigation.isEmpty() ? QStringLiteral("—") : mitigation});
    }
    document.add(std::move(table));
}

void addOtherFields(Document &document, const QJsonObject &card)
{
    const Pairs fields = unknownFields(card);
    if (fields.empty()) {
        return;
    }
    document.heading(1, tr("5 Other fields"), QStringLiteral("other-fields"));
    document.note(tr("Fields of the card outside the Model Card Toolkit sections above, by key "
                     "path."));
    document.add(KeyValueList{fields});
}

} // namespace Quorum::Reports::ModelCardSections
