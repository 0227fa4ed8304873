// SPDX-License-Identifier: GPL-3.0-or-later
// The Lineage tab on the demo database: what the graph shows, selection, zoom, keyboard and
// export.
#include "lineage/lineagenodeitem.h"
#include "lineage/lineagescene.h"
#include "lineage/lineagetab.h"
#include "lineage/lineageview.h"
#include "storage/datasetrepository.h"
#include "storage/modeldetails.h"
#include "storage/modelrepository.h"
#include "uidemo.h"
#include "uigovernance.h"
#include "uitestdata.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QWheelEvent>

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <cmath>

using namespace Quorum;

namespace {

constexpr int kTimeoutMs = 30000;

ModelDetails detailsOf(Database &db, const QString &model)
{
    const auto found = ModelRepository(db).byName(model);
    REQUIRE(found);
    auto details = readModelDetails(db, found->id);
    REQUIRE(details);
    return *details;
}

struct LineageFixture
{
    LineageFixture()
    {
        Test::resetUiSettings();
        tab = std::make_unique<Ui::LineageTab>();
        tab->setDatabaseSource(demo.source());
        tab->resize(1200, 700);
        tab->show();
        REQUIRE(QTest::qWaitForWindowExposed(tab.get()));
    }
    ~LineageFixture() { Test::resetUiSettings(); }

    void show(const ModelDetails &details)
    {
        QSignalSpy loaded(tab.get(), &Ui::LineageTab::loaded);
        tab->showModel(details);
        REQUIRE(loaded.wait(kTimeoutMs));
    }

    QStringList titles() const
    {
        QStringList titles;
        for (const Ui::LineageNodeItem *item : tab->scene()->nodeItems()) {
            titles << item->title();
        }
        titles.sort();
        return titles;
    }

    QString details() const
    {
        return tab->findChild<QTextBrowser *>(QStringLiteral("lineageDetails"))->toPlainText();
    }

    Test::UiDemo demo;
    std::unique_ptr<Ui::LineageTab> tab;
};

} // namespace

TEST_CASE_METHOD(LineageFixture, "The lineage of a demo model draws its datasets and deployments",
                 "[ui][lineage]")
{
    show(detailsOf(demo.db(), QStringLiteral("anomaly-detector")));

    // Demo: 1.0.0 (deprecated) and 1.1.0 (production, derived from 1.0.0), each trained on its
    // own gateway-metrics raw → curated → train/test chain. Nodes: 4 datasets × 2 + 2 versions
    // + 1 recorded deployment (1.1.0's) + 1 "not recorded" one (1.0.0 was deployed) = 12.
    // Edges per chain: raw→curated, curated→train, curated→test, train→version, test→version
    // = 5, so 10; 1.0.0→1.1.0 = 1; version→deployment = 2; 13 in all.
    CHECK(titles()
          == QStringList{
              QStringLiteral("Deployment not recorded"),
              QStringLiteral("Kubernetes prod-eu-west, namespace ml-serving (KServe, "
                             "3 replicas)"),
              QStringLiteral("Version 1.0.0"), QStringLiteral("Version 1.1.0"),
              QStringLiteral("gateway-metrics-curated"), QStringLiteral("gateway-metrics-curated"),
              QStringLiteral("gateway-metrics-raw"), QStringLiteral("gateway-metrics-raw"),
              QStringLiteral("gateway-metrics-test"), QStringLiteral("gateway-metrics-test"),
              QStringLiteral("gateway-metrics-train"), QStringLiteral("gateway-metrics-train")});
    CHECK(tab->scene()->edgeCount() == 13);
    CHECK_FALSE(tab->findChild<QLabel *>(QStringLiteral("lineageEmpty"))->isVisible());
    CHECK(tab->view()->isVisible());
}

TEST_CASE_METHOD(LineageFixture, "Clicking a dataset shows its SHA-256 and source beside the graph",
                 "[ui][lineage]")
{
    show(detailsOf(demo.db(), QStringLiteral("anomaly-detector")));
    const auto train = DatasetRepository(demo.db()).find(QStringLiteral("gateway-metrics-train"),
                                                         QStringLiteral("2025.10.27"));
    REQUIRE(train);
    REQUIRE(train->sha256.size() == 64);
    Ui::LineageNodeItem *item = tab->scene()->nodeItem(QStringLiteral("dataset:%1").arg(train->id));
    REQUIRE(item);
    tab->view()->centerOn(item);

    const QPoint where = tab->view()->mapFromScene(item->sceneBoundingRect().center());
    QTest::mouseClick(tab->view()->viewport(), Qt::LeftButton, {}, where);

    CHECK(item->isSelected());
    CHECK(details().contains(train->sha256));
    CHECK(details().contains(train->source));
    CHECK(item->toolTip().contains(train->sha256));
}

