// SPDX-License-Identifier: GPL-3.0-or-later
// Bad files inside an otherwise valid MLflow store: the whole read is refused with an error
// naming the bad file and the line or key, never a partial store.
#include "importers/mlflow/mlflowreader.h"
#include "importers/source/importerror.h"
#include "mlflowsandbox.h"

#include <QElapsedTimer>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace Quorum;

namespace {

struct StoreCase
{
    QByteArray bytes; ///< replaces the file of the store it fits (see MlflowSandbox)
    QString file;     ///< the end of that file's path
    ImportErrorKind kind;
    QStringList fragments;
};

} // namespace

TEST_CASE("A bad file in an MLflow store is named with its line or key", "[importers][malformed]")
{
    const QString runMeta = QStringLiteral("/7/0123456789abcdef0123456789abcdef/meta.yaml");
    const StoreCase c = GENERATE_COPY(
        StoreCase{"run_id: 0123456789abcdef0123456789abcdef\nexperiment_id: '7'\n"
                  "tags: [a, b\n",
                  runMeta,
                  ImportErrorKind::Malformed,
                  {QStringLiteral("line "), QStringLiteral("expected valid YAML")}},
        StoreCase{"run_id: 0123456789abcdef0123456789abcdef\nexperiment_id: '7'\n"
                  "start_time: yesterday\n",
                  runMeta,
                  ImportErrorKind::Invalid,
                  {QStringLiteral("start_time: "), QStringLiteral("expected a number"),
                   QStringLiteral("\"yesterday\"")}},
        StoreCase{"run_id: 0123456789abcdef0123456789abcdef\nexperiment_id: '7'\nstatus: done\n",
                  runMeta,
                  ImportErrorKind::Invalid,
                  {QStringLiteral("status: "), QStringLiteral("expected a run status 1 to 5")}},
        StoreCase{"experiment_id: '7'\nname: Iris\nlifecycle_stage: archived\n",
                  QStringLiteral("/7/meta.yaml"),
                  ImportErrorKind::Invalid,
                  {QStringLiteral("lifecycle_stage: "),
                   QStringLiteral("expected \"active\" or \"deleted\", found \"archived\"")}},
        StoreCase{"1754216715546 0.98 0\n1754216715546 0.98\n1754216715546 0,97 1\n",
                  QStringLiteral("/metrics/accuracy"),
                  ImportErrorKind::Malformed,
                  {QStringLiteral(": line 3: "), QStringLiteral("value \"0,97\"")}},
        StoreCase{"name: clf\naliases: &all {production: '1'}\n",
                  QStringLiteral("/models/clf/meta.yaml"),
                  ImportErrorKind::Malformed,
                  {QStringLiteral(": line 2, column"),
                   QStringLiteral("YAML anchors (&name) are not accepted")}},
        StoreCase{"experiment_id: '7'\nname: \"Iris\xC0\xAF\"\n",
                  QStringLiteral("/7/meta.yaml"),
                  ImportErrorKind::Malformed,
                  {QStringLiteral(": line 2, column 12: "),
                   QStringLiteral("invalid UTF-8 (byte 0xC0)")}});

    Fuzz::MlflowSandbox store;
    const QString path = store.put(c.bytes);
    REQUIRE(path.endsWith(c.file));
    std::optional<ImportError> error;
    try {
        readMlflowStore(store.root(), ImportLimits{});
    } catch (const ImportError &e) {
        error = e;
    }
    REQUIRE(error);
    INFO(error->message().toStdString());
    CHECK(error->kind() == c.kind);
    CHECK(error->message().contains(c.file + QStringLiteral(": ")));
    for (const QString &fragment : c.fragments) {
        CHECK(error->message().contains(fragment));
    }
}

TEST_CASE("The MLflow sandbox store itself reads cleanly", "[importers][malformed]")
{
    // The cases above change one file of it; with none changed, nothing is refused.
    Fuzz::MlflowSandbox store;
    const MlflowStore read = readMlflowStore(store.root(), ImportLimits{});
    REQUIRE(read.experiments.size() == 2);
    const MlflowRun *run = read.findRun(QStringLiteral("0123456789abcdef0123456789abcdef"));
    REQUIRE(run);
    REQUIRE(run->metrics.size() == 1);
    CHECK(run->metrics.front().value == 0.978494623655914); // the line with the greatest step
    CHECK(run->params.value(QStringLiteral("alpha")) == QStringLiteral("0.5"));
    REQUIRE(read.registeredModels.size() == 1);
    CHECK(read.registeredModels.front().aliases.value(QStringLiteral("production")) == 1);
    CHECK(read.findLoggedModel(QStringLiteral("m-80e6c6a1778642bca45ec282119e2598")));
}
