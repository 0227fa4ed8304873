// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/layoutmemory.h"
#include "uitestdata.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

#include <catch2/catch_test_macros.hpp>

#include <memory>

using namespace Quorum;

namespace {

/// A window with an area like the workbench's: a named splitter holding a sortable table and a
/// tab widget, inside an unnamed container (skipped in the keys).
struct Area
{
    Area()
    {
        root.setObjectName(QStringLiteral("mainWindow")); // the root's own name is not in keys
        auto *area = new QWidget(&root);
        area->setObjectName(QStringLiteral("inboxArea"));
        auto *layout = new QVBoxLayout(&root);
        layout->addWidget(area);
        auto *container = new QWidget(area);
        auto *areaLayout = new QVBoxLayout(area);
        areaLayout->addWidget(container);
        splitter = new QSplitter(container);
        splitter->setObjectName(QStringLiteral("inboxSplitter"));
        auto *containerLayout = new QVBoxLayout(container);
        containerLayout->addWidget(splitter);
        table = new QTableView(splitter);
        table->setObjectName(QStringLiteral("requestTable"));
        model.setHorizontalHeaderLabels(
            {QStringLiteral("Model"), QStringLiteral("Version"), QStringLiteral("Submitted")});
        for (int row = 0; row < 3; ++row) {
            model.appendRow({new QStandardItem(QString::number(row)), new QStandardItem(),
                             new QStandardItem()});
        }
        table->setModel(&model);
        table->setSortingEnabled(true);
        tabs = new QTabWidget(splitter);
        tabs->setObjectName(QStringLiteral("detailTabs"));
        for (const char *name : {"Checks", "Evidence", "Decisions"}) {
            tabs->addTab(new QWidget(tabs), QString::fromLatin1(name));
        }
        splitter->addWidget(table);
        splitter->addWidget(tabs);
        root.resize(800, 400);
        root.show();
        REQUIRE(QTest::qWaitForWindowExposed(&root));
    }

    QWidget root;
    QStandardItemModel model;
    QSplitter *splitter = nullptr;
    QTableView *table = nullptr;
    QTabWidget *tabs = nullptr;
};

} // namespace

TEST_CASE("Layout memory brings back a splitter's sizes, a table's columns and sort, and a tab",
          "[ui][desktop]")
{
    Test::resetUiSettings();
    const Ui::LayoutMemory memory(QStringLiteral("layout/test"));
    QList<int> sizes;
    {
        Area before;
        CHECK(Ui::LayoutMemory::keyOf(before.splitter, &before.root)
              == QStringLiteral("inboxArea/inboxSplitter"));
        before.splitter->setSizes({250, 550});
        sizes = before.splitter->sizes();
        QHeaderView *header = before.table->horizontalHeader();
        header->resizeSection(0, 140);
        header->moveSection(2, 0); // "Submitted" first
        before.table->sortByColumn(1, Qt::DescendingOrder);
        before.tabs->setCurrentIndex(2);
        memory.save(&before.root);
    }
    CHECK(QSettings().contains(QStringLiteral("layout/test/splitters/inboxArea/inboxSplitter")));

    Area after;
    CHECK(after.splitter->sizes() != sizes);
    CHECK(memory.restore(&after.root) == 3); // the splitter, the table's header, the tabs
    CHECK(after.splitter->sizes() == sizes);
    QHeaderView *header = after.table->horizontalHeader();
    CHECK(header->sectionSize(0) == 140);
    CHECK(header->visualIndex(2) == 0);
    CHECK(header->sortIndicatorSection() == 1);
    CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK(after.tabs->currentIndex() == 2);
    Test::resetUiSettings();
}

TEST_CASE("Layout memory skips unnamed widgets, ambiguous names and stale entries", "[ui][desktop]")
{
    Test::resetUiSettings();
    const Ui::LayoutMemory memory(QStringLiteral("layout/test"));
    QWidget root;
    root.setObjectName(QStringLiteral("window"));
    auto *unnamed = new QSplitter(&root);
    auto *twinA = new QSplitter(&root);
    auto *twinB = new QSplitter(&root);
    twinA->setObjectName(QStringLiteral("twin"));
    twinB->setObjectName(QStringLiteral("twin"));
    for (QSplitter *splitter : {unnamed, twinA, twinB}) {
        splitter->addWidget(new QWidget(splitter));
        splitter->addWidget(new QWidget(splitter));
    }
    CHECK(Ui::LayoutMemory::keyOf(unnamed, &root).isEmpty());
    memory.save(&root);
    QSettings settings;
    settings.beginGroup(QStringLiteral("layout/test"));
    CHECK(settings.allKeys().isEmpty());
    settings.endGroup();

    // A stale tab index (the tab is gone) and garbage for a splitter are ignored.
    auto *tabs = new QTabWidget(&root);
    tabs->setObjectName(QStringLiteral("tabs"));
    tabs->addTab(new QWidget(tabs), QStringLiteral("Only"));
    auto *named = new QSplitter(&root);
    named->setObjectName(QStringLiteral("named"));
    settings.setValue(QStringLiteral("layout/test/tabs/tabs"), 5);
    settings.setValue(QStringLiteral("layout/test/splitters/named"), QByteArray("junk"));
    settings.sync();
    CHECK(memory.restore(&root) == 0);
    CHECK(tabs->currentIndex() == 0);
    Test::resetUiSettings();
}
