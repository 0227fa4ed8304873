// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditarea.h"
#include "inventory/inventoryarea.h"
#include "mainwindow/area.h"
#include "mainwindow/databasecontroller.h"
#include "mainwindow/mainwindow.h"
#include "rawsqlite.h"
#include "tempdatabase.h"
#include "uitestdata.h"
#include "widgets/errordialog.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <memory>

using namespace Quorum;

namespace {

constexpr int kOpenTimeoutMs = 20000;

/// A shown, active main window and a temporary database with a small inventory.
struct WindowFixture
{
    WindowFixture()
    {
        Test::resetUiSettings();
        Test::addSmallInventory(temp.db());
        databasePath = temp.path();
        temp.close();
        window = std::make_unique<Ui::MainWindow>();
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }

    ~WindowFixture()
    {
        window.reset();
        Test::resetUiSettings();
    }

    /// Opens @p path and waits until its inventory and its audit trail, read in the
    /// background, are shown.
    void openDatabase(const QString &path)
    {
        QSignalSpy loaded(child<Ui::InventoryArea>(QStringLiteral("inventoryArea")),
                          &Ui::InventoryArea::loaded);
        QSignalSpy auditLoaded(child<Ui::AuditArea>(QStringLiteral("auditArea")),
                               &Ui::AuditArea::loaded);
        window->openDatabase(path);
        REQUIRE(loaded.wait(kOpenTimeoutMs));
        REQUIRE((!auditLoaded.isEmpty() || auditLoaded.wait(kOpenTimeoutMs)));
    }

    /// Waits until the model page, read in the background, is on screen.
    void waitForModelPage()
    {
        auto *title = child<QLabel>(QStringLiteral("modelTitle"));
        REQUIRE(QTest::qWaitFor([title] { return title->isVisible(); }, kOpenTimeoutMs));
    }

    template<typename T>
    T *child(const QString &name) const
    {
        T *found = window->findChild<T *>(name);
        REQUIRE(found);
        return found;
    }

    /// Whether a visible label in the window reads @p text.
    bool showsText(const QString &text) const
    {
        const auto labels = window->findChildren<QLabel *>();
        return std::any_of(labels.begin(), labels.end(), [&text](const QLabel *label) {
            return label->isVisible() && label->text() == text;
        });
    }

    Test::TempDatabase temp;
    QString databasePath;
    std::unique_ptr<Ui::MainWindow> window;
};

} // namespace

TEST_CASE_METHOD(WindowFixture, "Without a database the window offers the demo, Open and New",
                 "[ui]")
{
    CHECK(window->windowTitle() == QStringLiteral("Quorum"));
    auto *welcome = child<QWidget>(QStringLiteral("welcomePage"));
    CHECK(welcome->isVisible());
    CHECK(child<QWidget>(QStringLiteral("openDemoButton"))->isVisible());
    CHECK(child<QWidget>(QStringLiteral("openButton"))->isVisible());
    CHECK(child<QWidget>(QStringLiteral("newButton"))->isVisible());
    CHECK(showsText(QStringLiteral("No recent databases yet. The ones you open will be listed "
                                   "here.")));
}

TEST_CASE_METHOD(WindowFixture, "Opening a database shows its home dashboard and names it", "[ui]")
{
    openDatabase(databasePath);
    const QString fileName = QFileInfo(databasePath).fileName();
    CHECK(window->windowTitle() == QStringLiteral("%1 — Quorum").arg(fileName));
    CHECK(window->currentArea() == Ui::Area::Home);
    CHECK(child<QWidget>(QStringLiteral("homeArea"))->isVisible());
    CHECK(child<QLabel>(QStringLiteral("inventoryCount"))->text()
          == QStringLiteral("4 of 4 models"));
    CHECK(child<QLabel>(QStringLiteral("databasePath"))->text().endsWith(fileName));
    CHECK(child<QLabel>(QStringLiteral("schemaVersion"))
              ->text()
              .startsWith(QStringLiteral("Schema ")));
    CHECK(child<QLabel>(QStringLiteral("journalMode"))->text() == QStringLiteral("Journal: WAL"));
}

