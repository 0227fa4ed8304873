// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/apply/importapplier.h"
#include "importers/apply/importplan.h"
#include "importers/source/importerror.h"
#include "importfixture.h"

#include <QJsonArray>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using namespace Quorum::Test;

namespace {

const Actor kImporter = Actor::program(QStringLiteral("importer-test"));

ImportError targetErrorOf(Database &db, const ImportBatch &batch)
{
    try {
        planImport(db, batch);
    } catch (const ImportError &error) {
        return error;
    }
    FAIL("the plan accepted a batch it should refuse");
    return ImportError(ImportErrorKind::Target, {}, {}, {});
}

ImportBatch newModelBatch(std::optional<RiskTier> tier, const QString &ownerEmail)
{
    ImportBatch batch;
    batch.kind = QStringLiteral("mlflow");
    batch.source = QStringLiteral("/data/mlruns");
    ImportedModel model;
    model.model.name = QStringLiteral("logistic-regression");
    model.tier = tier;
    model.ownerEmail = ownerEmail;
    model.where = QStringLiteral("models/logistic_regression");
    batch.models.push_back(model);
    ImportedVersion version;
    version.key = {QStringLiteral("logistic-regression"), QStringLiteral("1.0.0")};
    version.version.stage = Stage::Staging;
    version.version.artifactSha256 = QStringLiteral("ab12cd34") + QString(56, QLatin1Char('0'));
    version.where = QStringLiteral("models/logistic_regression/version-1");
    batch.versions.push_back(version);
    Evaluation accuracy;
    accuracy.metric = QStringLiteral("accuracy");
    accuracy.value = 0.8125;
    accuracy.source = QStringLiteral("mlflow:run/0123/metrics/accuracy");
    batch.evaluations.push_back({version.key, accuracy});
    return batch;
}

} // namespace

TEST_CASE("A batch the database has not seen plans every item as new, in batch order",
          "[importers][apply]")
{
    ImportFixture fixture;
    const ImportPlan plan = planImport(fixture.db(), sampleBatch());

    REQUIRE(plan.changes.size() == 7);
    CHECK(plan.newCount() == 7);
    CHECK(plan.changesSomething());
    CHECK(plan.count(ChangeKind::Evaluation, ChangeStatus::New) == 3);
    CHECK(plan.count(ChangeKind::Drift, ChangeStatus::New) == 2);
    CHECK(plan.count(ChangeKind::Fairness, ChangeStatus::New) == 1);
    CHECK(plan.count(ChangeKind::ModelCard, ChangeStatus::New) == 1);
    CHECK(plan.count(ChangeKind::Evaluation, ChangeStatus::Unchanged) == 0);
    CHECK(plan.changes.front().kind == ChangeKind::Evaluation);
    CHECK(plan.changes.back().kind == ChangeKind::ModelCard);
    CHECK(plan.changes.front().target == QStringLiteral("fraud-detection@2.1.0"));
    CHECK(plan.kind == QStringLiteral("evaluation"));
    CHECK(plan.source == QStringLiteral("metrics.json"));
}

TEST_CASE("Planned changes describe each item in a short line", "[importers][apply]")
{
    ImportFixture fixture;
    const ImportPlan plan = planImport(fixture.db(), sampleBatch());

    REQUIRE(plan.changes.size() == 7);
    CHECK(plan.changes[0].description == QStringLiteral("accuracy (test, all) = 0.931"));
    CHECK(plan.changes[1].description == QStringLiteral("f1 (test, all) = 0.88"));
    CHECK(plan.changes[2].description
          == QStringLiteral("recall (production, all, 2023-06-01 \u2013 2023-06-30) = 0.7"));
    CHECK(plan.changes[3].description
          == QStringLiteral("age ks p=0.003 (threshold 0.05) drift, 2023-06-20"));
    CHECK(plan.changes[4].description
          == QStringLiteral("income psi=0.27 (threshold 0.2) drift, 2023-06-01 \u2013 2023-06-30"));
    CHECK(plan.changes[5].description == QStringLiteral("sex: 2 groups (test)"));
    CHECK(plan.changes[6].description == QStringLiteral("model card revision (schema 0.0.2)"));
}

TEST_CASE("Planning writes nothing to the database", "[importers][apply]")
{
    ImportFixture fixture;
    const DatabaseSnapshot before = snapshotOf(fixture.db());
    planImport(fixture.db(), sampleBatch());
    planImport(fixture.db(), newModelBatch(RiskTier::High, QStringLiteral("owner@example.org")));
    CHECK(snapshotOf(fixture.db()) == before);
}

