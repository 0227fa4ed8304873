// SPDX-License-Identifier: GPL-3.0-or-later
// The lineage graph of a model (datasets → versions → deployments) and its layered layout.
#include "lineage/lineagegraph.h"
#include "lineage/lineagelayout.h"
#include "lineage/lineagereader.h"
#include "rawsqlite.h"
#include "storage/datasetrepository.h"
#include "storage/modelrepository.h"
#include "storage/personrepository.h"
#include "storage/versionrepository.h"
#include "storage/writetransaction.h"
#include "tempdatabase.h"

#include <QSet>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

/// churn-raw → churn-curated → churn-train / churn-test; version 1.0.0 (development) trained
/// on churn-train and tested on churn-test; 1.1.0 derived from 1.0.0, trained on churn-train,
/// in production on a recorded target and URL.
struct LineageFixture
{
    Test::TempDatabase temp;
    qint64 modelId = 0;
    QHash<QString, qint64> dataset; // by kind: raw, curated, train, test
    qint64 first = 0;
    qint64 second = 0;

    LineageFixture()
    {
        Database &db = temp.db();
        WriteTransaction transaction(db);
        Person olga;
        olga.name = QStringLiteral("Olga Owner");
        olga.email = QStringLiteral("olga@example.org");
        const qint64 owner = PersonRepository(db).add(transaction, olga);
        Model model;
        model.name = QStringLiteral("churn");
        model.ownerId = owner;
        modelId = ModelRepository(db).add(transaction, model);
        const auto add = [&](const QString &kind, std::optional<qint64> parent) {
            Dataset d;
            d.name = QStringLiteral("churn-") + kind;
            d.version = QStringLiteral("2026.01");
            d.parentId = parent;
            dataset.insert(kind, DatasetRepository(db).add(transaction, d));
            return dataset.value(kind);
        };
        const qint64 curated = add(QStringLiteral("curated"), add(QStringLiteral("raw"), {}));
        add(QStringLiteral("train"), curated);
        add(QStringLiteral("test"), curated);
        first = addVersion(transaction, QStringLiteral("1.0.0"), Stage::Development, {},
                           {{dataset.value(QStringLiteral("train")), DatasetPurpose::Training},
                            {dataset.value(QStringLiteral("test")), DatasetPurpose::Test}});
        second = addVersion(transaction, QStringLiteral("1.1.0"), Stage::Production, first,
                            {{dataset.value(QStringLiteral("train")), DatasetPurpose::Training}},
                            QStringLiteral("k8s prod"), QStringLiteral("https://ml/churn"));
        transaction.commit();
    }

    qint64 addVersion(WriteTransaction &transaction, const QString &number, Stage stage,
                      std::optional<qint64> parent, std::vector<DatasetLink> links,
                      const QString &target = {}, const QString &url = {})
    {
        ModelVersion v;
        v.modelId = modelId;
        v.version = *SemanticVersion::parse(number);
        v.stage = stage;
        v.parentVersionId = parent;
        v.datasets = std::move(links);
        v.deploymentTarget = target;
        v.deploymentUrl = url;
        return VersionRepository(temp.db()).add(transaction, v);
    }
};

/// Dataset @p name, version "1", not stored.
Dataset namedDataset(qint64 id, const QString &name)
{
    Dataset d;
    d.id = id;
    d.name = name;
    d.version = QStringLiteral("1");
    return d;
}

QSet<QString> nodeNames(const LineageGraph &graph)
{
    QSet<QString> names;
    for (const LineageNode &n : graph.nodes) {
        names << n.name();
    }
    return names;
}

QSet<QString> edgeNames(const LineageGraph &graph)
{
    QSet<QString> edges;
    for (const LineageEdge &e : graph.edges) {
        edges << graph.nodes[size_t(e.from)].name() + QStringLiteral(" -> ")
                + graph.nodes[size_t(e.to)].name();
    }
    return edges;
}

int columnOf(const LineageGraph &graph, const LineageLayout &layout, const QString &name)
{
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        if (graph.nodes[i].name() == name) {
            return layout.placements[i].column;
        }
    }
    FAIL("no node named " << name.toStdString());
    return -1;
}

} // namespace

