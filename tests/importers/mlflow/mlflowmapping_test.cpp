// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/mapping/mlflowmapping.h"
#include "importers/mlflow/mlflowreader.h"
#include "importers/source/importerror.h"
#include "mlflowtesttree.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

const QString kIris = QStringLiteral("744527609198417912");
const QString kModelRun = QStringLiteral("61fce82b80e24d2183d253760b881d52");
const QString kBestRun = QStringLiteral("12edd517e43d42baa990309123e9338d");
const QString kLoggedModel = QStringLiteral("m-80e6c6a1778642bca45ec282119e2598");
const QString kWineRun = QStringLiteral("1f102c0e268c4dd58c8f8d98b28488da");

QString fixtureModelArtifacts(const QString &base)
{
    return base + QStringLiteral("/mlartifacts/") + kIris + QStringLiteral("/models/")
        + kLoggedModel + QStringLiteral("/artifacts");
}

MlflowMappingOptions wineTarget()
{
    MlflowMappingOptions options;
    options.target = VersionKey{QStringLiteral("wine-quality"), QStringLiteral("1.0.0")};
    return options;
}

ImportError mappingError(const MlflowStore &store, const MlflowMappingOptions &options)
{
    try {
        mapMlflowStore(store, options);
    } catch (const ImportError &error) {
        return error;
    }
    FAIL("the mapping must fail");
    return ImportError(ImportErrorKind::NotFound, {}, {}, {});
}

} // namespace

TEST_CASE("The MLflow 2 sample's run imports as the target version with its artifact hash",
          "[importers][mlflow]")
{
    const MlflowStore store = readMlflowStore(Test::mlflow2SampleRoot(), ImportLimits{});
    const ImportBatch batch = mapMlflowStore(store, wineTarget());

    CHECK(batch.kind == QStringLiteral("mlflow"));
    CHECK(batch.models.empty()); // the target model must already exist
    REQUIRE(batch.versions.size() == 1);
    const ImportedVersion &version = batch.versions[0];
    CHECK(version.key.label() == QStringLiteral("wine-quality@1.0.0"));
    CHECK(version.version.stage == Stage::Development);
    CHECK(version.version.artifactUri
          == QStringLiteral("file:///Users/ashishuniyal/Downloads/ml-flow/mlruns/"
                            "308242617329116441/1f102c0e268c4dd58c8f8d98b28488da/artifacts/"
                            "sklearn_log_model"));
    CHECK(version.version.artifactSha256
          == Test::shellFolderSha256(Test::mlflow2SampleRunDir()
                                     + QStringLiteral("/artifacts/sklearn_log_model")));
    CHECK(version.version.framework == QStringLiteral("scikit-learn"));
    CHECK(version.version.frameworkVersion == QStringLiteral("1.5.1"));
    CHECK(version.version.hyperparametersJson
          == QStringLiteral(R"({"alpha":"0.8","l1_ratio":"0.8"})"));
    CHECK(version.version.codeCommit == QStringLiteral("976ae7ff258dc6d494a1853e3ad04f06f393a538"));
    CHECK(version.version.trainingEnvironment == QStringLiteral("MLflow 2.14.3, run ") + kWineRun);
    CHECK(batch.warnings.isEmpty());
}

TEST_CASE("The MLflow 2 sample's metrics become test-split evaluations", "[importers][mlflow]")
{
    const MlflowStore store = readMlflowStore(Test::mlflow2SampleRoot(), ImportLimits{});
    const ImportBatch batch = mapMlflowStore(store, wineTarget());

    REQUIRE(batch.evaluations.size() == 3);
    const Evaluation &mae = batch.evaluations[0].item;
    CHECK(batch.evaluations[0].key.label() == QStringLiteral("wine-quality@1.0.0"));
    CHECK(mae.metric == QStringLiteral("mae"));
    CHECK(mae.split == QStringLiteral("test"));
    CHECK(mae.segment == QStringLiteral("all"));
    CHECK(mae.value == 0.6661102694838198);
    CHECK(mae.recordedAt == QDateTime::fromMSecsSinceEpoch(1721476991168, QTimeZone::utc()));
    CHECK(mae.source == QStringLiteral("mlflow:run/") + kWineRun + QStringLiteral("/metrics/mae"));
    CHECK(batch.evaluations[1].item.metric == QStringLiteral("r2"));
    CHECK(batch.evaluations[1].item.value == 0.02062688653328315);
    CHECK(batch.evaluations[2].item.metric == QStringLiteral("rmse"));
    CHECK(batch.evaluations[2].item.value == 0.8313946470581659);
}

