// SPDX-License-Identifier: GPL-3.0-or-later
// Annex IV point 2(d): data requirements — the datasets of the version and their lineage.
#include "annexivwriter_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Quorum::Reports::Internal {

namespace {

QString rowCount(const Dataset &d, const ReportContext &context)
{
    return d.rowCount ? context.number(double(*d.rowCount), 0) : annexTr("not recorded");
}

QStringList datasetRow(const DatasetUse &use, const ReportContext &context)
{
    const Dataset &d = use.dataset;
    return {d.name,
            d.version,
            use.purpose,
            rowCount(d, context),
            d.containsPii ? annexTr("yes") : annexTr("no"),
            datasetApprovalKey(d.approval),
            d.sha256.isEmpty() ? annexTr("not recorded") : d.sha256};
}

// "card-transactions-train 2025.10.27 ← card-transactions-curated 2025.10.27 ← … (source)"
QString lineageLine(const DatasetUse &use)
{
    QStringList chain{use.dataset.name + QLatin1Char(' ') + use.dataset.version};
    QString origin = use.dataset.source;
    for (const Dataset &ancestor : use.lineage) {
        chain.append(ancestor.name + QLatin1Char(' ') + ancestor.version);
        origin = ancestor.source;
    }
    return annexTr("%1; origin: %2").arg(chain.join(QStringLiteral(" ← ")), origin);
}

} // namespace

QStringList schemaColumns(const QString &schemaJson)
{
    QStringList columns;
    const QJsonArray array = QJsonDocument::fromJson(schemaJson.toUtf8())
                                 .object()
                                 .value(QStringLiteral("columns"))
                                 .toArray();
    for (const QJsonValue &column : array) {
        const QJsonObject o = column.toObject();
        columns.append(QStringLiteral("%1 (%2)").arg(o.value(QStringLiteral("name")).toString(),
                                                     o.value(QStringLiteral("type")).toString()));
    }
    return columns;
}

void writeDataRequirements(AnnexIvWriter &w)
{
    const VersionEvidence &e = w.evidence();
    w.openItem(QStringLiteral("2(d)"));
    if (e.datasets.empty()) {
        w.gap(annexTr("training, validation or test dataset linked to this version"));
        return;
    }
    Table table;
    table.caption = annexTr("Datasets of version %1").arg(e.version.version.toString());
    table.header = {annexTr("Dataset"), annexTr("Version"),  annexTr("Purpose"), annexTr("Rows"),
                    annexTr("PII"),     annexTr("Approval"), annexTr("SHA-256")};
    table.align = {Align::Left, Align::Left, Align::Left, Align::Right,
                   Align::Left, Align::Left, Align::Left};
    std::vector<qint64> ids;
    QStringList lineage;
    for (const DatasetUse &use : e.datasets) {
        table.rows.push_back(datasetRow(use, w.context()));
        ids.push_back(use.dataset.id);
        for (const Dataset &ancestor : use.lineage) {
            ids.push_back(ancestor.id);
        }
        lineage.append(lineageLine(use));
    }
    w.body().add(std::move(table));
    w.body().paragraph(annexTr("Provenance (each dataset and its ancestors, nearest first):"));
    lineage.removeDuplicates();
    w.body().add(BulletList{lineage});
    const QStringList columns = schemaColumns(e.datasets.front().dataset.schemaJson);
    if (!columns.isEmpty()) {
        w.body().paragraph(
            annexTr("Schema of %1: %2")
                .arg(e.datasets.front().dataset.name, columns.join(QStringLiteral(", "))));
    }
    std::ranges::sort(ids);
    const auto [first, last] = std::ranges::unique(ids);
    ids.erase(first, last);
    w.body().gap(annexTr("Gap: labelling procedures and data-cleaning methods are not recorded "
                         "in the governance database; the provider adds them."));
    w.evidenced({QStringLiteral("version_datasets (version %1)").arg(e.version.id),
                 rowsSource(QStringLiteral("datasets"), ids)});
}

} // namespace Quorum::Reports::Internal