TEST_CASE_METHOD(LineageFixture, "Zoom in, zoom out and fit change the view's scale",
                 "[ui][lineage]")
{
    show(detailsOf(demo.db(), QStringLiteral("anomaly-detector")));
    Ui::LineageView *view = tab->view();
    const double start = view->zoom();

    tab->findChild<QAction *>(QStringLiteral("lineageZoomIn"))->trigger();
    CHECK(view->zoom() == Catch::Approx(start * 1.25)); // one step is 125 %
    tab->findChild<QAction *>(QStringLiteral("lineageZoomOut"))->trigger();
    tab->findChild<QAction *>(QStringLiteral("lineageZoomOut"))->trigger();
    CHECK(view->zoom() == Catch::Approx(start / 1.25));

    // The shortcuts work while the graph has the focus: Ctrl++ and Ctrl+- step the zoom.
    REQUIRE(QTest::qWaitForWindowActive(tab.get()));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Plus, Qt::ControlModifier);
    CHECK(view->zoom() == Catch::Approx(start));
    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    CHECK(view->zoom() == Catch::Approx(start / 1.25));

    // Ctrl+wheel forward zooms in by one step, as in every graphics program.
    const double before = view->zoom();
    const QPointF middle = QRectF(view->viewport()->rect()).center();
    QWheelEvent wheel(middle, view->viewport()->mapToGlobal(middle), {}, QPoint(0, 120),
                      Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view->viewport(), &wheel);
    CHECK(view->zoom() == Catch::Approx(before * 1.25));

    tab->resize(500, 300); // far smaller than the graph: fitting must shrink it
    QCoreApplication::processEvents();
    tab->findChild<QAction *>(QStringLiteral("lineageFit"))->trigger();
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    CHECK(view->zoom() < start);
    CHECK(visible.adjusted(-1, -1, 1, 1).contains(tab->scene()->sceneRect()));
}

TEST_CASE_METHOD(LineageFixture, "Tab and the arrow keys walk the graph and name each node",
                 "[ui][lineage]")
{
    show(detailsOf(demo.db(), QStringLiteral("anomaly-detector")));
    Ui::LineageView *view = tab->view();
    view->setFocus();

    QTest::keyClick(view, Qt::Key_Tab);
    // The first column holds the two raw extracts; Tab starts at the top one.
    REQUIRE(view->currentNode() >= 0);
    CHECK(view->accessibleDescription().startsWith(QLatin1String("Dataset gateway-metrics-raw")));
    const QString raw = tab->scene()->nodeItems()[size_t(view->currentNode())]->key();

    QTest::keyClick(view, Qt::Key_Right); // raw feeds its curated table
    CHECK(
        view->accessibleDescription().startsWith(QLatin1String("Dataset gateway-metrics-curated")));
    CHECK(details().contains(QLatin1String("gateway-metrics-raw"))); // "Comes from"

    QTest::keyClick(view, Qt::Key_Left);
    CHECK(tab->scene()->nodeItems()[size_t(view->currentNode())]->key() == raw);
    QTest::keyClick(view, Qt::Key_Down); // the other raw extract
    CHECK(tab->scene()->nodeItems()[size_t(view->currentNode())]->key() != raw);
    CHECK(view->accessibleDescription().startsWith(QLatin1String("Dataset gateway-metrics-raw")));
}

TEST_CASE_METHOD(LineageFixture, "Export writes an SVG with the node names and a PNG",
                 "[ui][lineage]")
{
    show(detailsOf(demo.db(), QStringLiteral("anomaly-detector")));
    QTemporaryDir dir;
    const QString svgPath = dir.filePath(QStringLiteral("lineage.svg"));
    const QString pngPath = dir.filePath(QStringLiteral("lineage.png"));

    CHECK(tab->exportSvg(svgPath).isEmpty());
    CHECK(tab->exportPng(pngPath).isEmpty());

    QFile svg(svgPath);
    REQUIRE(svg.open(QIODevice::ReadOnly));
    const QByteArray text = svg.readAll();
    CHECK(text.contains("<svg"));
    CHECK(text.contains("gateway-metrics-train"));
    CHECK(text.contains("Version 1.1.0"));
    const QImage png(pngPath);
    // Twice the scene rectangle, which is the layout's bounds plus a 24-unit margin.
    CHECK(png.width() == 2 * int(std::ceil(tab->scene()->sceneRect().width())));
    CHECK(tab->exportSvg(dir.filePath(QStringLiteral("no/such/folder/x.svg")))
              .contains(QLatin1String("could not be saved")));
}

TEST_CASE_METHOD(LineageFixture, "A refresh of the same model keeps the selection and the zoom",
                 "[ui][lineage]")
{
    const ModelDetails model = detailsOf(demo.db(), QStringLiteral("anomaly-detector"));
    show(model);
    const auto versions = model.versions;
    const QString key = QStringLiteral("version:%1").arg(versions.front().id);
    REQUIRE(tab->selectNode(key));
    tab->view()->zoomIn();
    const double zoom = tab->view()->zoom();

    show(model);

    const int current = tab->view()->currentNode();
    REQUIRE(current >= 0);
    CHECK(tab->scene()->nodeItems()[size_t(current)]->key() == key);
    CHECK(tab->view()->zoom() == Catch::Approx(zoom));
    CHECK(details().contains(QLatin1String("Stage")));
}

TEST_CASE("A model without datasets or deployments says so", "[ui][lineage]")
{
    Test::resetUiSettings();
    Test::UiGovernance gov; // credit-risk 1.0.0, registered without datasets, not deployed
    Ui::LineageTab tab;
    tab.setDatabaseSource(gov.source());
    tab.show();
    QSignalSpy loaded(&tab, &Ui::LineageTab::loaded);
    tab.showModel(*readModelDetails(gov.db(), gov.modelId()));
    REQUIRE(loaded.wait(kTimeoutMs));

    CHECK(tab.findChild<QLabel *>(QStringLiteral("lineageEmpty"))->text()
          == QLatin1String("No datasets or deployments are recorded for this model."));
    CHECK_FALSE(tab.findChild<QAction *>(QStringLiteral("lineageExportSvg"))->isEnabled());
}