TEST_CASE("A store without registry and without target lists its runs as not imported",
          "[importers][mlflow]")
{
    const MlflowStore store = readMlflowStore(Test::mlflow2SampleRoot(), ImportLimits{});
    const ImportBatch batch = mapMlflowStore(store, MlflowMappingOptions{});

    CHECK(batch.models.empty());
    CHECK(batch.versions.empty());
    CHECK(batch.evaluations.empty());
    CHECK(batch.warnings
          == QStringList{QStringLiteral(
              "run 1f102c0e268c4dd58c8f8d98b28488da (capricious-snipe-0) of experiment "
              "experiment_name is linked to no registered model version; import it with --model "
              "M --version V --run 1f102c0e268c4dd58c8f8d98b28488da")});
}

TEST_CASE("An MLflow 3 registered model maps to a model and its production alias to staging",
          "[importers][mlflow]")
{
    const MlflowStore store = readMlflowStore(Test::mlflow3FixtureDir(), ImportLimits{});
    MlflowMappingOptions options;
    options.ownerEmail = QStringLiteral("owner@example.org");
    const ImportBatch batch = mapMlflowStore(store, options);

    REQUIRE(batch.models.size() == 1);
    CHECK(batch.models[0].model.name == QStringLiteral("logistic_regression"));
    CHECK(batch.models[0].model.displayName == QStringLiteral("logistic_regression"));
    CHECK(batch.models[0].ownerEmail == QStringLiteral("owner@example.org"));
    CHECK_FALSE(batch.models[0].tier.has_value());
    REQUIRE(batch.versions.size() == 1); // version 2 was deleted
    const ImportedVersion &version = batch.versions[0];
    CHECK(version.key.label() == QStringLiteral("logistic_regression@1.0.0"));
    CHECK(version.version.stage == Stage::Staging);
    CHECK(version.version.artifactUri == QStringLiteral("models:/") + kLoggedModel);
    CHECK(version.version.artifactSha256
          == Test::shellFolderSha256(fixtureModelArtifacts(Test::mlflow3FixtureDir())));
    CHECK(version.version.framework == QStringLiteral("scikit-learn"));
    CHECK(version.version.frameworkVersion == QStringLiteral("1.7.1"));
    CHECK(version.version.trainingEnvironment == QStringLiteral("MLflow 3.1.4, run ") + kModelRun);
    CHECK(version.version.hyperparametersJson
          == QStringLiteral(R"({"C":"1.0","max_iter":"200","model/penalty":"l2"})"));
    CHECK(batch.warnings.contains(QStringLiteral(
        "MLflow marks logistic_regression version 1 as Production; Quorum records 1.0.0 as "
        "staging: production needs a signed release request")));
}

TEST_CASE("An MLflow 3 version's run and logged-model metrics become evaluations once",
          "[importers][mlflow]")
{
    const MlflowStore store = readMlflowStore(Test::mlflow3FixtureDir(), ImportLimits{});
    const ImportBatch batch = mapMlflowStore(store, MlflowMappingOptions{});

    // The logged model repeats the run's accuracy 0.98: imported once.
    REQUIRE(batch.evaluations.size() == 2);
    CHECK(batch.evaluations[0].item.metric == QStringLiteral("accuracy"));
    CHECK(batch.evaluations[0].item.value == 0.98);
    CHECK(batch.evaluations[0].item.source
          == QStringLiteral("mlflow:run/") + kModelRun + QStringLiteral("/metrics/accuracy"));
    CHECK(batch.evaluations[1].item.metric == QStringLiteral("f1"));
    CHECK(batch.evaluations[1].item.value == 0.97);
    CHECK(batch.warnings.contains(
        QStringLiteral("run 12edd517e43d42baa990309123e9338d (best_model_saved) of experiment "
                       "Iris-Classification is linked to no registered model version; import it "
                       "with --model M --version V --run 12edd517e43d42baa990309123e9338d")));
    CHECK(batch.warnings.size() == 2);
}

