// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/mlflow/mlflowreader.h"
#include "importers/source/importerror.h"
#include "mlflowtesttree.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch_test_macros.hpp>

#include <algorithm>

using namespace Quorum;

namespace {

QDateTime utcMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

bool skippedWith(const MlflowStore &store, const QString &pathEnd, const QString &reason)
{
    return std::any_of(store.skipped.begin(), store.skipped.end(), [&](const MlflowSkipped &s) {
        return s.path.endsWith(pathEnd) && s.reason == reason;
    });
}

const QString kIris = QStringLiteral("744527609198417912");
const QString kModelRun = QStringLiteral("61fce82b80e24d2183d253760b881d52");
const QString kBestRun = QStringLiteral("12edd517e43d42baa990309123e9338d");
const QString kLoggedModel = QStringLiteral("m-80e6c6a1778642bca45ec282119e2598");

} // namespace

TEST_CASE("The real MLflow 2 sample reads as two experiments and one run", "[importers][mlflow]")
{
    const MlflowStore store = readMlflowStore(Test::mlflow2SampleRoot(), ImportLimits{});

    REQUIRE(store.experiments.size() == 2);
    CHECK(store.experiments[0].experimentId == QStringLiteral("0"));
    CHECK(store.experiments[0].name == QStringLiteral("Default"));
    CHECK(store.experiments[0].runs.empty());
    const MlflowExperiment &experiment = store.experiments[1];
    CHECK(experiment.experimentId == QStringLiteral("308242617329116441"));
    CHECK(experiment.name == QStringLiteral("experiment_name"));
    CHECK(experiment.creationTime == utcMs(1721476991074));
    CHECK(store.registeredModels.empty());
    CHECK(store.skipped.empty());

    REQUIRE(experiment.runs.size() == 1);
    const MlflowRun &run = experiment.runs[0];
    CHECK(run.runId == QStringLiteral("1f102c0e268c4dd58c8f8d98b28488da"));
    CHECK(run.name == QStringLiteral("capricious-snipe-0"));
    CHECK(run.userId == QStringLiteral("ashishuniyal"));
    CHECK(run.status == 3);
    CHECK(run.startTime == utcMs(1721476991153));
    CHECK(run.endTime == utcMs(1721476992451));
    CHECK(store.findRun(run.runId) == &run);
}

TEST_CASE("The MLflow 2 sample's metrics and params lose the trailing spaces of their file names",
          "[importers][mlflow]")
{
    const MlflowStore store = readMlflowStore(Test::mlflow2SampleRoot(), ImportLimits{});
    const MlflowRun &run = store.experiments.at(1).runs.at(0);

    // Values as written in metrics/mae␠␠, metrics/r2␠␠ and metrics/rmse.
    REQUIRE(run.metrics.size() == 3);
    CHECK(run.metrics[0].key == QStringLiteral("mae"));
    CHECK(run.metrics[0].value == 0.6661102694838198);
    CHECK(run.metrics[0].timestamp == utcMs(1721476991168));
    CHECK(run.metrics[0].step == 0);
    CHECK(run.metrics[0].lines == 1);
    CHECK(run.metrics[1].key == QStringLiteral("r2"));
    CHECK(run.metrics[1].value == 0.02062688653328315);
    CHECK(run.metrics[2].key == QStringLiteral("rmse"));
    CHECK(run.metrics[2].value == 0.8313946470581659);
    CHECK(run.metrics[2].timestamp == utcMs(1721476991167));

    // params/alpha␠␠ and params/l1_ratio␠ both hold "0.8".
    CHECK(run.params.keys() == QStringList{QStringLiteral("alpha"), QStringLiteral("l1_ratio")});
    CHECK(run.params.value(QStringLiteral("alpha")) == QStringLiteral("0.8"));
    CHECK(run.params.value(QStringLiteral("l1_ratio")) == QStringLiteral("0.8"));

    CHECK(run.tags.size() == 6);
    CHECK(run.tags.value(QStringLiteral("mlflow.runName")) == QStringLiteral("capricious-snipe-0"));
    CHECK(run.tags.value(QStringLiteral("mlflow.source.git.commit"))
          == QStringLiteral("976ae7ff258dc6d494a1853e3ad04f06f393a538"));
    CHECK(run.tags.value(QStringLiteral("mlflow.source.type")) == QStringLiteral("LOCAL"));
}