TEST_CASE_METHOD(LineageFixture, "The lineage of a model has its datasets, versions and deployment",
                 "[lineage]")
{
    const LineageGraph graph = readLineage(temp.db(), modelId);

    CHECK(nodeNames(graph)
          == QSet<QString>{
              QStringLiteral("churn-raw 2026.01"), QStringLiteral("churn-curated 2026.01"),
              QStringLiteral("churn-train 2026.01"), QStringLiteral("churn-test 2026.01"),
              QStringLiteral("1.0.0"), QStringLiteral("1.1.0"), QStringLiteral("k8s prod")});
    CHECK(graph.nodes.size() == 7);
    CHECK(edgeNames(graph)
          == QSet<QString>{
              QStringLiteral("churn-raw 2026.01 -> churn-curated 2026.01"),
              QStringLiteral("churn-curated 2026.01 -> churn-train 2026.01"),
              QStringLiteral("churn-curated 2026.01 -> churn-test 2026.01"),
              QStringLiteral("churn-train 2026.01 -> 1.0.0"),
              QStringLiteral("churn-test 2026.01 -> 1.0.0"),
              QStringLiteral("churn-train 2026.01 -> 1.1.0"),
              QStringLiteral("1.0.0 -> 1.1.0"),
              QStringLiteral("1.1.0 -> k8s prod"),
          });
    CHECK(graph.edges.size() == 8);
    CHECK(graph.notes.isEmpty());
    CHECK(graph.hasLineage());

    const LineageNode &deployment
        = graph.nodes[size_t(graph.indexOf(QStringLiteral("deployment:1")))];
    CHECK(deployment.deployment.url == QLatin1String("https://ml/churn"));
    CHECK(deployment.deployment.live);
}

TEST_CASE_METHOD(LineageFixture,
                 "Columns are dataset depths, then version depths, then deployments", "[lineage]")
{
    const LineageGraph graph = readLineage(temp.db(), modelId);
    const LineageLayout layout = layoutLineage(graph);

    // raw (depth 0), curated (1), train and test (2); 1.0.0 is a root version, 1.1.0 its child.
    CHECK(columnOf(graph, layout, QStringLiteral("churn-raw 2026.01")) == 0);
    CHECK(columnOf(graph, layout, QStringLiteral("churn-curated 2026.01")) == 1);
    CHECK(columnOf(graph, layout, QStringLiteral("churn-train 2026.01")) == 2);
    CHECK(columnOf(graph, layout, QStringLiteral("churn-test 2026.01")) == 2);
    CHECK(columnOf(graph, layout, QStringLiteral("1.0.0")) == 3);
    CHECK(columnOf(graph, layout, QStringLiteral("1.1.0")) == 4);
    CHECK(columnOf(graph, layout, QStringLiteral("k8s prod")) == 5);
    CHECK(layout.columnCount == 6);
}

TEST_CASE_METHOD(LineageFixture, "No two nodes of the layout overlap and every edge points right",
                 "[lineage]")
{
    const LineageGraph graph = readLineage(temp.db(), modelId);
    const LineageLayout layout = layoutLineage(graph);

    for (std::size_t i = 0; i < layout.placements.size(); ++i) {
        for (std::size_t j = i + 1; j < layout.placements.size(); ++j) {
            INFO(graph.nodes[i].name().toStdString()
                 << " / " << graph.nodes[j].name().toStdString());
            CHECK_FALSE(layout.placements[i].rect.intersects(layout.placements[j].rect));
        }
        CHECK(layout.bounds.contains(layout.placements[i].rect));
    }
    for (const LineageEdge &e : graph.edges) {
        CHECK(layout.placements[size_t(e.from)].rect.right()
              < layout.placements[size_t(e.to)].rect.left());
    }
    CHECK(countCrossings(graph, layout) == 0);
}

TEST_CASE("Ordering by barycenter removes a crossing that name order would draw", "[lineage]")
{
    // By name, alpha is above beta; by number, 1.0.0 above 2.0.0. alpha feeds 2.0.0 and beta
    // feeds 1.0.0, so the initial order crosses once; placing 2.0.0 beside alpha uncrosses it.
    LineageInput input;
    input.datasets.insert(1, namedDataset(1, QStringLiteral("alpha")));
    input.datasets.insert(2, namedDataset(2, QStringLiteral("beta")));
    ModelVersion one;
    one.id = 10;
    one.version = {1, 0, 0};
    one.datasets = {{2, DatasetPurpose::Training}};
    ModelVersion two;
    two.id = 11;
    two.version = {2, 0, 0};
    two.datasets = {{1, DatasetPurpose::Training}};
    input.versions = {one, two};

    const LineageGraph graph = buildLineageGraph(input);
    const LineageLayout layout = layoutLineage(graph);

    CHECK(countCrossings(graph, layout) == 0);
    const std::vector<int> versions = layout.column(1);
    REQUIRE(versions.size() == 2);
    CHECK(graph.nodes[size_t(versions[0])].name() == QLatin1String("2.0.0"));
    CHECK(graph.nodes[size_t(versions[1])].name() == QLatin1String("1.0.0"));
    CHECK(layoutLineage(graph).placements[size_t(versions[0])].rect
          == layout.placements[size_t(versions[0])].rect); // deterministic
}

