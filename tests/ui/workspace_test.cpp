// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's Inbox, Settings and Audit areas working together on an open database.
#include "inventory/inventoryarea.h"
#include "mainwindow/mainwindow.h"
#include "tempdatabase.h"
#include "uitestdata.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <memory>

using namespace Quorum;

namespace {

constexpr int kTimeoutMs = 20000;

} // namespace

TEST_CASE("Without a signing identity the inbox leads to Settings, and the audit trail verifies",
          "[ui]")
{
    Test::resetUiSettings();
    Test::TempDatabase temp;
    Test::addSmallInventory(temp.db());
    const QString path = temp.path();
    temp.close();
    auto window = std::make_unique<Ui::MainWindow>();
    window->show();
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    QSignalSpy loaded(window->findChild<Ui::InventoryArea *>(), &Ui::InventoryArea::loaded);
    window->openDatabase(path);
    REQUIRE(loaded.wait(kTimeoutMs));

    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    auto *empty = window->findChild<QLabel *>(QStringLiteral("inboxEmpty"));
    REQUIRE(empty);
    REQUIRE(QTest::qWaitFor([empty] { return empty->isVisible(); }, kTimeoutMs));
    CHECK(empty->text().contains(QStringLiteral("Settings → Signing identity")));
    const auto buttons = window->findChildren<QPushButton *>();
    const auto open = std::find_if(buttons.begin(), buttons.end(), [](const QPushButton *b) {
        return b->isVisible() && b->text() == QStringLiteral("Open Settings");
    });
    REQUIRE(open != buttons.end());
    QTest::mouseClick(*open, Qt::LeftButton);
    CHECK(window->currentArea() == Ui::Area::Settings);
    CHECK(window->findChild<QLabel *>(QStringLiteral("identityKeyFile"))->text()
          == QStringLiteral("No key file chosen yet"));

    QTest::keyClick(window.get(), Qt::Key_7, Qt::ControlModifier);
    CHECK(window->currentArea() == Ui::Area::Audit);
    auto *summary = window->findChild<QLabel *>(QStringLiteral("verificationSummary"));
    REQUIRE(summary);
    QTest::keyClick(window.get(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(QTest::qWaitFor(
        [summary] { return summary->text().startsWith(QStringLiteral("The audit trail holds")); },
        kTimeoutMs));
    window.reset();
    Test::resetUiSettings();
}