TEST_CASE("An artifact URI from another machine resolves to the store's own artifacts folder",
          "[importers][mlflow]")
{
    const MlflowStore store = readMlflowStore(Test::mlflow2SampleRoot(), ImportLimits{});
    const MlflowRun &run = store.experiments.at(1).runs.at(0);

    CHECK(run.artifactUri
          == QStringLiteral("file:///Users/ashishuniyal/Downloads/ml-flow/mlruns/"
                            "308242617329116441/1f102c0e268c4dd58c8f8d98b28488da/artifacts"));
    CHECK(run.localArtifactDir
          == QDir::cleanPath(Test::mlflow2SampleRunDir() + QStringLiteral("/artifacts")));
    CHECK(run.runDir == QDir::cleanPath(Test::mlflow2SampleRunDir()));
}

TEST_CASE("The MLflow 3 fixture's registry gives the live version with its alias",
          "[importers][mlflow]")
{
    const MlflowStore store = readMlflowStore(Test::mlflow3FixtureDir(), ImportLimits{});

    CHECK(store.root == QDir::cleanPath(Test::mlflow3FixtureDir() + QStringLiteral("/mlruns")));
    REQUIRE(store.registeredModels.size() == 1);
    const MlflowRegisteredModel &model = store.registeredModels[0];
    CHECK(model.name == QStringLiteral("logistic_regression"));
    CHECK(model.creationTime == utcMs(1754216714998));
    CHECK(model.aliases.size() == 1);
    CHECK(model.aliases.value(QStringLiteral("production")) == 1);

    REQUIRE(model.versions.size() == 1); // version-2 is Deleted_Internal
    const MlflowModelVersion &version = model.versions[0];
    CHECK(version.version == 1);
    CHECK(version.currentStage == QStringLiteral("None"));
    CHECK(version.aliases == QStringList{QStringLiteral("production")});
    CHECK(version.runId == kModelRun);
    CHECK(version.modelId == kLoggedModel);
    CHECK(version.source == QStringLiteral("models:/") + kLoggedModel);
    CHECK(version.status == QStringLiteral("READY"));
    CHECK(version.creationTime == utcMs(1754216715198));
    CHECK(version.localArtifactPath
          == QDir::cleanPath(Test::mlflow3FixtureDir() + QStringLiteral("/mlartifacts/") + kIris
                             + QStringLiteral("/models/") + kLoggedModel
                             + QStringLiteral("/artifacts")));
    CHECK(skippedWith(store, QStringLiteral("logistic_regression/version-2"),
                      QStringLiteral("deleted model version")));
}

TEST_CASE("The MLflow 3 fixture hides the deleted experiment and run", "[importers][mlflow]")
{
    const MlflowStore store = readMlflowStore(Test::mlflow3FixtureDir(), ImportLimits{});

    REQUIRE(store.experiments.size() == 2);
    CHECK(store.experiments[0].name == QStringLiteral("Default"));
    CHECK(store.experiments[1].name == QStringLiteral("Iris-Classification"));
    CHECK(store.findExperiment(QStringLiteral("iris-classification")) == &store.experiments[1]);
    CHECK(store.findExperiment(kIris) == &store.experiments[1]);
    CHECK(store.findExperiment(QStringLiteral("Old-Iris-Trial")) == nullptr);
    CHECK(skippedWith(store, QStringLiteral(".trash/555555555555555555"),
                      QStringLiteral("deleted experiment")));

    const MlflowExperiment &iris = store.experiments[1];
    REQUIRE(iris.runs.size() == 2); // sorted by start time; the deleted third run is hidden
    CHECK(iris.runs[0].runId == kModelRun);
    CHECK(iris.runs[1].runId == kBestRun);
    CHECK(iris.runs[1].name == QStringLiteral("best_model_saved"));
    CHECK(iris.runs[1].userId == QStringLiteral("91948"));
    CHECK(iris.runs[1].localArtifactDir.isEmpty()); // mlartifacts/ holds no run artifacts
    CHECK(skippedWith(store, QStringLiteral("c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8"),
                      QStringLiteral("deleted run")));
    CHECK(store.skipped.size() == 3);
}

TEST_CASE("Duplicated metric lines of MLflow 3 give the latest value by step, then time",
          "[importers][mlflow]")
{
    const MlflowStore store = readMlflowStore(Test::mlflow3FixtureDir(), ImportLimits{});

    const MlflowRun *best = store.findRun(kBestRun);
    REQUIRE(best != nullptr);
    REQUIRE(best->metrics.size() == 1);
    CHECK(best->metrics[0].value == 0.978494623655914); // the later of two timestamps
    CHECK(best->metrics[0].timestamp == utcMs(1754216715736));
    CHECK(best->metrics[0].lines == 4);

    const MlflowRun *modelRun = store.findRun(kModelRun);
    REQUIRE(modelRun != nullptr);
    REQUIRE(modelRun->metrics.size() == 2);
    CHECK(modelRun->metrics[1].key == QStringLiteral("f1_score"));
    CHECK(modelRun->metrics[1].value == 0.97); // step 1 beats a later line at step 0
    CHECK(modelRun->metrics[1].step == 1);
    CHECK(modelRun->metrics[1].lines == 6);
    CHECK(modelRun->params.value(QStringLiteral("model/penalty")) == QStringLiteral("l2"));
    CHECK(modelRun->params.size() == 3);
}

