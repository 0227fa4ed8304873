// SPDX-License-Identifier: GPL-3.0-or-later
// Model cards (Model Card Toolkit JSON, schema 0.0.2) for every demo version in staging,
// approved or production, filled from the catalog and the stored evidence. A few cards have a
// second revision: the per-group results of the fairness test, or a note on a drift episode.
#include "democontext.h"
#include "demosteps.h"
#include "storage/datasetrepository.h"
#include "storage/evaluationrepository.h"
#include "storage/modelcardrepository.h"
#include "storage/personrepository.h"
#include "storage/versionrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Quorum::Demo {

namespace {

QJsonArray described(const std::vector<QStringView> &items)
{
    QJsonArray out;
    for (QStringView item : items) {
        out.append(QJsonObject{{QStringLiteral("description"), item.toString()}});
    }
    return out;
}

QJsonObject details(DemoContext &context, const ModelRecord &model, const VersionRecord &v,
                    const QString &diff)
{
    const ModelSpec &spec = *model.spec;
    const std::optional<Person> owner = PersonRepository(context.db).byId(model.ownerId);
    const QString name = spec.name.toString();
    return {
        {QStringLiteral("name"), spec.displayName.toString()},
        {QStringLiteral("overview"), spec.description.toString()},
        {QStringLiteral("documentation"), spec.intendedUse.toString()},
        {QStringLiteral("owners"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), owner ? owner->name : QString()},
                                {QStringLiteral("contact"), owner ? owner->email : QString()}},
                    QJsonObject{{QStringLiteral("name"), spec.team.toString()},
                                {QStringLiteral("contact"),
                                 QStringLiteral("ml-%1@example.org").arg(name)}}}},
        {QStringLiteral("version"),
         QJsonObject{{QStringLiteral("name"), v.version.toString()},
                     {QStringLiteral("date"), v.createdAt.date().toString(Qt::ISODate)},
                     {QStringLiteral("diff"), diff}}},
        {QStringLiteral("licenses"),
         QJsonArray{QJsonObject{{QStringLiteral("identifier"), QStringLiteral("proprietary")}}}},
        {QStringLiteral("references"),
         QJsonArray{QJsonObject{{QStringLiteral("reference"),
                                 QStringLiteral("https://wiki.example.org/ml/%1").arg(name)}}}},
        {QStringLiteral("citations"),
         QJsonArray{QJsonObject{{QStringLiteral("style"), QStringLiteral("text")},
                                {QStringLiteral("citation"),
                                 QStringLiteral("Example Org, %1 model card, version %2")
                                     .arg(spec.displayName.toString(), v.version.toString())}}}},
    };
}

QJsonObject parameters(DemoContext &context, const ModelSpec &spec, const VersionRecord &v)
{
    QJsonArray data;
    const std::optional<ModelVersion> stored = VersionRepository(context.db).byId(v.id);
    for (const DatasetLink &link : stored ? stored->datasets : std::vector<DatasetLink>{}) {
        if (link.purpose == DatasetPurpose::Reference) {
            continue;
        }
        const std::optional<Dataset> d = DatasetRepository(context.db).byId(link.datasetId);
        const bool training = link.purpose == DatasetPurpose::Training;
        QJsonArray sensitive;
        if (d->containsPii) {
            sensitive.append(QStringLiteral("Pseudonymised personal data"));
        }
        data.append(QJsonObject{
            {QStringLiteral("name"), QStringLiteral("%1 %2").arg(d->name, d->version)},
            {QStringLiteral("link"),
             QStringLiteral("https://data.example.org/datasets/%1/%2").arg(d->name, d->version)},
            {QStringLiteral("sensitive"),
             QJsonObject{{QStringLiteral("sensitive_data"), sensitive}}},
            {QStringLiteral("description"),
             QStringLiteral("%1: %2 rows. %3")
                 .arg(training ? QStringLiteral("Training data")
                               : QStringLiteral("Evaluation data"))
                 .arg(d->rowCount.value_or(0))
                 .arg(d->source)}});
    }
    return {{QStringLiteral("model_architecture"), spec.architecture.toString()},
            {QStringLiteral("data"), data},
            {QStringLiteral("input_format"), spec.inputFormat.toString()},
            {QStringLiteral("output_format"), spec.outputFormat.toString()}};
}

