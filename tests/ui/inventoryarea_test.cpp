// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/inventoryarea.h"
#include "storage/modelrepository.h"
#include "tempdatabase.h"
#include "uitestdata.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

/// The model names the table shows, top to bottom.
QStringList shownNames(const QTableView *table)
{
    QStringList names;
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        names << model->index(row, 0).data().toString();
    }
    return names;
}

struct InventoryAreaFixture
{
    InventoryAreaFixture()
    {
        Test::addSmallInventory(temp.db());
        area.resize(1000, 600);
        area.load(temp.db());
        area.show();
        area.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&area));
        search = area.findChild<QLineEdit *>(QStringLiteral("inventorySearch"));
        tierFilter = area.findChild<QComboBox *>(QStringLiteral("tierFilter"));
        stageFilter = area.findChild<QComboBox *>(QStringLiteral("stageFilter"));
        count = area.findChild<QLabel *>(QStringLiteral("inventoryCount"));
        table = area.findChild<QTableView *>(QStringLiteral("inventoryTable"));
        REQUIRE(search);
        REQUIRE(tierFilter);
        REQUIRE(stageFilter);
        REQUIRE(count);
        REQUIRE(table);
    }

    Test::TempDatabase temp;
    Ui::InventoryArea area;
    QLineEdit *search = nullptr;
    QComboBox *tierFilter = nullptr;
    QComboBox *stageFilter = nullptr;
    QLabel *count = nullptr;
    QTableView *table = nullptr;
};

} // namespace

TEST_CASE_METHOD(InventoryAreaFixture, "The inventory lists every model sorted by name", "[ui]")
{
    CHECK(shownNames(table)
          == QStringList{QStringLiteral("Card fraud detector"), QStringLiteral("Credit scoring"),
                         QStringLiteral("Customer churn predictor"),
                         QStringLiteral("Product image classifier")});
    CHECK(count->text() == QStringLiteral("4 of 4 models"));
    CHECK(search->placeholderText() == QStringLiteral("Search models, owners, teams…"));
}

TEST_CASE_METHOD(InventoryAreaFixture, "Typing in the inventory search box narrows the rows",
                 "[ui]")
{
    QTest::keyClick(&area, Qt::Key_F, Qt::ControlModifier);
    REQUIRE(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("fraud"));
    CHECK(shownNames(table) == QStringList{QStringLiteral("Card fraud detector")});
    CHECK(count->text() == QStringLiteral("1 of 4 models"));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("okafor"));
    CHECK(shownNames(table)
          == QStringList{QStringLiteral("Credit scoring"),
                         QStringLiteral("Customer churn predictor")});

    QTest::keyClick(search, Qt::Key_Escape);
    CHECK(search->text().isEmpty());
    CHECK(count->text() == QStringLiteral("4 of 4 models"));
}

TEST_CASE_METHOD(InventoryAreaFixture,
                 "The tier and stage filters narrow the rows and the count label follows", "[ui]")
{
    CHECK(tierFilter->itemText(0) == QStringLiteral("All tiers"));
    CHECK(tierFilter->itemText(1) == QStringLiteral("Tier 1 · Critical"));
    CHECK(stageFilter->itemText(0) == QStringLiteral("All stages"));

    tierFilter->setCurrentIndex(tierFilter->findText(QStringLiteral("Tier 1 · Critical")));
    CHECK(shownNames(table)
          == QStringList{QStringLiteral("Card fraud detector"), QStringLiteral("Credit scoring")});
    CHECK(count->text() == QStringLiteral("2 of 4 models"));

    stageFilter->setCurrentIndex(stageFilter->findText(QStringLiteral("Staging")));
    CHECK(shownNames(table) == QStringList{QStringLiteral("Credit scoring")});
    CHECK(count->text() == QStringLiteral("1 of 4 models"));

    tierFilter->setCurrentIndex(0);
    stageFilter->setCurrentIndex(stageFilter->findText(QStringLiteral("Production")));
    CHECK(shownNames(table)
          == QStringList{QStringLiteral("Card fraud detector"),
                         QStringLiteral("Customer churn predictor")});
    CHECK(count->text() == QStringLiteral("2 of 4 models"));

    stageFilter->setCurrentIndex(stageFilter->findText(QStringLiteral("Retired")));
    CHECK(shownNames(table).isEmpty());
    CHECK(count->text() == QStringLiteral("0 of 4 models"));
}

TEST_CASE_METHOD(InventoryAreaFixture, "Pressing Enter on a row asks to open that model", "[ui]")
{
    QSignalSpy activated(&area, &Ui::InventoryArea::modelActivated);
    table->setCurrentIndex(table->model()->index(2, 0));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(activated.size() == 1);
    const qint64 id = activated.first().first().toLongLong();
    CHECK(id == ModelRepository(temp.db()).byName(QStringLiteral("churn-predictor"))->id);
}

TEST_CASE_METHOD(InventoryAreaFixture, "Reloading keeps the search and the selected model", "[ui]")
{
    QTest::keyClicks(search, QStringLiteral("c"));
    table->setCurrentIndex(table->model()->index(1, 0));
    const QString selected = table->currentIndex().data().toString();

    area.load(temp.db());
    CHECK(search->text() == QStringLiteral("c"));
    CHECK(table->currentIndex().data().toString() == selected);
}
