// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/apply/importapplier.h"
#include "importers/apply/importrequest.h"
#include "importers/source/importerror.h"
#include "importfixture.h"

#include <QCryptographicHash>
#include <QDir>

#include <catch2/catch_test_macros.hpp>

#include <algorithm>

using namespace Quorum;
using namespace Quorum::Test;

namespace {

const QString kSharedData = QStringLiteral(QUORUM_SHARED_DATA_DIR);
const Actor kImporter = Actor::program(QStringLiteral("importer-test"));

ImportRequest requestFor(ImportKind kind, const QString &path)
{
    ImportRequest request;
    request.kind = kind;
    request.path = path;
    request.target = fraudKey();
    return request;
}

ImportError loadErrorOf(Database &db, const ImportRequest &request,
                        const std::atomic_bool *cancel = nullptr)
{
    try {
        loadImport(db, request, cancel);
    } catch (const ImportError &error) {
        return error;
    }
    FAIL("loadImport accepted a request it should refuse");
    return ImportError(ImportErrorKind::Target, {}, {}, {});
}

QString sha256Of(const QString &path)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex());
}

} // namespace

TEST_CASE("Import kinds have stable keys and labels", "[importers][apply]")
{
    const std::vector<std::pair<ImportKind, QString>> kinds{
        {ImportKind::Mlflow, QStringLiteral("mlflow")},
        {ImportKind::ModelCard, QStringLiteral("model-card")},
        {ImportKind::HfCard, QStringLiteral("hf-card")},
        {ImportKind::Evidently, QStringLiteral("evidently")},
        {ImportKind::Evaluation, QStringLiteral("evaluation")}};
    for (const auto &[kind, key] : kinds) {
        CHECK(importKindKey(kind) == key);
        CHECK(importKindFromKey(key) == kind);
        CHECK_FALSE(importKindLabel(kind).isEmpty());
    }
    CHECK(importKindFromKey(u"HF-Card") == ImportKind::HfCard);
    CHECK_FALSE(importKindFromKey(u"csv").has_value());
    CHECK(importKindLabel(ImportKind::Mlflow) == QStringLiteral("MLflow file store"));
}

TEST_CASE("A file import without a target version is refused before the file is read",
          "[importers][apply]")
{
    ImportFixture fixture;
    for (ImportKind kind : {ImportKind::ModelCard, ImportKind::HfCard, ImportKind::Evidently,
                            ImportKind::Evaluation}) {
        ImportRequest request = requestFor(kind, QStringLiteral("/nowhere/input.json"));
        request.target.reset();
        const ImportError error = loadErrorOf(fixture.db(), request);
        CHECK(error.kind() == ImportErrorKind::Target);
        CHECK(error.file() == QStringLiteral("/nowhere/input.json"));
        CHECK(error.problem().endsWith(QStringLiteral("give --model and --version")));
    }
}

TEST_CASE("A missing file is refused, naming it", "[importers][apply]")
{
    ImportFixture fixture;
    const QString path = fixture.temp().filePath(QStringLiteral("missing.csv"));
    const ImportError error = loadErrorOf(fixture.db(), requestFor(ImportKind::Evaluation, path));
    CHECK(error.kind() == ImportErrorKind::NotFound);
    CHECK(error.file() == path);
}

TEST_CASE("A load cancelled before it starts reads nothing", "[importers][apply]")
{
    ImportFixture fixture;
    const std::atomic_bool cancel = true;
    const QString path = kSharedData + QStringLiteral("/drift/DrHazza_data_drift_report.json");
    const ImportError error
        = loadErrorOf(fixture.db(), requestFor(ImportKind::Evidently, path), &cancel);
    CHECK(error.kind() == ImportErrorKind::Cancelled);
}

TEST_CASE("The real Evidently report loads as 15 drift observations and imports once",
          "[importers][apply][load]")
{
    ImportFixture fixture;
    const QString path = kSharedData + QStringLiteral("/drift/DrHazza_data_drift_report.json");
    std::vector<QString> progress;
    const ImportBatch batch
        = loadImport(fixture.db(), requestFor(ImportKind::Evidently, path), nullptr,
                     [&](const QString &what) { progress.push_back(what); });

    CHECK(batch.kind == QStringLiteral("evidently"));
    CHECK(batch.source == path);
    CHECK(batch.sourceSha256 == sha256Of(path));
    CHECK_FALSE(progress.empty());
    REQUIRE(batch.drift.size() == 15); // FORMAT.md: DataDriftTable over 15 columns
    CHECK(std::all_of(batch.drift.begin(), batch.drift.end(),
                      [](const auto &item) { return item.key == fraudKey(); }));
    // The report's own verdict: number_of_drifted_columns 6.
    CHECK(std::count_if(batch.drift.begin(), batch.drift.end(),
                        [](const auto &item) { return item.item.status == DriftStatus::Drift; })
          == 6);

    CHECK(applyImport(fixture.db(), batch, kImporter).newCount() == 15);
    CHECK(fixture.rows(QStringLiteral("drift_observations")) == 15);
    const ImportBatch again = loadImport(fixture.db(), requestFor(ImportKind::Evidently, path));
    CHECK_FALSE(applyImport(fixture.db(), again, kImporter).changesSomething());
    CHECK(fixture.rows(QStringLiteral("drift_observations")) == 15);
}