TEST_CASE("Versions on one recorded deployment share its node; an unrecorded one gets its own",
          "[lineage]")
{
    LineageInput input;
    ModelVersion old;
    old.id = 1;
    old.version = {1, 0, 0};
    old.stage = Stage::Deprecated; // was deployed, nothing recorded
    ModelVersion a;
    a.id = 2;
    a.version = {1, 1, 0};
    a.stage = Stage::Retired;
    a.deploymentTarget = QStringLiteral("batch");
    ModelVersion b = a;
    b.id = 3;
    b.version = {1, 2, 0};
    b.stage = Stage::Production;
    ModelVersion dev;
    dev.id = 4;
    dev.version = {1, 3, 0}; // development, nothing recorded: no deployment
    input.versions = {b, dev, a, old};

    const LineageGraph graph = buildLineageGraph(input);

    REQUIRE(graph.nodes.size() == 6); // 4 versions, 2 deployments
    const LineageNode &first = graph.nodes[size_t(graph.indexOf(QStringLiteral("deployment:1")))];
    const LineageNode &second = graph.nodes[size_t(graph.indexOf(QStringLiteral("deployment:2")))];
    CHECK_FALSE(first.deployment.recorded()); // ordered by the first version deployed there
    CHECK_FALSE(first.deployment.live);
    CHECK(second.deployment.target == QLatin1String("batch"));
    CHECK(second.deployment.live); // 1.2.0 is in production there
    CHECK(edgeNames(graph)
          == QSet<QString>{QStringLiteral("1.0.0 -> "), QStringLiteral("1.1.0 -> batch"),
                           QStringLiteral("1.2.0 -> batch")});
    CHECK(graph.hasLineage());
}

TEST_CASE_METHOD(LineageFixture, "A dataset that is its own ancestor is drawn without the loop",
                 "[lineage]")
{
    temp.close();
    {
        // raw's parent becomes train: raw → curated → train → raw.
        Test::RawSqlite raw(temp.path());
        raw.exec(QStringLiteral("UPDATE datasets SET parent_id = %1 WHERE id = %2")
                     .arg(dataset.value(QStringLiteral("train")))
                     .arg(dataset.value(QStringLiteral("raw")))
                     .toUtf8());
    }
    const LineageGraph graph = readLineage(temp.reopen(), modelId);
    const LineageLayout layout = layoutLineage(graph);

    REQUIRE(graph.notes.size() == 1);
    // The loop is cut at its lowest id, raw (stored first), which becomes the root again.
    CHECK(graph.notes.front().contains(QLatin1String("churn-raw 2026.01 is its own ancestor")));
    CHECK(graph.edges.size() == 8);
    CHECK(columnOf(graph, layout, QStringLiteral("churn-raw 2026.01")) == 0);
    CHECK(columnOf(graph, layout, QStringLiteral("churn-train 2026.01")) == 2);
}

TEST_CASE("A dataset whose parent is itself, and versions deriving from each other, end",
          "[lineage]")
{
    LineageInput input;
    Dataset self = namedDataset(7, QStringLiteral("loop"));
    self.parentId = 7;
    input.datasets.insert(7, self);
    ModelVersion a;
    a.id = 1;
    a.version = {1, 0, 0};
    a.parentVersionId = 2;
    ModelVersion b;
    b.id = 2;
    b.version = {2, 0, 0};
    b.parentVersionId = 1;
    input.versions = {a, b};

    const LineageGraph graph = buildLineageGraph(input);
    const LineageLayout layout = layoutLineage(graph);

    CHECK(graph.notes.size() == 2);
    // 1.0.0 (lowest id) loses its parent link, so only 2.0.0 derives from 1.0.0.
    CHECK(edgeNames(graph) == QSet<QString>{QStringLiteral("1.0.0 -> 2.0.0")});
    CHECK(columnOf(graph, layout, QStringLiteral("loop 1")) == 0);
    CHECK(columnOf(graph, layout, QStringLiteral("1.0.0")) == 1);
    CHECK(columnOf(graph, layout, QStringLiteral("2.0.0")) == 2);
}

TEST_CASE("A model with versions but no datasets or deployments has no lineage to draw",
          "[lineage]")
{
    LineageInput input;
    ModelVersion v;
    v.id = 1;
    v.version = {0, 1, 0};
    v.datasets = {{99, DatasetPurpose::Training}}; // a link to a dataset that is gone
    input.versions = {v};

    const LineageGraph graph = buildLineageGraph(input);

    CHECK_FALSE(graph.hasLineage());
    CHECK(graph.edges.empty());
    REQUIRE(graph.notes.size() == 1);
    CHECK(graph.notes.front().contains(QLatin1String("dataset #99")));
}
