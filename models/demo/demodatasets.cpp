// SPDX-License-Identifier: GPL-3.0-or-later
// The datasets behind each demo version: raw extract → curated table → train/test splits.
#include "democontext.h"
#include "demosteps.h"
#include "storage/datasetrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Quorum::Demo {

namespace {

QJsonObject column(const QString &name, const QString &type)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("type"), type}};
}

QString schemaJson(const ModelSpec &spec)
{
    QJsonArray columns{column(spec.entityKey.toString(), QStringLiteral("string")),
                       column(QStringLiteral("event_date"), QStringLiteral("date"))};
    for (const FeatureSpec &f : spec.features) {
        if (f.name != u"prediction") {
            columns.append(column(f.name.toString(), QStringLiteral("double")));
        }
    }
    for (QStringView attribute : spec.protectedAttributes) {
        columns.append(column(attribute.toString(), QStringLiteral("string")));
    }
    if (spec.kind == ModelKind::Forecaster) {
        columns.append(column(QStringLiteral("units_sold"), QStringLiteral("double")));
    } else if (spec.kind != ModelKind::Clustering) {
        columns.append(column(QStringLiteral("label"), QStringLiteral("int")));
    }
    const QJsonObject schema{{QStringLiteral("columns"), columns},
                             {QStringLiteral("primary_key"), spec.entityKey.toString()}};
    return QString::fromUtf8(QJsonDocument(schema).toJson(QJsonDocument::Compact));
}

struct Chain
{
    const ModelSpec &spec;
    QString tag;
    QDate snapshot;
    DatasetApproval approval;
    QString schema;
};

qint64 store(DemoContext &context, const Chain &chain, const QString &kind, qint64 rows,
             const QString &source, std::optional<qint64> parent, int dayOffset, DemoRandom &random)
{
    Dataset d;
    d.name = chain.spec.datasetBase.toString() + QLatin1Char('-') + kind;
    d.version = chain.tag;
    d.source = source;
    d.schemaJson = chain.schema;
    d.containsPii = chain.spec.personalData; // pseudonymised data is still personal data
    d.rowCount = rows;
    d.sha256 = random.hex(64);
    d.parentId = parent;
    d.approval = chain.approval;
    d.createdAt = DemoContext::at(chain.snapshot.addDays(dayOffset), 2 + 2 * dayOffset, 15);
    return DatasetRepository(context.db).add(context.transaction, d);
}

} // namespace

std::vector<DatasetLink> addDatasets(DemoContext &context, const ModelRecord &model,
                                     VersionRecord &version)
{
    const ModelSpec &spec = *model.spec;
    DemoRandom random = context.random(
        QStringLiteral("datasets/%1/%2").arg(spec.name.toString(), version.version.toString()));
    const QDate snapshot = version.createdAt.date().addDays(-21);
    const Chain chain{spec, snapshot.toString(QStringLiteral("yyyy.MM.dd")), snapshot,
                      version.spec->stage == Stage::Development ? DatasetApproval::Pending
                                                                : DatasetApproval::Approved,
                      schemaJson(spec)};
    const double growth = 1.0 + 0.12 * version.index;
    const auto raw
        = qint64(std::llround(double(spec.baseRows) * growth * random.uniform(0.97, 1.03)));
    const auto curated = qint64(std::llround(double(raw) * random.uniform(0.88, 0.95)));
    const auto train = qint64(std::llround(double(curated) * 0.8));
    const qint64 test = curated - train;

    const QString base = spec.datasetBase.toString();
    const qint64 rawId = store(context, chain, QStringLiteral("raw"), raw,
                               spec.dataSource.toString(), std::nullopt, 0, random);
    const qint64 curatedId = store(
        context, chain, QStringLiteral("curated"), curated,
        QStringLiteral("Feature pipeline %1-features@%2: deduplicated, labels joined, direct "
                       "identifiers removed")
            .arg(base, random.hex(8)),
        rawId, 1, random);
    const QString split
        = QStringLiteral("Out-of-time split of %1-curated %2: %3").arg(base, chain.tag);
    const qint64 trainId
        = store(context, chain, QStringLiteral("train"), train,
                split.arg(QStringLiteral("training part (80 %)")), curatedId, 2, random);
    const qint64 testId
        = store(context, chain, QStringLiteral("test"), test,
                split.arg(QStringLiteral("hold-out, most recent 20 %")), curatedId, 2, random);
    version.testRows = test;
    return {{trainId, DatasetPurpose::Training},
            {testId, DatasetPurpose::Test},
            {trainId, DatasetPurpose::Reference}};
}

} // namespace Quorum::Demo
