// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/recentdatabases.h"
#include "uitestdata.h"

#include <QSignalSpy>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

TEST_CASE("Recent databases keep the newest first, once each, at most eight", "[ui]")
{
    Test::resetUiSettings();
    {
        Ui::RecentDatabases recent;
        QSignalSpy changed(&recent, &Ui::RecentDatabases::changed);
        for (int i = 1; i <= 10; ++i) {
            recent.add(QStringLiteral("/data/db%1.sqlite").arg(i));
        }
        recent.add(QStringLiteral("/data/db5.sqlite"));
        CHECK(changed.size() == 11);
        REQUIRE(recent.paths().size() == Ui::RecentDatabases::kMaxEntries);
        CHECK(recent.paths().first() == QStringLiteral("/data/db5.sqlite"));
        CHECK(recent.paths().at(1) == QStringLiteral("/data/db10.sqlite"));
        CHECK(recent.paths().last() == QStringLiteral("/data/db3.sqlite"));
        CHECK(recent.paths().count(QStringLiteral("/data/db5.sqlite")) == 1);
    }
    // A new instance (the next session) reads the same list back.
    Ui::RecentDatabases reloaded;
    CHECK(reloaded.paths().first() == QStringLiteral("/data/db5.sqlite"));
    reloaded.remove(QStringLiteral("/data/db5.sqlite"));
    CHECK(reloaded.paths().first() == QStringLiteral("/data/db10.sqlite"));
    reloaded.clear();
    CHECK(Ui::RecentDatabases().paths().isEmpty());
    Test::resetUiSettings();
}