TEST_CASE_METHOD(WindowFixture,
                 "Pressing Enter on a row opens the detail page with the model's name and versions",
                 "[ui]")
{
    openDatabase(databasePath);
    auto *table = child<QTableView>(QStringLiteral("inventoryTable"));
    const QModelIndexList rows = table->model()->match(table->model()->index(0, 0), Qt::DisplayRole,
                                                       QStringLiteral("Card fraud detector"));
    REQUIRE(rows.size() == 1);
    table->setCurrentIndex(rows.first());
    QTest::keyClick(table, Qt::Key_Return);
    waitForModelPage();

    auto *title = child<QLabel>(QStringLiteral("modelTitle"));
    REQUIRE(title->isVisible());
    CHECK(title->text() == QStringLiteral("Card fraud detector"));
    CHECK(child<QLabel>(QStringLiteral("modelMachineName"))->text()
          == QStringLiteral("fraud-detection"));
    CHECK(child<QLabel>(QStringLiteral("owner"))->text() == QStringLiteral("Ada Byrne"));
    CHECK(child<QLabel>(QStringLiteral("productionVersion"))->text() == QStringLiteral("1.1.0"));

    auto *tabs = child<QTabWidget>(QStringLiteral("modelTabs"));
    CHECK(tabs->tabText(1) == QStringLiteral("Versions (3)"));
    tabs->setCurrentIndex(1);
    auto *versions = child<QTableView>(QStringLiteral("versionsTable"));
    REQUIRE(versions->isVisible());
    REQUIRE(versions->model()->rowCount() == 3);
    CHECK(versions->model()->index(0, 0).data().toString() == QStringLiteral("1.2.0"));
    CHECK(versions->model()->index(1, 1).data().toString() == QStringLiteral("Production"));
}

TEST_CASE_METHOD(WindowFixture, "Back returns to the inventory with the filters kept", "[ui]")
{
    openDatabase(databasePath);
    window->showArea(Ui::Area::Inventory);
    auto *search = child<QLineEdit>(QStringLiteral("inventorySearch"));
    auto *tier = child<QComboBox>(QStringLiteral("tierFilter"));
    QTest::keyClicks(search, QStringLiteral("c"));
    tier->setCurrentIndex(1);
    auto *table = child<QTableView>(QStringLiteral("inventoryTable"));
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    waitForModelPage();

    SECTION("with Esc")
    {
        QTest::keyClick(window.get(), Qt::Key_Escape);
    }
    SECTION("with Alt+Left")
    {
        QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
    }
    CHECK(table->isVisible());
    CHECK_FALSE(child<QLabel>(QStringLiteral("modelTitle"))->isVisible());
    CHECK(search->text() == QStringLiteral("c"));
    CHECK(tier->currentIndex() == 1);
    CHECK(child<QLabel>(QStringLiteral("inventoryCount"))->text()
          == QStringLiteral("2 of 4 models"));
}

TEST_CASE_METHOD(WindowFixture, "Ctrl+1 to Ctrl+8 switch between the areas", "[ui]")
{
    openDatabase(databasePath);
    auto *sidebar = child<QListWidget>(QStringLiteral("navigationSidebar"));
    for (const Ui::Area area : Ui::kAllAreas) {
        QTest::keyClick(window.get(), Qt::Key(Qt::Key_1 + Ui::areaIndex(area)),
                        Qt::ControlModifier);
        CHECK(window->currentArea() == area);
        CHECK(sidebar->currentItem()->text() == Ui::areaName(area));
        switch (area) {
        case Ui::Area::Home:
            CHECK(child<QWidget>(QStringLiteral("homeArea"))->isVisible());
            break;
        case Ui::Area::Inventory:
            CHECK(child<QTableView>(QStringLiteral("inventoryTable"))->isVisible());
            break;
        case Ui::Area::Inbox:
            CHECK(child<QWidget>(QStringLiteral("inboxArea"))->isVisible());
            break;
        case Ui::Area::Audit:
            CHECK(child<QWidget>(QStringLiteral("auditArea"))->isVisible());
            break;
        case Ui::Area::Settings:
            CHECK(child<QWidget>(QStringLiteral("settingsArea"))->isVisible());
            break;
        case Ui::Area::Drift:
            CHECK(child<QWidget>(QStringLiteral("driftArea"))->isVisible());
            break;
        case Ui::Area::Fairness:
            CHECK(child<QWidget>(QStringLiteral("fairnessArea"))->isVisible());
            break;
        case Ui::Area::Reports:
            CHECK(child<QWidget>(QStringLiteral("reportsArea"))->isVisible());
            break;
        }
    }
}

