// SPDX-License-Identifier: GPL-3.0-or-later
#include "importfixture.h"

#include "audit/audittrail.h"
#include "storage/modelrepository.h"
#include "storage/personrepository.h"
#include "storage/query.h"
#include "storage/versionrepository.h"
#include "storage/writetransaction.h"

namespace Quorum::Test {

namespace {

QDateTime utc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

Evaluation evaluation(const QString &metric, double value, const QString &split, int index)
{
    Evaluation e;
    e.metric = metric;
    e.value = value;
    e.split = split;
    e.source = QStringLiteral("evaluation:metrics.json#evaluations[%1]").arg(index);
    return e;
}

DriftObservation drift(const QString &feature, const QString &statistic, double value,
                       double threshold, const QDate &start, const QDate &end)
{
    DriftObservation o;
    o.feature = feature;
    o.statistic = statistic;
    o.value = value;
    o.threshold = threshold;
    o.status = DriftStatus::Drift;
    o.windowStart = start;
    o.windowEnd = end;
    o.source = QStringLiteral("evidently:report.json#metrics[1].result.drift_by_columns.%1")
                   .arg(feature);
    return o;
}

FairnessGroup group(const QString &name, qint64 tp, qint64 fp, qint64 tn, qint64 fn)
{
    FairnessGroup g;
    g.name = name;
    g.count = tp + fp + tn + fn;
    g.truePositives = tp;
    g.falsePositives = fp;
    g.trueNegatives = tn;
    g.falseNegatives = fn;
    return g;
}

} // namespace

DatabaseSnapshot snapshotOf(Database &db)
{
    DatabaseSnapshot snapshot;
    Query tables(db,
                 QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    tables.exec();
    QStringList names;
    while (tables.next()) {
        names << tables.value(0).toString();
    }
    for (const QString &name : names) {
        snapshot.rowCounts.insert(
            name,
            Query::scalar(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name))
                .toLongLong());
    }
    const AuditTrail::Head head = AuditTrail(db).head();
    snapshot.auditSeq = head.seq;
    snapshot.auditHash = head.hash;
    return snapshot;
}

ImportFixture::ImportFixture()
{
    WriteTransaction transaction(db());
    Person owner;
    owner.name = QStringLiteral("Olivia Owner");
    owner.email = QStringLiteral("owner@example.org");
    owner.roles = {Role::Owner};
    m_ownerId = PersonRepository(db()).add(transaction, owner);
    Model model;
    model.name = QStringLiteral("fraud-detection");
    model.ownerId = m_ownerId;
    model.tier = RiskTier::High;
    m_modelId = ModelRepository(db()).add(transaction, model);
    ModelVersion version;
    version.modelId = m_modelId;
    version.version = SemanticVersion{2, 1, 0};
    m_versionId = VersionRepository(db()).add(transaction, version);
    transaction.commit();
}

qint64 ImportFixture::rows(const QString &table)
{
    return snapshotOf(db()).rowCounts.value(table, -1);
}

VersionKey fraudKey()
{
    return {QStringLiteral("fraud-detection"), QStringLiteral("2.1.0")};
}

ImportBatch sampleBatch()
{
    ImportBatch batch;
    batch.kind = QStringLiteral("evaluation");
    batch.source = QStringLiteral("metrics.json");
    batch.sourceSha256 = QString(64, QLatin1Char('c'));
    const VersionKey key = fraudKey();
    batch.evaluations.push_back(
        {key, evaluation(QStringLiteral("accuracy"), 0.931, QStringLiteral("test"), 0)});
    batch.evaluations.push_back(
        {key, evaluation(QStringLiteral("f1"), 0.88, QStringLiteral("test"), 1)});
    Evaluation recall = evaluation(QStringLiteral("recall"), 0.7, QStringLiteral("production"), 2);
    recall.windowStart = utc(QStringLiteral("2023-06-01T00:00:00Z"));
    recall.windowEnd = utc(QStringLiteral("2023-06-30T23:59:59Z"));
    batch.evaluations.push_back({key, recall});

    DriftObservation age = drift(QStringLiteral("age"), QStringLiteral("ks"), 0.003, 0.05,
                                 QDate(2023, 6, 20), QDate(2023, 6, 20));
    age.pValue = 0.003;
    batch.drift.push_back({key, age});
    batch.drift.push_back({key,
                           drift(QStringLiteral("income"), QStringLiteral("psi"), 0.27, 0.2,
                                 QDate(2023, 6, 1), QDate(2023, 6, 30))});

    FairnessReport fairness;
    fairness.protectedAttribute = QStringLiteral("sex");
    fairness.privilegedGroup = QStringLiteral("male");
    fairness.groups = {group(QStringLiteral("female"), 30, 8, 50, 12),
                       group(QStringLiteral("male"), 40, 10, 45, 5)};
    fairness.disparateImpact = 0.76;
    fairness.source = QStringLiteral("evaluation:metrics.json#fairness[0]");
    batch.fairness.push_back({key, fairness});

    ModelCard card;
    card.schemaVersion = QStringLiteral("0.0.2");
    card.contentJson = QStringLiteral(
        R"({"model_details": {"name": "fraud-detection", "version": {"name": "2.1.0"}}})");
    batch.cards.push_back({key, card});
    return batch;
}

} // namespace Quorum::Test
