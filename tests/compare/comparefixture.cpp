// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparefixture.h"

#include "domain/person.h"
#include "storage/driftrepository.h"
#include "storage/evaluationrepository.h"
#include "storage/fairnessrepository.h"
#include "storage/modelcardrepository.h"
#include "storage/modelrepository.h"
#include "storage/personrepository.h"
#include "storage/query.h"
#include "storage/versionrepository.h"
#include "storage/writetransaction.h"

namespace Quorum::Test {

CompareFixture::CompareFixture(RiskTier tier)
{
    WriteTransaction transaction(db());
    Person owner;
    owner.name = QStringLiteral("Olga Owner");
    owner.email = QStringLiteral("olga@example.org");
    owner.roles = {Role::Owner};
    m_ownerId = PersonRepository(db()).add(transaction, owner);
    Model model;
    model.name = QStringLiteral("churn");
    model.displayName = QStringLiteral("Churn predictor");
    model.ownerId = m_ownerId;
    model.tier = tier;
    m_modelId = ModelRepository(db()).add(transaction, model);
    transaction.commit();
}

qint64 CompareFixture::addVersion(const QString &number, Stage stage)
{
    WriteTransaction transaction(db());
    ModelVersion v;
    v.modelId = m_modelId;
    v.version = *SemanticVersion::parse(number);
    v.stage = stage;
    const qint64 id = VersionRepository(db()).add(transaction, v);
    transaction.commit();
    return id;
}

qint64 CompareFixture::addOtherModelVersion()
{
    WriteTransaction transaction(db());
    Model model;
    model.name = QStringLiteral("fraud");
    model.ownerId = m_ownerId;
    ModelVersion v;
    v.modelId = ModelRepository(db()).add(transaction, model);
    v.version = SemanticVersion{1, 0, 0};
    const qint64 id = VersionRepository(db()).add(transaction, v);
    transaction.commit();
    return id;
}

void CompareFixture::addMetric(qint64 versionId, const QString &metric, double value,
                               const QString &split, int daysAgo)
{
    WriteTransaction transaction(db());
    Evaluation e;
    e.versionId = versionId;
    e.metric = metric;
    e.value = value;
    e.split = split;
    e.recordedAt = db().now().addDays(-daysAgo);
    EvaluationRepository(db()).add(transaction, e);
    transaction.commit();
}

void CompareFixture::addFairness(FairnessReport report)
{
    WriteTransaction transaction(db());
    if (!report.recordedAt.isValid()) {
        report.recordedAt = db().now();
    }
    FairnessRepository(db()).add(transaction, report);
    transaction.commit();
}

void CompareFixture::addPsi(qint64 versionId, const QString &feature, double value,
                            DriftStatus status, int weeksAgo)
{
    WriteTransaction transaction(db());
    DriftObservation o;
    o.versionId = versionId;
    o.feature = feature;
    o.statistic = QStringLiteral("psi");
    o.windowEnd = QDate(2026, 3, 1).addDays(-7 * weeksAgo);
    o.windowStart = o.windowEnd.addDays(-6);
    o.value = value;
    o.threshold = 0.1;
    o.status = status;
    o.recordedAt = db().now();
    DriftRepository(db()).add(transaction, o);
    transaction.commit();
}

void CompareFixture::addCard(qint64 versionId, const QString &overview)
{
    WriteTransaction transaction(db());
    ModelCard card;
    card.versionId = versionId;
    card.contentJson = QStringLiteral("{\"model_details\":{\"overview\":\"%1\"}}").arg(overview);
    ModelCardRepository(db()).addRevision(transaction, card);
    transaction.commit();
}

void CompareFixture::addPolicyVersion(int tier, double maxRegressionPct)
{
    WriteTransaction transaction(db());
    Query insert(
        db(),
        QStringLiteral("INSERT INTO policies (risk_tier, version, thresholds_json, "
                       "approval_matrix_json, monitoring_json, created_at) "
                       "SELECT risk_tier, 2, json_set(thresholds_json, "
                       "'$.max_regression_pct', ?), approval_matrix_json, monitoring_json, "
                       "'2026-01-01T00:00:00Z' FROM policies WHERE risk_tier = ? "
                       "AND version = 1"));
    insert.bind(maxRegressionPct).bind(tier).exec();
    transaction.commit();
}

FairnessGroup fairnessGroup(const QString &name, qint64 count, double selectionRate)
{
    FairnessGroup g;
    g.name = name;
    g.count = count;
    g.selectionRate = selectionRate;
    return g;
}

} // namespace Quorum::Test