TEST_CASE_METHOD(
    WindowFixture,
    "Opening a missing file shows an error naming the file and keeps the window usable", "[ui]")
{
    openDatabase(databasePath);
    const QString missing = temp.filePath(QStringLiteral("no-such-database.sqlite"));
    QSignalSpy failed(window->databaseController(), &Ui::DatabaseController::failed);
    window->openDatabase(missing);
    REQUIRE(failed.wait(kOpenTimeoutMs));
    CHECK(failed.first().at(1).toString().contains(QFileInfo(missing).absoluteFilePath()));

    QPointer<Ui::ErrorDialog> dialog = window->findChild<Ui::ErrorDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->icon() == QMessageBox::Critical);
    CHECK(dialog->text().contains(QFileInfo(missing).absoluteFilePath()));
    dialog->accept();
    CHECK(QTest::qWaitFor([&dialog] { return dialog.isNull(); }, 2000));

    // The database that was open stays open and the window keeps working.
    const QString fileName = QFileInfo(databasePath).fileName();
    CHECK(window->windowTitle() == QStringLiteral("%1 — Quorum").arg(fileName));
    CHECK(window->databaseController()->database() != nullptr);
    CHECK(child<QLabel>(QStringLiteral("inventoryCount"))->text()
          == QStringLiteral("4 of 4 models"));
    window->activateWindow(); // the window manager's job once the dialog is gone
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_4, Qt::ControlModifier);
    CHECK(window->currentArea() == Ui::Area::Drift);
}

TEST_CASE_METHOD(WindowFixture, "Closing the database returns to the welcome page with it listed",
                 "[ui]")
{
    openDatabase(databasePath);
    QTest::keyClick(window.get(), Qt::Key_W, Qt::ControlModifier);
    CHECK(window->databaseController()->database() == nullptr);
    CHECK(window->windowTitle() == QStringLiteral("Quorum"));
    CHECK(child<QWidget>(QStringLiteral("welcomePage"))->isVisible());
    auto *recent = child<QListWidget>(QStringLiteral("recentDatabases"));
    REQUIRE(recent->count() == 1);
    CHECK(recent->item(0)->text().startsWith(QFileInfo(databasePath).fileName()));
}

TEST_CASE_METHOD(WindowFixture,
                 "Refresh shows another reviewer's change, and the window stays usable while "
                 "they hold the lock",
                 "[ui]")
{
    // On a shared drive (rollback journal) a writer's lock keeps readers out; in WAL mode,
    // used on local disks, readers are never blocked.
    qputenv("QUORUM_JOURNAL_MODE", "rollback");
    openDatabase(databasePath);
    qunsetenv("QUORUM_JOURNAL_MODE");
    auto *count = child<QLabel>(QStringLiteral("inventoryCount"));
    REQUIRE(count->text() == QStringLiteral("4 of 4 models"));

    // Another reviewer's program adds a model and keeps the file locked while it works.
    Test::RawSqlite other(databasePath);
    other.exec("BEGIN EXCLUSIVE;"
               "INSERT INTO models (name, display_name, owner_id, risk_tier, created_at, "
               "updated_at) VALUES ('late-model', 'Late model', (SELECT min(id) FROM people), 3, "
               "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');");

    QSignalSpy loaded(child<Ui::InventoryArea>(QStringLiteral("inventoryArea")),
                      &Ui::InventoryArea::loaded);
    QTest::keyClick(window.get(), Qt::Key_F5);
    // The read waits for the lock on a worker thread: the window still shows what it had and
    // answers the keyboard.
    CHECK(count->text() == QStringLiteral("4 of 4 models"));
    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    CHECK(window->currentArea() == Ui::Area::Inbox);
    QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
    CHECK(window->currentArea() == Ui::Area::Inventory);
    CHECK(loaded.isEmpty());

    other.exec("COMMIT");
    REQUIRE(loaded.wait(kOpenTimeoutMs));
    CHECK(count->text() == QStringLiteral("5 of 5 models"));
    CHECK(other.scalar("PRAGMA journal_mode") == QLatin1String("delete"));
}