TEST_CASE("An MLflow 3 logged model reads with its 4-field metric lines", "[importers][mlflow]")
{
    const MlflowStore store = readMlflowStore(Test::mlflow3FixtureDir(), ImportLimits{});

    const MlflowLoggedModel *model = store.findLoggedModel(kLoggedModel);
    REQUIRE(model != nullptr);
    CHECK(model->experimentId == kIris);
    CHECK(model->name == QStringLiteral("model"));
    CHECK(model->sourceRunId == kModelRun);
    REQUIRE(model->metrics.size() == 1);
    CHECK(model->metrics[0].key == QStringLiteral("accuracy"));
    CHECK(model->metrics[0].value == 0.98);
    CHECK(model->metrics[0].lines == 2);
    CHECK(model->tags.value(QStringLiteral("mlflow.modelVersions"))
              .startsWith(QStringLiteral("[{\"name\": \"logistic_regression\"")));
    CHECK(model->localArtifactDir.endsWith(QStringLiteral("/mlartifacts/") + kIris
                                           + QStringLiteral("/models/") + kLoggedModel
                                           + QStringLiteral("/artifacts")));
}

TEST_CASE("Reading reports each folder and stops when cancelled", "[importers][mlflow]")
{
    QStringList folders;
    readMlflowStore(Test::mlflow3FixtureDir(), ImportLimits{}, nullptr,
                    [&](const QString &folder) { folders.append(folder); });
    CHECK(folders.contains(QDir::cleanPath(
        Test::mlflow3FixtureDir() + QStringLiteral("/mlruns/models/logistic_regression"))));
    CHECK(std::any_of(folders.begin(), folders.end(),
                      [](const QString &f) { return f.endsWith(kBestRun); }));

    std::atomic_bool cancel{true};
    try {
        readMlflowStore(Test::mlflow3FixtureDir(), ImportLimits{}, &cancel);
        FAIL("a cancelled read must throw");
    } catch (const ImportError &error) {
        CHECK(error.kind() == ImportErrorKind::Cancelled);
    }
}

TEST_CASE("An experiment id written as a YAML number is read as text", "[importers][mlflow]")
{
    QTemporaryDir temp;
    const QString root = temp.path() + QStringLiteral("/mlruns");
    Test::copyTree(Test::mlflow2SampleRoot(), root);
    Test::writeFile(root + QStringLiteral("/0/meta.yaml"),
                    "artifact_location: file:///tmp/mlruns/0\nexperiment_id: 0\n"
                    "lifecycle_stage: active\nname: Default\n");

    const MlflowStore store = readMlflowStore(temp.path(), ImportLimits{});
    REQUIRE(store.experiments.size() == 2);
    CHECK(store.experiments[0].experimentId == QStringLiteral("0"));
    CHECK_FALSE(store.experiments[0].creationTime.isValid());
}

TEST_CASE("A missing store folder is refused naming it", "[importers][mlflow]")
{
    QTemporaryDir temp;
    const QString missing = temp.path() + QStringLiteral("/no-such-mlruns");
    try {
        readMlflowStore(missing, ImportLimits{});
        FAIL("a missing folder must throw");
    } catch (const ImportError &error) {
        CHECK(error.kind() == ImportErrorKind::NotFound);
        CHECK(error.message() == missing + QStringLiteral(": no such folder"));
    }
}

TEST_CASE("An experiment whose meta.yaml names another id is passed over, as MLflow does",
          "[importers][mlflow]")
{
    QTemporaryDir temp;
    const QString root = temp.path() + QStringLiteral("/mlruns");
    Test::copyTree(Test::mlflow2SampleRoot(), root);
    Test::writeFile(root + QStringLiteral("/308242617329116441/meta.yaml"),
                    "experiment_id: '1'\nlifecycle_stage: active\nname: moved\n");

    const MlflowStore store = readMlflowStore(root, ImportLimits{});
    REQUIRE(store.experiments.size() == 1);
    CHECK(store.experiments[0].name == QStringLiteral("Default"));
    REQUIRE(store.skipped.size() == 1);
    CHECK(store.skipped[0].path == root + QStringLiteral("/308242617329116441"));
    CHECK(store.skipped[0].reason
          == QStringLiteral("experiment_id \"1\" in meta.yaml is not the folder's name"));
}
