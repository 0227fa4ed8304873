// SPDX-License-Identifier: GPL-3.0-or-later
// What the demo's inventory holds: models, versions, lineage, people, datasets, risk
// assessments and model cards.
#include "demotestsupport.h"
#include "domain/role.h"
#include "storage/datasetrepository.h"
#include "storage/modelcardrepository.h"
#include "storage/modelrepository.h"
#include "storage/personrepository.h"
#include "storage/riskassessmentrepository.h"
#include "storage/versionrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <catch2/catch_test_macros.hpp>

#include <set>

using namespace Quorum;

TEST_CASE("The demo has twelve models across every risk tier and at least five stages", "[models]")
{
    Database db = Test::openSharedDemo();
    const std::vector<ModelSummary> models = ModelRepository(db).summaries();
    REQUIRE(models.size() == 12);
    std::set<int> tiers;
    std::set<Stage> stages;
    for (const ModelSummary &m : models) {
        tiers.insert(tierNumber(m.tier));
        REQUIRE(m.stage);
        stages.insert(*m.stage);
        CHECK(m.name.contains(QRegularExpression(QStringLiteral("^[a-z]+(-[a-z]+)*$"))));
        CHECK(m.displayName != m.name);
    }
    CHECK(tiers == std::set<int>{1, 2, 3, 4});
    CHECK(stages.size() >= 5);

    ModelRepository repository(db);
    const auto credit = repository.byName(QStringLiteral("credit-scoring"));
    REQUIRE(credit);
    CHECK(credit->tier == RiskTier::Critical);
    CHECK(credit->regulatoryContext.contains(QStringLiteral("Annex III")));
    const auto fraud = repository.byName(QStringLiteral("fraud-detection"));
    REQUIRE(fraud);
    CHECK(fraud->tier == RiskTier::Critical);
    CHECK(VersionRepository(db).inProduction(fraud->id));
}

