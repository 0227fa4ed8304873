// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/audittrail.h"
#include "audit/chainverifier.h"
#include "importers/apply/importapplier.h"
#include "importers/source/importerror.h"
#include "importfixture.h"
#include "storage/databaseerror.h"
#include "storage/driftrepository.h"
#include "storage/evaluationrepository.h"
#include "storage/fairnessrepository.h"
#include "storage/modelcardrepository.h"
#include "storage/modelrepository.h"
#include "storage/versionrepository.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>

#include <atomic>

using namespace Quorum;
using namespace Quorum::Test;

namespace {

const Actor kImporter = Actor::program(QStringLiteral("importer-test"));

QJsonObject jsonOf(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

/// Runs @p action, which must throw E, and returns what it threw.
template<typename E, typename F>
E errorOf(F &&action)
{
    try {
        action();
    } catch (const E &error) {
        return error;
    }
    FAIL("the import went through although it should have failed");
    throw std::logic_error("unreachable");
}

ImportBatch cardBatch(const QString &contentJson)
{
    ImportBatch batch;
    batch.kind = QStringLiteral("model-card");
    batch.source = QStringLiteral("card.json");
    ModelCard card;
    card.schemaVersion = QStringLiteral("0.0.1");
    card.contentJson = contentJson;
    batch.cards.push_back({fraudKey(), card});
    return batch;
}

} // namespace

TEST_CASE("Applying a batch stores every item with its values", "[importers][apply]")
{
    ImportFixture fixture;
    const ImportPlan plan = applyImport(fixture.db(), sampleBatch(), kImporter);
    CHECK(plan.newCount() == 7);

    const auto evaluations = EvaluationRepository(fixture.db()).forVersion(fixture.versionId());
    REQUIRE(evaluations.size() == 3);
    // Ordered by split, then metric: production recall, then test accuracy and f1.
    CHECK(evaluations[0].metric == QStringLiteral("recall"));
    CHECK(evaluations[0].value == 0.7);
    CHECK(evaluations[0].windowStart.toString(Qt::ISODate)
          == QStringLiteral("2023-06-01T00:00:00Z"));
    CHECK(evaluations[1].metric == QStringLiteral("accuracy"));
    CHECK(evaluations[1].value == 0.931);
    CHECK(evaluations[1].source == QStringLiteral("evaluation:metrics.json#evaluations[0]"));
    CHECK(evaluations[2].value == 0.88);

    const auto drift = DriftRepository(fixture.db()).forVersion(fixture.versionId());
    REQUIRE(drift.size() == 2);
    CHECK(drift[0].feature == QStringLiteral("age"));
    CHECK(drift[0].pValue == 0.003);
    CHECK(drift[0].threshold == 0.05);
    CHECK(drift[0].status == DriftStatus::Drift);
    CHECK(drift[1].statistic == QStringLiteral("psi"));
    CHECK(drift[1].value == 0.27);
    CHECK(drift[1].windowEnd == QDate(2023, 6, 30));

    const auto fairness = FairnessRepository(fixture.db()).forVersion(fixture.versionId());
    REQUIRE(fairness.size() == 1);
    CHECK(fairness[0].disparateImpact == 0.76);
    REQUIRE(fairness[0].groups.size() == 2);
    CHECK(fairness[0].groups[0].name == QStringLiteral("female"));
    CHECK(fairness[0].groups[0].count == 100);
    CHECK(fairness[0].groups[0].falseNegatives == 12);

    const auto card = ModelCardRepository(fixture.db()).latest(fixture.versionId());
    REQUIRE(card);
    CHECK(card->revision == 1);
    CHECK(jsonOf(card->contentJson)[QStringLiteral("model_details")][QStringLiteral("name")]
          == QStringLiteral("fraud-detection"));
}

TEST_CASE("An applied import records one event per row and one import event with the counts",
          "[importers][apply]")
{
    ImportFixture fixture;
    const qint64 headBefore = AuditTrail(fixture.db()).head().seq;
    applyImport(fixture.db(), sampleBatch(), kImporter);

    const auto events = AuditTrail(fixture.db()).events(headBefore + 1);
    // Rows, model card, the alert the sample's income PSI 0.27 raises on tier 2, the import.
    REQUIRE(events.size() == 9);
    for (std::size_t i = 0; i + 1 < events.size(); ++i) {
        CHECK(events[i].action == QStringLiteral("insert"));
        CHECK(events[i].actor == QStringLiteral("importer-test"));
    }
    CHECK(events[0].entity == QStringLiteral("evaluations"));
    CHECK(events[5].entity == QStringLiteral("fairness_reports"));
    CHECK(events[6].entity == QStringLiteral("model_cards"));
    CHECK(events[7].entity == QStringLiteral("alerts"));
    const AuditEvent &summary = events.back();
    CHECK(summary.action == QStringLiteral("import"));
    CHECK(summary.entity == QStringLiteral("imports"));
    CHECK(!summary.entityId);
    const QJsonObject after = jsonOf(summary.afterJson);
    CHECK(after[QStringLiteral("kind")] == QStringLiteral("evaluation"));
    CHECK(after[QStringLiteral("source")] == QStringLiteral("metrics.json"));
    CHECK(after[QStringLiteral("sha256")] == QString(64, QLatin1Char('c')));
    CHECK(after[QStringLiteral("new")][QStringLiteral("evaluation")] == 3);
    CHECK(after[QStringLiteral("new")][QStringLiteral("drift")] == 2);
    CHECK(after[QStringLiteral("new")][QStringLiteral("fairness")] == 1);
    CHECK(after[QStringLiteral("new")][QStringLiteral("model-card")] == 1);
    CHECK(after[QStringLiteral("unchanged")][QStringLiteral("evaluation")] == 0);
    CHECK(!after.contains(QStringLiteral("changes")));

    CHECK(verifyChain(fixture.db()).holds());
}

TEST_CASE("Importing the same batch again changes nothing and says so", "[importers][apply]")
{
    ImportFixture fixture;
    applyImport(fixture.db(), sampleBatch(), kImporter);
    const DatabaseSnapshot before = snapshotOf(fixture.db());

    const ImportPlan again = applyImport(fixture.db(), sampleBatch(), kImporter);
    CHECK_FALSE(again.changesSomething());
    CHECK(again.newCount() == 0);
    CHECK(again.count(ChangeKind::Evaluation, ChangeStatus::Unchanged) == 3);
    CHECK(again.count(ChangeKind::Drift, ChangeStatus::Unchanged) == 2);
    CHECK(again.count(ChangeKind::Fairness, ChangeStatus::Unchanged) == 1);
    CHECK(again.count(ChangeKind::ModelCard, ChangeStatus::Unchanged) == 1);
    CHECK(snapshotOf(fixture.db()) == before);
}

TEST_CASE("One changed value in a re-import is the only new item", "[importers][apply]")
{
    ImportFixture fixture;
    applyImport(fixture.db(), sampleBatch(), kImporter);
    ImportBatch changed = sampleBatch();
    changed.drift.back().item.value = 0.2700000000000001; // one ulp-scale step away

    const ImportPlan plan = applyImport(fixture.db(), changed, kImporter);
    CHECK(plan.newCount() == 1);
    CHECK(plan.count(ChangeKind::Drift, ChangeStatus::New) == 1);
    CHECK(fixture.rows(QStringLiteral("drift_observations")) == 3);
    CHECK(fixture.rows(QStringLiteral("evaluations")) == 3);
    const auto events = AuditTrail(fixture.db()).events(1);
    CHECK(std::count_if(events.begin(), events.end(),
                        [](const AuditEvent &e) { return e.action == QStringLiteral("import"); })
          == 2);
}

TEST_CASE("A fairness report with other group counts is a new report", "[importers][apply]")
{
    ImportFixture fixture;
    applyImport(fixture.db(), sampleBatch(), kImporter);
    ImportBatch changed = sampleBatch();
    changed.fairness.front().item.groups[1].truePositives = 41;

    const ImportPlan plan = planImport(fixture.db(), changed);
    CHECK(plan.newCount() == 1);
    CHECK(plan.count(ChangeKind::Fairness, ChangeStatus::New) == 1);
}

TEST_CASE("An import creates a new model, its version and evidence and links them",
          "[importers][apply]")
{
    ImportFixture fixture;
    ImportBatch batch;
    batch.kind = QStringLiteral("mlflow");
    batch.source = QStringLiteral("/data/mlruns");
    ImportedModel model;
    model.model.name = QStringLiteral("churn");
    model.model.description = QStringLiteral("Predicts churn");
    model.tier = RiskTier::Experimental;
    model.ownerEmail = QStringLiteral("OWNER@example.org");
    batch.models.push_back(model);
    ImportedVersion version;
    version.key = {QStringLiteral("churn"), QStringLiteral("3.0.0")};
    version.version.stage = Stage::Staging;
    version.version.artifactUri = QStringLiteral("file:///mlruns/1/abc/artifacts/model");
    batch.versions.push_back(version);
    Evaluation auc;
    auc.metric = QStringLiteral("roc_auc");
    auc.value = 0.75;
    batch.evaluations.push_back({version.key, auc});

    const ImportPlan plan = applyImport(fixture.db(), batch, kImporter);
    CHECK(plan.newCount() == 3);
    const auto stored = ModelRepository(fixture.db()).byName(QStringLiteral("churn"));
    REQUIRE(stored);
    CHECK(stored->tier == RiskTier::Experimental);
    CHECK(stored->ownerId == fixture.ownerId());
    CHECK(stored->description == QStringLiteral("Predicts churn"));
    const auto storedVersion = VersionRepository(fixture.db()).find(stored->id, {3, 0, 0});
    REQUIRE(storedVersion);
    CHECK(storedVersion->stage == Stage::Staging);
    CHECK(storedVersion->artifactUri == QStringLiteral("file:///mlruns/1/abc/artifacts/model"));
    CHECK(EvaluationRepository(fixture.db()).latest(storedVersion->id, QStringLiteral("roc_auc"))
          == 0.75);

    const ImportPlan again = planImport(fixture.db(), batch);
    CHECK(again.newCount() == 0);
    CHECK(again.count(ChangeKind::Model, ChangeStatus::Unchanged) == 1);
    CHECK(again.count(ChangeKind::Version, ChangeStatus::Unchanged) == 1);
    CHECK(verifyChain(fixture.db()).holds());
}

TEST_CASE("An item the schema refuses rolls back everything the import wrote before it",
          "[importers][apply]")
{
    ImportFixture fixture;
    const DatabaseSnapshot before = snapshotOf(fixture.db());

    SECTION("a drift statistic the schema does not know")
    {
        ImportBatch batch = sampleBatch();
        batch.drift.back().item.statistic = QStringLiteral("bogus");
        const auto error
            = errorOf<DatabaseError>([&] { applyImport(fixture.db(), batch, kImporter); });
        CHECK(error.kind() == DatabaseErrorKind::Constraint);
    }
    SECTION("an evaluation split the schema does not know")
    {
        ImportBatch batch = sampleBatch();
        batch.evaluations.back().item.split = QStringLiteral("holdout");
        CHECK_THROWS_AS(applyImport(fixture.db(), batch, kImporter), DatabaseError);
    }
    CHECK(snapshotOf(fixture.db()) == before);
    // The connection is usable afterwards: the same batch, corrected, goes through.
    CHECK(applyImport(fixture.db(), sampleBatch(), kImporter).newCount() == 7);
    CHECK(verifyChain(fixture.db()).holds());
}

TEST_CASE("Cancelling an import rolls back what it wrote", "[importers][apply]")
{
    ImportFixture fixture;
    const DatabaseSnapshot before = snapshotOf(fixture.db());
    std::atomic_bool cancel = false;
    std::vector<std::pair<int, int>> reports;
    ImportProgress progress;
    progress.cancel = &cancel;

    std::size_t expectedReports = 0;
    SECTION("before the first item")
    {
        cancel = true;
    }
    SECTION("after three of seven items")
    {
        progress.report = [&](int done, int total) {
            reports.emplace_back(done, total);
            cancel = done == 3;
        };
        expectedReports = 3;
    }
    SECTION("after the last item")
    {
        progress.report = [&](int done, int total) {
            reports.emplace_back(done, total);
            cancel = done == total;
        };
        expectedReports = 7;
    }
    const auto error = errorOf<ImportError>(
        [&] { applyImport(fixture.db(), sampleBatch(), kImporter, progress); });
    CHECK(error.kind() == ImportErrorKind::Cancelled);
    CHECK(reports.size() == expectedReports);
    CHECK(error.file() == QStringLiteral("metrics.json"));
    CHECK(snapshotOf(fixture.db()) == before);
    for (const auto &[done, total] : reports) {
        CHECK(total == 7);
        CHECK(done <= total);
    }
}

TEST_CASE("Progress counts every new item up to the total", "[importers][apply]")
{
    ImportFixture fixture;
    std::vector<int> done;
    ImportProgress progress;
    progress.report = [&](int value, int total) {
        CHECK(total == 7);
        done.push_back(value);
    };
    applyImport(fixture.db(), sampleBatch(), kImporter, progress);
    CHECK(done == std::vector<int>{1, 2, 3, 4, 5, 6, 7});
}

TEST_CASE("A model card equal to the latest revision is unchanged, a different one is revision 2",
          "[importers][apply]")
{
    ImportFixture fixture;
    applyImport(fixture.db(),
                cardBatch(QStringLiteral(R"({"model_details": {"name": "fraud", "owners": []}})")),
                kImporter);

    // The same content with other key order and spacing.
    const ImportPlan same = applyImport(
        fixture.db(),
        cardBatch(QStringLiteral(R"({"model_details":{"owners":[],"name":"fraud"}})")), kImporter);
    CHECK(same.count(ChangeKind::ModelCard, ChangeStatus::Unchanged) == 1);
    CHECK(fixture.rows(QStringLiteral("model_cards")) == 1);

    const ImportPlan changed = applyImport(
        fixture.db(), cardBatch(QStringLiteral(R"({"model_details": {"name": "fraud v2"}})")),
        kImporter);
    CHECK(changed.count(ChangeKind::ModelCard, ChangeStatus::New) == 1);
    const auto latest = ModelCardRepository(fixture.db()).latest(fixture.versionId());
    REQUIRE(latest);
    CHECK(latest->revision == 2);
    CHECK(latest->schemaVersion == QStringLiteral("0.0.1"));
    CHECK(jsonOf(latest->contentJson)[QStringLiteral("model_details")][QStringLiteral("name")]
          == QStringLiteral("fraud v2"));

    // Comparing with the latest revision only: the first content again is a third revision.
    const ImportPlan back = planImport(
        fixture.db(),
        cardBatch(QStringLiteral(R"({"model_details": {"name": "fraud", "owners": []}})")));
    CHECK(back.count(ChangeKind::ModelCard, ChangeStatus::New) == 1);
}

TEST_CASE("An import by a person records that person in its audit events", "[importers][apply]")
{
    ImportFixture fixture;
    const Actor owner = Actor::person(fixture.ownerId(), QStringLiteral("Olivia Owner"));
    applyImport(fixture.db(), cardBatch(QStringLiteral(R"({"model_details": {}})")), owner);
    const auto events = AuditTrail(fixture.db()).events(AuditTrail(fixture.db()).head().seq - 1);
    REQUIRE(events.size() == 2);
    CHECK(events[0].personId == fixture.ownerId());
    CHECK(events[1].action == QStringLiteral("import"));
    CHECK(events[1].personId == fixture.ownerId());
    CHECK(ModelCardRepository(fixture.db()).latest(fixture.versionId())->authorId
          == fixture.ownerId());
}

TEST_CASE("Rows another connection committed after the preview count when the import is applied",
          "[importers][apply]")
{
    ImportFixture fixture;
    const ImportPlan preview = planImport(fixture.db(), sampleBatch());
    REQUIRE(preview.newCount() == 7);
    {
        Database other = Database::open(fixture.temp().path(), {OpenMode::OpenExisting});
        applyImport(other, sampleBatch(), kImporter);
    }
    const ImportPlan applied = applyImport(fixture.db(), sampleBatch(), kImporter);
    CHECK(applied.newCount() == 0);
    CHECK(fixture.rows(QStringLiteral("evaluations")) == 3);
    CHECK(fixture.rows(QStringLiteral("drift_observations")) == 2);
}