TEST_CASE("Quorum version and risk tier come from MLflow tags", "[importers][mlflow]")
{
    QTemporaryDir temp;
    Test::copyTree(Test::mlflow3FixtureDir(), temp.path());
    const QString model = temp.path() + QStringLiteral("/mlruns/models/logistic_regression");
    Test::writeFile(model + QStringLiteral("/version-1/tags/quorum.version"), "v2.3.1\n");
    Test::writeFile(model + QStringLiteral("/tags/quorum.risk_tier"), "1");

    const MlflowStore store = readMlflowStore(temp.path(), ImportLimits{});
    ImportBatch batch = mapMlflowStore(store, MlflowMappingOptions{});
    REQUIRE(batch.versions.size() == 1);
    CHECK(batch.versions[0].key.version == QStringLiteral("2.3.1"));
    CHECK(batch.evaluations.at(0).key.version == QStringLiteral("2.3.1"));
    CHECK(batch.models.at(0).tier == RiskTier::Critical);

    MlflowMappingOptions options;
    options.riskTier = 2;
    batch = mapMlflowStore(store, options);
    CHECK(batch.models.at(0).tier == RiskTier::High);

    Test::writeFile(model + QStringLiteral("/tags/quorum.risk_tier"), "severe");
    const ImportError error = mappingError(readMlflowStore(temp.path(), ImportLimits{}), {});
    CHECK(error.kind() == ImportErrorKind::Invalid);
    CHECK(error.message().endsWith(QStringLiteral(
        "/models/logistic_regression/tags/quorum.risk_tier: expected a risk tier 1 to 4, "
        "found \"severe\"")));
}

TEST_CASE("A registered model's name becomes a valid Quorum machine name", "[importers][mlflow]")
{
    QTemporaryDir temp;
    Test::copyTree(Test::mlflow3FixtureDir(), temp.path());
    Test::writeFile(temp.path() + QStringLiteral("/mlruns/models/logistic_regression/meta.yaml"),
                    "creation_timestamp: 1754216714998\ndescription: Iris species\n"
                    "name: _Iris Classifier/EU (v2)\n");

    const ImportBatch batch
        = mapMlflowStore(readMlflowStore(temp.path(), ImportLimits{}), MlflowMappingOptions{});
    REQUIRE(batch.models.size() == 1);
    CHECK(batch.models[0].model.name == QStringLiteral("iris-classifier-eu--v2-"));
    CHECK(batch.models[0].model.displayName == QStringLiteral("_Iris Classifier/EU (v2)"));
    CHECK(batch.models[0].model.description == QStringLiteral("Iris species"));
    CHECK(batch.versions.at(0).key.model == QStringLiteral("iris-classifier-eu--v2-"));
}

TEST_CASE("A chosen MLflow 3 run imports with its logged model's artifact", "[importers][mlflow]")
{
    const MlflowStore store = readMlflowStore(Test::mlflow3FixtureDir(), ImportLimits{});
    MlflowMappingOptions options;
    options.target = VersionKey{QStringLiteral("iris"), QStringLiteral("0.9.0")};
    options.runId = kModelRun;
    const ImportBatch batch = mapMlflowStore(store, options);

    REQUIRE(batch.versions.size() == 1);
    CHECK(batch.versions[0].version.artifactUri
          == QStringLiteral("mlflow-artifacts:/") + kIris + QStringLiteral("/models/")
              + kLoggedModel + QStringLiteral("/artifacts"));
    CHECK(batch.versions[0].version.artifactSha256
          == Test::shellFolderSha256(fixtureModelArtifacts(Test::mlflow3FixtureDir())));
    CHECK(batch.evaluations.size() == 2);
    CHECK(batch.warnings.size() == 1); // the other run is not imported
}