TEST_CASE("The real Model Card Toolkit card loads as one card revision", "[importers][apply][load]")
{
    ImportFixture fixture;
    const QString path = kSharedData + QStringLiteral("/modelcards/model-card-toolkit/full.json");
    const ImportBatch batch = loadImport(fixture.db(), requestFor(ImportKind::ModelCard, path));
    CHECK(batch.kind == QStringLiteral("model-card"));
    CHECK(batch.sourceSha256 == sha256Of(path));
    REQUIRE(batch.cards.size() == 1);
    CHECK(batch.cards.front().key == fraudKey());

    applyImport(fixture.db(), batch, kImporter);
    const ImportBatch again = loadImport(fixture.db(), requestFor(ImportKind::ModelCard, path));
    const ImportPlan plan = planImport(fixture.db(), again);
    CHECK(plan.count(ChangeKind::ModelCard, ChangeStatus::Unchanged) == 1);
    CHECK(fixture.rows(QStringLiteral("model_cards")) == 1);
}

TEST_CASE("An evaluation CSV loads into evaluations of the target version",
          "[importers][apply][load]")
{
    ImportFixture fixture;
    const QString path = fixture.temp().filePath(QStringLiteral("metrics.csv"));
    writeFile(path, "metric,value,split\naccuracy,0.9125,test\nf1,0.875,validation\n");
    const ImportBatch batch = loadImport(fixture.db(), requestFor(ImportKind::Evaluation, path));

    CHECK(batch.kind == QStringLiteral("evaluation"));
    CHECK(batch.sourceSha256 == sha256Of(path));
    REQUIRE(batch.evaluations.size() == 2);
    CHECK(batch.evaluations[0].item.metric == QStringLiteral("accuracy"));
    CHECK(batch.evaluations[0].item.value == 0.9125);
    CHECK(batch.evaluations[1].item.split == QStringLiteral("validation"));
    CHECK(applyImport(fixture.db(), batch, kImporter).newCount() == 2);
}

TEST_CASE("A Hugging Face card loads its percent-scale results as evaluations",
          "[importers][apply][load]")
{
    ImportFixture fixture;
    const QString path = fixture.temp().filePath(QStringLiteral("README.md"));
    writeFile(path,
              "---\n"
              "license: apache-2.0\n"
              "model-index:\n"
              "- name: fraud-detection\n"
              "  results:\n"
              "  - task: {type: text-classification}\n"
              "    dataset: {type: emotion, name: Emotion, split: test}\n"
              "    metrics:\n"
              "    - {type: accuracy, value: 94.1}\n"
              "---\n"
              "# Fraud detection\n\nFlags card payments.\n");
    const ImportBatch batch = loadImport(fixture.db(), requestFor(ImportKind::HfCard, path));

    CHECK(batch.kind == QStringLiteral("hf-card"));
    REQUIRE(batch.evaluations.size() == 1);
    CHECK(batch.evaluations[0].item.value == 0.941);
    CHECK(batch.cards.size() == 1);
}

TEST_CASE("A tracking-only MLflow store imports one run into the target version",
          "[importers][apply][load]")
{
    ImportFixture fixture;
    ImportRequest request
        = requestFor(ImportKind::Mlflow,
                     kSharedData + QStringLiteral("/mlflow/filestore_mlflow2_bertoxious/mlruns"));
    request.mlflow.runId = QStringLiteral("1f102c0e268c4dd58c8f8d98b28488da");
    const ImportBatch batch = loadImport(fixture.db(), request);

    CHECK(batch.kind == QStringLiteral("mlflow"));
    CHECK(batch.sourceSha256.isEmpty());
    // metrics/mae␠␠, metrics/r2␠␠, metrics/rmse: one line each.
    REQUIRE(batch.evaluations.size() == 3);
    std::map<QString, double> values;
    for (const auto &item : batch.evaluations) {
        CHECK(item.key == fraudKey());
        values[item.item.metric] = item.item.value;
    }
    CHECK(values[QStringLiteral("mae")] == 0.6661102694838198);
    CHECK(values[QStringLiteral("r2")] == 0.02062688653328315);
    CHECK(values[QStringLiteral("rmse")] == 0.8313946470581659);
}
