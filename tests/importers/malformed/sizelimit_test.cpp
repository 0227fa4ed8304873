// SPDX-License-Identifier: GPL-3.0-or-later
// The caps of ImportLimits: size limits refuse a file before it is parsed (TooLarge, naming
// the file and the limit) unless lifted (--force); structure caps hold even then.
#include "importers/cards/hfcard.h"
#include "importers/cards/mctcard.h"
#include "importers/evaluationfile/evaluationfile.h"
#include "importers/evidently/evidentlyreport.h"
#include "importers/mlflow/mlflowreader.h"
#include "importers/source/importerror.h"
#include "importers/source/jsontree.h"
#include "importers/source/sourcetext.h"
#include "importers/source/yamltree.h"
#include "mlflowsandbox.h"
#include "tempdatabase.h"

#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

ImportLimits lifted(ImportLimits limits)
{
    limits.sizeLimit = SizeLimit::Lifted;
    return limits;
}

template<typename Call>
std::optional<ImportError> refusal(Call call)
{
    try {
        call();
    } catch (const ImportError &e) {
        return e;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("A file over the size limit is refused before reading unless the limit is lifted",
          "[importers][malformed]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("evaluation.json"));
    Test::writeFile(path, QByteArray(200, ' ') + "{}");
    ImportLimits limits;
    limits.maxDocumentBytes = 100;

    const auto error = refusal([&] { readImportFile(path, limits.maxDocumentBytes, limits); });
    REQUIRE(error);
    INFO(error->message().toStdString());
    CHECK(error->kind() == ImportErrorKind::TooLarge);
    CHECK(error->message().startsWith(path + QStringLiteral(": ")));
    CHECK(error->message().contains(QStringLiteral("202 bytes, over the limit of 100 bytes")));

    const QByteArray bytes = readImportFile(path, limits.maxDocumentBytes, lifted(limits));
    CHECK(bytes.size() == 202);
    CHECK(parseJsonDocument(bytes, path, lifted(limits)).toObject().isEmpty());
}

TEST_CASE("Every document parser refuses bytes over the document limit unless it is lifted",
          "[importers][malformed]")
{
    ImportLimits limits;
    limits.maxDocumentBytes = 50;
    const QByteArray report
        = "{\"metrics\": [{\"metric\": \"ColumnDriftMetric\", \"result\": {\"column_name\": "
          "\"age\", \"stattest_name\": \"PSI\", \"stattest_threshold\": 0.1, \"drift_score\": "
          "0.3}}]}";
    const QByteArray evaluations = "metric,value,split\naccuracy,0.91,test\nf1,0.88,test\n";
    const QByteArray card = "---\nlicense: apache-2.0\nlanguage: en\n---\n# Emotion classifier\n";
    const QByteArray mct
        = "{\"schema_version\": \"0.0.2\", \"model_details\": {\"name\": \"credit-scoring\"}}";

    const auto tooLarge = [&](const std::optional<ImportError> &error, const QString &file) {
        REQUIRE(error);
        INFO(error->message().toStdString());
        CHECK(error->kind() == ImportErrorKind::TooLarge);
        CHECK(error->message().startsWith(file + QStringLiteral(": ")));
        CHECK(error->message().contains(QStringLiteral("50 bytes")));
    };
    tooLarge(refusal([&] { parseEvidentlyReport(report, QStringLiteral("r.json"), limits); }),
             QStringLiteral("r.json"));
    tooLarge(refusal([&] { parseEvaluationFile(evaluations, QStringLiteral("e.csv"), limits); }),
             QStringLiteral("e.csv"));
    tooLarge(refusal([&] { parseHfCard(card, QStringLiteral("README.md"), limits); }),
             QStringLiteral("README.md"));
    tooLarge(refusal([&] { parseMctCard(mct, QStringLiteral("card.json"), limits); }),
             QStringLiteral("card.json"));

    const ImportLimits force = lifted(limits);
    CHECK(parseEvidentlyReport(report, QStringLiteral("r.json"), force).columns.size() == 1);
    CHECK(parseEvaluationFile(evaluations, QStringLiteral("e.csv"), force).evaluations.size() == 2);
    CHECK(parseHfCard(card, QStringLiteral("README.md"), force).title
          == QStringLiteral("Emotion classifier"));
    CHECK(parseMctCard(mct, QStringLiteral("card.json"), force).modelName
          == QStringLiteral("credit-scoring"));
}

TEST_CASE("A card's front matter over the YAML limit is refused naming where it starts",
          "[importers][malformed]")
{
    const QByteArray card
        = "---\nlicense: mit\ndescription: " + QByteArray(200, 'x') + "\n---\n# Card\n";
    ImportLimits limits;
    limits.maxYamlBytes = 64;

    const auto error = refusal([&] { parseHfCard(card, QStringLiteral("README.md"), limits); });
    REQUIRE(error);
    INFO(error->message().toStdString());
    CHECK(error->kind() == ImportErrorKind::TooLarge);
    CHECK(error->message().startsWith(QStringLiteral("README.md: line 1: ")));
    CHECK(error->message().contains(QStringLiteral("over the limit of 64 bytes")));

    CHECK(parseHfCard(card, QStringLiteral("README.md"), lifted(limits)).license
          == QStringLiteral("mit"));
}

TEST_CASE("An MLflow meta.yaml over the YAML limit stops the store's import, naming it",
          "[importers][malformed]")
{
    Fuzz::MlflowSandbox store;
    const QString meta = store.put(
        "artifact_location: file:///tmp/mlruns/7\nexperiment_id: '7'\nlifecycle_stage: active\n"
        "name: Iris-Classification\n# "
        + QByteArray(600, '-') + "\n");
    ImportLimits limits;
    limits.maxYamlBytes = 512;

    const auto error = refusal([&] { readMlflowStore(store.root(), limits); });
    REQUIRE(error);
    INFO(error->message().toStdString());
    CHECK(error->kind() == ImportErrorKind::TooLarge);
    CHECK(error->message().contains(QStringLiteral("7/meta.yaml: ")));
    CHECK(meta.endsWith(QStringLiteral("7/meta.yaml")));
    CHECK(error->message().contains(QStringLiteral("512 bytes")));

    const MlflowStore read = readMlflowStore(store.root(), lifted(limits));
    const MlflowExperiment *experiment = read.findExperiment(QStringLiteral("7"));
    REQUIRE(experiment);
    CHECK(experiment->name == QStringLiteral("Iris-Classification"));
    CHECK(experiment->runs.size() == 1);
}

TEST_CASE("Structure caps hold even when size limits are lifted", "[importers][malformed]")
{
    ImportLimits limits;
    limits.maxNodes = 10;
    limits.maxDepth = 3;
    limits.sizeLimit = SizeLimit::Lifted;
    const QString file = QStringLiteral("big.json");

    auto error = refusal([&] { parseJsonDocument("[1,2,3,4,5,6,7,8,9,10,11,12]", file, limits); });
    REQUIRE(error);
    CHECK(error->kind() == ImportErrorKind::TooLarge);
    CHECK(error->message().contains(QStringLiteral("more than 10 values")));

    error = refusal([&] { parseYamlDocument("a:\n  b:\n    c:\n      d: 1\n", file, limits); });
    REQUIRE(error);
    INFO(error->message().toStdString());
    CHECK(error->kind() == ImportErrorKind::Malformed);
    CHECK(error->message().startsWith(file + QStringLiteral(": line 4, column 7: ")));
    CHECK(error->message().contains(QStringLiteral("nested deeper than 3 levels")));
}