TEST_CASE("Stages and aliases map to Quorum stages", "[importers][mlflow]")
{
    CHECK(quorumStageForMlflow(QStringLiteral("None"), {}) == Stage::Development);
    CHECK(quorumStageForMlflow(QStringLiteral("Staging"), {}) == Stage::Staging);
    CHECK(quorumStageForMlflow(QStringLiteral("Production"), {}) == Stage::Staging);
    CHECK(quorumStageForMlflow(QStringLiteral("Archived"), {}) == Stage::Archived);
    CHECK(quorumStageForMlflow(QStringLiteral("None"), {QStringLiteral("Champion")})
          == Stage::Staging);
    CHECK(quorumStageForMlflow(QStringLiteral("None"), {QStringLiteral("challenger")})
          == Stage::Staging);
    CHECK(quorumStageForMlflow(QStringLiteral("None"), {QStringLiteral("nightly")})
          == Stage::Development);
}

TEST_CASE("Quorum version numbers follow MLflow's version or its semver tags",
          "[importers][mlflow]")
{
    MlflowModelVersion version;
    version.version = 7;
    CHECK(quorumVersionForMlflow(version) == QStringLiteral("7.0.0"));
    version.tags.insert(QStringLiteral("version"), QStringLiteral("v1.2.3"));
    CHECK(quorumVersionForMlflow(version) == QStringLiteral("1.2.3"));
    version.tags.insert(QStringLiteral("quorum.version"), QStringLiteral("4.0.1"));
    CHECK(quorumVersionForMlflow(version) == QStringLiteral("4.0.1"));
    version.tags.insert(QStringLiteral("quorum.version"), QStringLiteral("latest"));
    CHECK(quorumVersionForMlflow(version) == QStringLiteral("1.2.3"));
}

TEST_CASE("An unknown experiment or run, or an ambiguous run, is refused", "[importers][mlflow]")
{
    const MlflowStore store = readMlflowStore(Test::mlflow3FixtureDir(), ImportLimits{});
    MlflowMappingOptions options;
    options.experiment = QStringLiteral("Nope");
    ImportError error = mappingError(store, options);
    CHECK(error.kind() == ImportErrorKind::Target);
    CHECK(error.message().endsWith(
        QStringLiteral("no experiment \"Nope\"; expected one of: Default (0), Iris-Classification "
                       "(744527609198417912)")));

    options = {};
    options.target = VersionKey{QStringLiteral("iris"), QStringLiteral("1.0.0")};
    error = mappingError(store, options);
    CHECK(error.kind() == ImportErrorKind::Target);
    CHECK(error.message().endsWith(
        QStringLiteral("2 runs, expected one to import as iris@1.0.0: choose one with --run: "
                       "61fce82b80e24d2183d253760b881d52 (logistic_regression_C1), "
                       "12edd517e43d42baa990309123e9338d (best_model_saved)")));

    options.runId = QStringLiteral("ffffffffffffffffffffffffffffffff");
    error = mappingError(store, options);
    CHECK(error.kind() == ImportErrorKind::Target);
    CHECK(error.message().contains(QStringLiteral("no run ffffffffffffffffffffffffffffffff")));
}

TEST_CASE("A non-finite latest metric is passed over with a warning", "[importers][mlflow]")
{
    QTemporaryDir temp;
    Test::copyTree(Test::mlflow2SampleRoot(), temp.path() + QStringLiteral("/mlruns"));
    Test::writeFile(temp.path() + QStringLiteral("/mlruns/308242617329116441/") + kWineRun
                        + QStringLiteral("/metrics/rmse"),
                    "1721476991167 nan 0\n");

    const ImportBatch batch
        = mapMlflowStore(readMlflowStore(temp.path(), ImportLimits{}), wineTarget());
    CHECK(batch.evaluations.size() == 2);
    CHECK(batch.warnings
          == QStringList{QStringLiteral("mlflow:run/") + kWineRun
                         + QStringLiteral("/metrics/rmse is nan, not a finite number; not "
                                          "imported")});
}