TEST_CASE("A new model with a tier and a known owner plans the model, version and evidence",
          "[importers][apply]")
{
    ImportFixture fixture;
    const ImportPlan plan = planImport(
        fixture.db(), newModelBatch(RiskTier::High, QStringLiteral("Owner@Example.org")));

    REQUIRE(plan.changes.size() == 3);
    CHECK(plan.count(ChangeKind::Model, ChangeStatus::New) == 1);
    CHECK(plan.count(ChangeKind::Version, ChangeStatus::New) == 1);
    CHECK(plan.count(ChangeKind::Evaluation, ChangeStatus::New) == 1);
    CHECK(plan.changes[0].target == QStringLiteral("logistic-regression"));
    CHECK(plan.changes[0].description
          == QStringLiteral("logistic-regression (tier 2, owner Owner@Example.org)"));
    CHECK(plan.changes[1].target == QStringLiteral("logistic-regression@1.0.0"));
    CHECK(plan.changes[1].description
          == QStringLiteral("version 1.0.0 (staging, sha256 ab12cd34\u2026)"));
    CHECK(plan.changes[2].description == QStringLiteral("accuracy (test, all) = 0.8125"));
}

TEST_CASE("A new model without a tier is refused, asking for --tier and --owner",
          "[importers][apply]")
{
    ImportFixture fixture;
    const DatabaseSnapshot before = snapshotOf(fixture.db());
    const ImportBatch batch = newModelBatch(std::nullopt, QStringLiteral("owner@example.org"));

    const ImportError error = targetErrorOf(fixture.db(), batch);
    CHECK(error.kind() == ImportErrorKind::Target);
    CHECK(error.message()
          == QStringLiteral("/data/mlruns: models/logistic_regression: model "
                            "\"logistic-regression\" is not in the database: give --tier 1-4 "
                            "and --owner EMAIL to create it"));
    CHECK_THROWS_AS(applyImport(fixture.db(), batch, kImporter), ImportError);
    CHECK(snapshotOf(fixture.db()) == before);
}

TEST_CASE("A new model whose owner is not a person of the database is refused, naming the e-mail",
          "[importers][apply]")
{
    ImportFixture fixture;
    const DatabaseSnapshot before = snapshotOf(fixture.db());
    const ImportBatch batch = newModelBatch(RiskTier::Standard, QStringLiteral("x@y.org"));

    const ImportError error = targetErrorOf(fixture.db(), batch);
    CHECK(error.kind() == ImportErrorKind::Target);
    CHECK(error.file() == QStringLiteral("/data/mlruns"));
    CHECK(error.location() == QStringLiteral("models/logistic_regression"));
    CHECK(error.problem().startsWith(QStringLiteral("no person with e-mail x@y.org")));
    CHECK(error.problem().contains(QStringLiteral("logistic-regression")));
    CHECK_THROWS_AS(applyImport(fixture.db(), batch, kImporter), ImportError);
    CHECK(snapshotOf(fixture.db()) == before);

    ImportBatch noOwner = newModelBatch(RiskTier::Standard, {});
    CHECK(targetErrorOf(fixture.db(), noOwner).problem().contains(QStringLiteral("--owner EMAIL")));
}

TEST_CASE("Evidence for a version that is neither in the database nor in the batch is refused",
          "[importers][apply]")
{
    ImportFixture fixture;
    const DatabaseSnapshot before = snapshotOf(fixture.db());
    ImportBatch batch = sampleBatch();
    const VersionKey missing{QStringLiteral("fraud-detection"), QStringLiteral("9.9.0")};
    batch.drift.back().key = missing;

    const ImportError error = targetErrorOf(fixture.db(), batch);
    CHECK(error.kind() == ImportErrorKind::Target);
    CHECK(error.message()
          == QStringLiteral("metrics.json: fraud-detection@9.9.0: no version 9.9.0 of model "
                            "fraud-detection: register it first (quorumctl register) or import "
                            "it from MLflow"));
    CHECK_THROWS_AS(applyImport(fixture.db(), batch, kImporter), ImportError);
    CHECK(snapshotOf(fixture.db()) == before);

    batch.drift.back().key = {QStringLiteral("no-such-model"), QStringLiteral("1.0.0")};
    CHECK(targetErrorOf(fixture.db(), batch).location() == QStringLiteral("no-such-model@1.0.0"));
}

TEST_CASE("A version number that is not MAJOR.MINOR.PATCH is refused", "[importers][apply]")
{
    ImportFixture fixture;
    ImportBatch batch = sampleBatch();
    batch.evaluations.front().key.version = QStringLiteral("2.1");
    const ImportError error = targetErrorOf(fixture.db(), batch);
    CHECK(error.location() == QStringLiteral("fraud-detection@2.1"));
    CHECK(error.problem().contains(QStringLiteral("expected MAJOR.MINOR.PATCH")));
}