// Test-split metrics as stored; per-group slices only when @p withSlices.
QJsonObject quantitative(DemoContext &context, const VersionRecord &v, bool withSlices)
{
    QJsonArray metrics;
    for (const Evaluation &e : EvaluationRepository(context.db).forVersion(v.id)) {
        const bool overall = e.segment == u"all";
        if (e.split != u"test" || (!overall && !withSlices)) {
            continue;
        }
        metrics.append(QJsonObject{{QStringLiteral("type"), e.metric},
                                   {QStringLiteral("value"), e.value},
                                   {QStringLiteral("slice"), overall ? QString() : e.segment}});
    }
    return {{QStringLiteral("performance_metrics"), metrics}};
}

QJsonObject considerations(const ModelSpec &spec, const QString &extraLimitation)
{
    QJsonArray limitations = described(spec.limitations);
    if (!extraLimitation.isEmpty()) {
        limitations.append(QJsonObject{{QStringLiteral("description"), extraLimitation}});
    }
    QJsonArray ethics;
    for (const EthicalRisk &risk : spec.ethics) {
        ethics.append(
            QJsonObject{{QStringLiteral("name"), risk.name.toString()},
                        {QStringLiteral("mitigation_strategy"), risk.mitigation.toString()}});
    }
    return {{QStringLiteral("users"), described(spec.users)},
            {QStringLiteral("use_cases"), described(spec.useCases)},
            {QStringLiteral("limitations"), limitations},
            {QStringLiteral("tradeoffs"), described(spec.tradeoffs)},
            {QStringLiteral("ethical_considerations"), ethics}};
}

struct Revision
{
    QString diff;
    bool withSlices = false;
    QString extraLimitation;
    std::optional<qint64> author;
    QDateTime createdAt;
};

void save(DemoContext &context, const ModelRecord &model, const VersionRecord &v,
          const Revision &revision)
{
    const QJsonObject content{
        {QStringLiteral("schema_version"), QStringLiteral("0.0.2")},
        {QStringLiteral("model_details"), details(context, model, v, revision.diff)},
        {QStringLiteral("model_parameters"), parameters(context, *model.spec, v)},
        {QStringLiteral("quantitative_analysis"), quantitative(context, v, revision.withSlices)},
        {QStringLiteral("considerations"), considerations(*model.spec, revision.extraLimitation)}};
    ModelCard card;
    card.versionId = v.id;
    card.contentJson = QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact));
    card.authorId = revision.author;
    card.createdAt = revision.createdAt;
    ModelCardRepository(context.db).addRevision(context.transaction, card);
}

QString firstDiff(const ModelRecord &model, const VersionRecord &v)
{
    if (v.spec->parent < 0) {
        return QStringLiteral("First version.");
    }
    return QStringLiteral("Retrained on a newer data snapshot; derived from %1.")
        .arg(model.version(v.spec->parent).version.toString());
}

// The fraud detector's card notes the drift episode and the retraining that ended it.
QString episodeNote(const DemoContext &context, const DriftEpisode &episode)
{
    return QStringLiteral("Weeks of %1 to %2: drift in %3 after a payment-scheme change; the "
                          "feature encoders were retrained on refreshed data, which brought the "
                          "PSI back under the threshold.")
        .arg(context.windowStart(episode.firstWeek).toString(Qt::ISODate),
             context.windowStart(episode.lastWeek).addDays(6).toString(Qt::ISODate),
             episode.features.front().toString() + QStringLiteral(" and ")
                 + episode.features.back().toString());
}

void addCards(DemoContext &context, const ModelRecord &model, const VersionRecord &v)
{
    const QString diff = firstDiff(model, v);
    save(context, model, v,
         {diff, false, {}, v.createdBy, v.createdAt.addDays(4).addSecs(2 * 3600)});
    const DriftEpisode &episode = model.spec->episode;
    if (v.spec->release == ReleaseHistory::Pending) {
        save(context, model, v,
             {diff + QStringLiteral(" Fairness and per-group results added for the review."),
              true,
              {},
              model.ownerId,
              v.createdAt.addDays(6).addSecs(6 * 3600)});
    } else if (v.spec->stage == Stage::Production && episode.peak >= 0.2) {
        save(context, model, v,
             {diff, true, episodeNote(context, episode), model.ownerId,
              DemoContext::at(context.windowStart(episode.lastWeek + 1).addDays(2), 11)});
    }
}

} // namespace

void addModelCards(DemoContext &context)
{
    for (const ModelRecord &model : context.models) {
        for (const VersionRecord &v : model.versions) {
            const Stage stage = v.spec->stage;
            if (stage == Stage::Production || stage == Stage::Staging || stage == Stage::Approved) {
                addCards(context, model, v);
            }
        }
    }
}

} // namespace Quorum::Demo