TEST_CASE("An MLflow 2 registry version with a runs:/ source hashes the run's model folder",
          "[importers][mlflow]")
{
    QTemporaryDir temp;
    const QString root = temp.path() + QStringLiteral("/mlruns");
    Test::copyTree(Test::mlflow2SampleRoot(), root);
    Test::writeFile(root + QStringLiteral("/models/Wine Quality/meta.yaml"),
                    "creation_timestamp: 1721476993000\ndescription: Red wine quality\n"
                    "last_updated_timestamp: 1721476993000\nname: Wine Quality\n");
    Test::writeFile(root + QStringLiteral("/models/Wine Quality/version-3/meta.yaml"),
                    "creation_timestamp: 1721476993500\ncurrent_stage: Production\n"
                    "description: ''\nlast_updated_timestamp: 1721476993500\n"
                    "name: Wine Quality\nrun_id: 1f102c0e268c4dd58c8f8d98b28488da\n"
                    "run_link: ''\nsource: runs:/1f102c0e268c4dd58c8f8d98b28488da/"
                    "sklearn_log_model\nstatus: READY\nstatus_message: null\n"
                    "storage_location: runs:/1f102c0e268c4dd58c8f8d98b28488da/"
                    "sklearn_log_model\nuser_id: null\nversion: 3\n");

    const MlflowStore store = readMlflowStore(root, ImportLimits{});
    REQUIRE(store.registeredModels.size() == 1);
    CHECK(store.registeredModels[0].versions.at(0).localArtifactPath
          == root + QStringLiteral("/308242617329116441/") + kWineRun
              + QStringLiteral("/artifacts/sklearn_log_model"));

    const ImportBatch batch = mapMlflowStore(store, MlflowMappingOptions{});
    REQUIRE(batch.versions.size() == 1);
    CHECK(batch.models.at(0).model.name == QStringLiteral("wine-quality"));
    CHECK(batch.models.at(0).model.description == QStringLiteral("Red wine quality"));
    CHECK(batch.versions[0].key.label() == QStringLiteral("wine-quality@3.0.0"));
    CHECK(batch.versions[0].version.stage == Stage::Staging);
    CHECK(batch.versions[0].version.artifactUri
          == QStringLiteral("runs:/") + kWineRun + QStringLiteral("/sklearn_log_model"));
    CHECK(batch.versions[0].version.artifactSha256
          == Test::shellFolderSha256(Test::mlflow2SampleRunDir()
                                     + QStringLiteral("/artifacts/sklearn_log_model")));
    CHECK(batch.evaluations.size() == 3);
    CHECK(batch.warnings
          == QStringList{QStringLiteral("MLflow marks Wine Quality version 3 as Production; "
                                        "Quorum records 3.0.0 as staging: production needs a "
                                        "signed release request")});
}

TEST_CASE("An experiment filter keeps only that experiment's versions and runs",
          "[importers][mlflow]")
{
    const MlflowStore store = readMlflowStore(Test::mlflow3FixtureDir(), ImportLimits{});
    MlflowMappingOptions options;
    options.experiment = QStringLiteral("Default");
    ImportBatch batch = mapMlflowStore(store, options);
    CHECK(batch.models.empty());
    CHECK(batch.versions.empty());
    CHECK(batch.warnings.isEmpty());

    options.experiment = kIris;
    batch = mapMlflowStore(store, options);
    CHECK(batch.models.size() == 1);
    CHECK(batch.versions.size() == 1);
    CHECK(batch.evaluations.size() == 2);
}

TEST_CASE("A quorum.version tag that is no semantic version is reported", "[importers][mlflow]")
{
    QTemporaryDir temp;
    Test::copyTree(Test::mlflow3FixtureDir(), temp.path());
    Test::writeFile(temp.path()
                        + QStringLiteral("/mlruns/models/logistic_regression/version-1/tags/"
                                         "quorum.version"),
                    "release-7");

    const ImportBatch batch
        = mapMlflowStore(readMlflowStore(temp.path(), ImportLimits{}), MlflowMappingOptions{});
    CHECK(batch.versions.at(0).key.version == QStringLiteral("1.0.0"));
    CHECK(batch.warnings.contains(
        QStringLiteral("logistic_regression version 1: the quorum.version tag \"release-7\" is "
                       "not MAJOR.MINOR.PATCH; the version is imported as 1.0.0")));
}