TEST_CASE("Model and version names match the database however they are written",
          "[importers][apply]")
{
    ImportFixture fixture;
    applyImport(fixture.db(), sampleBatch(), kImporter);
    ImportBatch batch = sampleBatch();
    for (auto &item : batch.evaluations) {
        item.key = {QStringLiteral("Fraud-Detection"), QStringLiteral("v2.1.0")};
    }
    const ImportPlan plan = planImport(fixture.db(), batch);
    CHECK(plan.count(ChangeKind::Evaluation, ChangeStatus::Unchanged) == 3);
    CHECK(plan.newCount() == 0);
}

TEST_CASE("An item that occurs twice in one batch is new once", "[importers][apply]")
{
    ImportFixture fixture;
    ImportBatch batch = sampleBatch();
    batch.evaluations.push_back(batch.evaluations.front());
    batch.fairness.push_back(batch.fairness.front());

    const ImportPlan plan = planImport(fixture.db(), batch);
    CHECK(plan.count(ChangeKind::Evaluation, ChangeStatus::New) == 3);
    CHECK(plan.count(ChangeKind::Evaluation, ChangeStatus::Unchanged) == 1);
    CHECK(plan.count(ChangeKind::Fairness, ChangeStatus::New) == 1);
    CHECK(plan.count(ChangeKind::Fairness, ChangeStatus::Unchanged) == 1);

    applyImport(fixture.db(), batch, kImporter);
    CHECK(fixture.rows(QStringLiteral("evaluations")) == 3);
    CHECK(fixture.rows(QStringLiteral("fairness_reports")) == 1);
}

TEST_CASE("An import plan's JSON has the kind, source, counts, warnings and changes",
          "[importers][apply]")
{
    ImportFixture fixture;
    ImportBatch batch = sampleBatch();
    batch.warnings << QStringLiteral("metrics.json: evaluations[7]: skipped, no value");
    applyImport(fixture.db(), batch, kImporter);
    batch.evaluations.front().item.value = 0.94;
    const QJsonObject json = planImport(fixture.db(), batch).toJson();

    CHECK(json.keys()
          == QStringList{QStringLiteral("changes"), QStringLiteral("kind"), QStringLiteral("new"),
                         QStringLiteral("sha256"), QStringLiteral("source"),
                         QStringLiteral("unchanged"), QStringLiteral("warnings")});
    CHECK(json[QStringLiteral("kind")] == QStringLiteral("evaluation"));
    CHECK(json[QStringLiteral("source")] == QStringLiteral("metrics.json"));
    CHECK(json[QStringLiteral("sha256")] == QString(64, QLatin1Char('c')));
    const QJsonObject expectedNew{
        {QStringLiteral("model"), 0},      {QStringLiteral("version"), 0},
        {QStringLiteral("evaluation"), 1}, {QStringLiteral("drift"), 0},
        {QStringLiteral("fairness"), 0},   {QStringLiteral("model-card"), 0}};
    CHECK(json[QStringLiteral("new")].toObject() == expectedNew);
    CHECK(json[QStringLiteral("unchanged")][QStringLiteral("evaluation")] == 2);
    CHECK(json[QStringLiteral("unchanged")][QStringLiteral("drift")] == 2);
    CHECK(json[QStringLiteral("warnings")].toArray()
          == QJsonArray{QStringLiteral("metrics.json: evaluations[7]: skipped, no value")});
    const QJsonArray changes = json[QStringLiteral("changes")].toArray();
    REQUIRE(changes.size() == 7);
    const QJsonObject first{
        {QStringLiteral("kind"), QStringLiteral("evaluation")},
        {QStringLiteral("status"), QStringLiteral("new")},
        {QStringLiteral("target"), QStringLiteral("fraud-detection@2.1.0")},
        {QStringLiteral("description"), QStringLiteral("accuracy (test, all) = 0.94")}};
    CHECK(changes[0].toObject() == first);
    CHECK(changes[6][QStringLiteral("kind")] == QStringLiteral("model-card"));
    CHECK(changes[6][QStringLiteral("status")] == QStringLiteral("unchanged"));
}

TEST_CASE("Change kinds have stable keys and plural labels", "[importers][apply]")
{
    CHECK(changeKindKey(ChangeKind::Model) == QStringLiteral("model"));
    CHECK(changeKindKey(ChangeKind::Version) == QStringLiteral("version"));
    CHECK(changeKindKey(ChangeKind::Evaluation) == QStringLiteral("evaluation"));
    CHECK(changeKindKey(ChangeKind::Drift) == QStringLiteral("drift"));
    CHECK(changeKindKey(ChangeKind::Fairness) == QStringLiteral("fairness"));
    CHECK(changeKindKey(ChangeKind::ModelCard) == QStringLiteral("model-card"));
    CHECK(changeKindLabel(ChangeKind::Evaluation) == QStringLiteral("Evaluations"));
    CHECK(changeKindLabel(ChangeKind::ModelCard) == QStringLiteral("Model cards"));
}