TEST_CASE("Every demo model has an owner, a description and at least two versions", "[models]")
{
    Database db = Test::openSharedDemo();
    ModelRepository models(db);
    VersionRepository versions(db);
    PersonRepository people(db);
    for (const ModelSummary &summary : models.summaries()) {
        INFO(summary.name.toStdString());
        const std::optional<Model> model = models.byId(summary.id);
        REQUIRE(model);
        const std::optional<Person> owner = people.byId(model->ownerId);
        REQUIRE(owner);
        CHECK(owner->hasRole(Role::Owner));
        CHECK(!model->description.isEmpty());
        CHECK(!model->intendedUse.isEmpty());
        CHECK(!model->team.isEmpty());
        const std::vector<ModelVersion> all = versions.forModel(model->id);
        CHECK(all.size() >= 2);
        CHECK(all.size() <= 5);
        CHECK(std::count_if(all.begin(), all.end(),
                            [](const ModelVersion &v) { return v.stage == Stage::Production; })
              <= 1);
        for (const ModelVersion &v : all) {
            CHECK(v.artifactSha256.contains(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$"))));
            CHECK(v.codeCommit.size() == 40);
            CHECK(QJsonDocument::fromJson(v.hyperparametersJson.toUtf8()).isObject());
            CHECK(v.deploymentUrl.isEmpty() == (v.stage != Stage::Production));
        }
    }
}

TEST_CASE("Every parent version is an earlier version of the same model", "[models]")
{
    Database db = Test::openSharedDemo();
    VersionRepository versions(db);
    const auto children = Test::rows(db,
                                     QStringLiteral("SELECT id FROM model_versions "
                                                    "WHERE parent_version_id IS NOT NULL"));
    CHECK(children.size() >= 15);
    for (const QVariantList &row : children) {
        const std::optional<ModelVersion> child = versions.byId(row.at(0).toLongLong());
        REQUIRE(child);
        const std::optional<ModelVersion> parent = versions.byId(*child->parentVersionId);
        REQUIRE(parent);
        CHECK(parent->modelId == child->modelId);
        CHECK(parent->version < child->version);
        CHECK(parent->createdAt < child->createdAt);
    }
}

TEST_CASE("People hold every role, with five active AI-IRB board members", "[models]")
{
    Database db = Test::openSharedDemo();
    PersonRepository people(db);
    for (Role role : kAllRoles) {
        INFO(roleKey(role).toStdString());
        CHECK(!people.withRole(role).empty());
    }
    CHECK(people.withRole(Role::Reviewer).size() == 5);
    CHECK(people.withRole(Role::Owner).size() >= 4);
    for (const Person &p : people.all()) {
        CHECK(p.email.endsWith(QStringLiteral("@example.org")));
    }
}

TEST_CASE("Every version was trained on a split of a curated copy of a raw dataset", "[models]")
{
    Database db = Test::openSharedDemo();
    DatasetRepository datasets(db);
    const auto versionIds = Test::rows(db, QStringLiteral("SELECT id FROM model_versions"));
    for (const QVariantList &row : versionIds) {
        const std::optional<ModelVersion> v = VersionRepository(db).byId(row.at(0).toLongLong());
        REQUIRE(v);
        const auto training
            = std::find_if(v->datasets.begin(), v->datasets.end(), [](const DatasetLink &l) {
                  return l.purpose == DatasetPurpose::Training;
              });
        REQUIRE(training != v->datasets.end());
        const std::vector<Dataset> lineage = datasets.lineage(training->datasetId);
        REQUIRE(lineage.size() == 3);
        CHECK(lineage[0].name.endsWith(QStringLiteral("-train")));
        CHECK(lineage[1].name.endsWith(QStringLiteral("-curated")));
        CHECK(lineage[2].name.endsWith(QStringLiteral("-raw")));
        CHECK(lineage[0].rowCount < lineage[1].rowCount);
        CHECK(lineage[1].rowCount < lineage[2].rowCount);
        CHECK(lineage[2].sha256.size() == 64);
    }
}

TEST_CASE("Every version has a risk assessment whose level matches its score", "[models]")
{
    Database db = Test::openSharedDemo();
    RiskAssessmentRepository risks(db);
    const auto versionIds = Test::rows(db, QStringLiteral("SELECT id FROM model_versions"));
    std::set<RiskLevel> levels;
    for (const QVariantList &row : versionIds) {
        const std::optional<RiskAssessment> a = risks.latest(row.at(0).toLongLong());
        REQUIRE(a);
        CHECK(a->riskScore >= 0.0);
        CHECK(a->riskScore <= 1.0);
        CHECK(!a->highRiskFactors.isEmpty());
        CHECK(!a->mitigations.isEmpty());
        levels.insert(a->level);
    }
    CHECK(levels.size() == 3);
}

TEST_CASE("Versions in staging, approved or production have a Model Card Toolkit card", "[models]")
{
    Database db = Test::openSharedDemo();
    ModelCardRepository cards(db);
    const auto versions
        = Test::rows(db,
                     QStringLiteral("SELECT id, version FROM model_versions "
                                    "WHERE stage IN ('staging', 'approved', 'production')"));
    int revised = 0;
    for (const QVariantList &row : versions) {
        const std::optional<ModelCard> card = cards.latest(row.at(0).toLongLong());
        REQUIRE(card);
        revised += card->revision > 1 ? 1 : 0;
        const QJsonObject json = QJsonDocument::fromJson(card->contentJson.toUtf8()).object();
        const QJsonObject details = json.value(QStringLiteral("model_details")).toObject();
        CHECK(!details.value(QStringLiteral("name")).toString().isEmpty());
        CHECK(!details.value(QStringLiteral("owners")).toArray().isEmpty());
        CHECK(details.value(QStringLiteral("version")).toObject().value(QStringLiteral("name"))
              == row.at(1).toString());
        const QJsonObject parameters = json.value(QStringLiteral("model_parameters")).toObject();
        CHECK(!parameters.value(QStringLiteral("model_architecture")).toString().isEmpty());
        CHECK(parameters.value(QStringLiteral("data")).toArray().size() == 2);
        const QJsonArray metrics = json.value(QStringLiteral("quantitative_analysis"))
                                       .toObject()
                                       .value(QStringLiteral("performance_metrics"))
                                       .toArray();
        REQUIRE(!metrics.isEmpty());
        CHECK(metrics.first().toObject().value(QStringLiteral("value")).isDouble());
        const QJsonArray ethics = json.value(QStringLiteral("considerations"))
                                      .toObject()
                                      .value(QStringLiteral("ethical_considerations"))
                                      .toArray();
        REQUIRE(!ethics.isEmpty());
        CHECK(ethics.first().toObject().contains(QStringLiteral("mitigation_strategy")));
    }
    CHECK(versions.size() >= 10);
    CHECK(revised >= 3);
}
