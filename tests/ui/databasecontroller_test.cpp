// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/databasecontroller.h"
#include "storage/database.h"
#include "storage/modelrepository.h"
#include "tempdatabase.h"
#include "uitestdata.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

constexpr int kTimeoutMs = 20000;

} // namespace

TEST_CASE("A database opened in the background becomes the window's connection", "[ui]")
{
    Test::TempDatabase temp;
    Test::addSmallInventory(temp.db());
    const QString path = temp.path();
    temp.close();

    Ui::DatabaseController controller;
    QSignalSpy started(&controller, &Ui::DatabaseController::busyStarted);
    QSignalSpy opened(&controller, &Ui::DatabaseController::opened);
    REQUIRE(controller.open(path));
    CHECK(controller.isBusy());
    CHECK(started.size() == 1);
    CHECK_FALSE(controller.open(path)); // one open at a time
    REQUIRE(opened.wait(kTimeoutMs));

    CHECK_FALSE(controller.isBusy());
    REQUIRE(controller.database() != nullptr);
    CHECK(controller.database()->path() == QFileInfo(path).absoluteFilePath());
    CHECK(ModelRepository(*controller.database()).count() == 4);
}

TEST_CASE("A failed open leaves the open database open", "[ui]")
{
    Test::TempDatabase temp;
    const QString good = temp.path();
    const QString notADatabase = temp.filePath(QStringLiteral("notes.sqlite"));
    Test::writeFile(notADatabase, QByteArrayLiteral("meeting notes, not SQLite"));
    temp.close();

    Ui::DatabaseController controller;
    QSignalSpy opened(&controller, &Ui::DatabaseController::opened);
    QSignalSpy failed(&controller, &Ui::DatabaseController::failed);
    controller.open(good);
    REQUIRE(opened.wait(kTimeoutMs));

    controller.open(notADatabase);
    REQUIRE(failed.wait(kTimeoutMs));
    CHECK(failed.first().at(0).toString() == QFileInfo(notADatabase).absoluteFilePath());
    CHECK(failed.first().at(1).toString().contains(QFileInfo(notADatabase).absoluteFilePath()));
    REQUIRE(controller.database() != nullptr);
    CHECK(controller.database()->path() == QFileInfo(good).absoluteFilePath());
    CHECK(Test::readFile(notADatabase) == QByteArrayLiteral("meeting notes, not SQLite"));
}

TEST_CASE("Creating a database refuses an existing file and creates a new one", "[ui]")
{
    Test::TempDatabase temp;
    const QString existing = temp.path();
    const QString fresh = temp.filePath(QStringLiteral("new.sqlite"));
    temp.close();

    Ui::DatabaseController controller;
    QSignalSpy failed(&controller, &Ui::DatabaseController::failed);
    CHECK_FALSE(controller.create(existing));
    REQUIRE(failed.size() == 1);
    CHECK(failed.first().at(1).toString().contains(QStringLiteral("already exists")));

    QSignalSpy opened(&controller, &Ui::DatabaseController::opened);
    REQUIRE(controller.create(fresh));
    REQUIRE(opened.wait(kTimeoutMs));
    CHECK(QFileInfo::exists(fresh));
    CHECK(controller.database()->schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("Closing forgets the connection and says so", "[ui]")
{
    Test::TempDatabase temp;
    const QString path = temp.path();
    temp.close();

    Ui::DatabaseController controller;
    QSignalSpy opened(&controller, &Ui::DatabaseController::opened);
    QSignalSpy closed(&controller, &Ui::DatabaseController::closed);
    controller.open(path);
    REQUIRE(opened.wait(kTimeoutMs));
    controller.close();
    CHECK(closed.size() == 1);
    CHECK(controller.database() == nullptr);
    controller.close();
    CHECK(closed.size() == 1);
}

TEST_CASE("Opening the demo database builds it when missing, with progress", "[ui][slow]")
{
    const QString demo = Ui::DatabaseController::demoDatabasePath();
    QFile::remove(demo);

    Ui::DatabaseController controller;
    QSignalSpy building(&controller, &Ui::DatabaseController::demoBuildStarted);
    QSignalSpy progress(&controller, &Ui::DatabaseController::buildProgress);
    QSignalSpy opened(&controller, &Ui::DatabaseController::opened);
    QSignalSpy failed(&controller, &Ui::DatabaseController::failed);
    REQUIRE(controller.openDemo());
    CHECK(building.size() == 1);
    REQUIRE(opened.wait(120000));
    CHECK(failed.isEmpty());
    CHECK_FALSE(progress.isEmpty());
    CHECK(ModelRepository(*controller.database()).count() >= 10);

    // A second open uses the file as it is.
    controller.close();
    building.clear();
    controller.openDemo();
    REQUIRE(opened.wait(kTimeoutMs));
    CHECK(building.isEmpty());
    controller.close();
    QFile::remove(demo);
}
