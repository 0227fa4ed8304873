// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl demo --seed --as-of' may build the demo for any seed and date: its story holds
// for all of them.
#include "demo/demodatabase.h"
#include "demotestsupport.h"
#include "storage/query.h"
#include "tempdatabase.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace Quorum;

TEST_CASE("The demo tells the same story for other seeds and dates", "[models]")
{
    const auto [seed, asOf] = GENERATE(table<quint64, QDate>(
        {{7, QDate(2026, 6, 1)}, {42, QDate(2024, 2, 29)}, {123456789, QDate(2025, 3, 2)}}));
    INFO("seed " << seed << ", as of " << asOf.toString(Qt::ISODate).toStdString());
    Test::TempDatabase temp;
    DemoOptions options;
    options.seed = seed;
    options.asOf = asOf;
    populateDemo(temp.db(), options);
    const Database &db = temp.db();

    const auto failing
        = Test::rows(db,
                     QStringLiteral("SELECT DISTINCT m.name, r.status FROM threshold_checks t "
                                    "JOIN release_requests r ON r.id = t.request_id "
                                    "JOIN model_versions v ON v.id = r.version_id "
                                    "JOIN models m ON m.id = v.model_id WHERE t.passed = 0"));
    REQUIRE(failing.size() == 1);
    CHECK(failing[0].at(0).toString() == QStringLiteral("credit-scoring"));
    CHECK(failing[0].at(1).toString() == QStringLiteral("pending"));

    const QString lastSunday = asOf.addDays(-asOf.dayOfWeek()).toString(Qt::ISODate);
    const auto windows
        = Test::rows(db,
                     QStringLiteral("SELECT count(*), max(window_end), min(window_start) FROM "
                                    "drift_observations WHERE source LIKE 'weekly%' "
                                    "GROUP BY version_id, feature"));
    CHECK(windows.size() >= 20);
    for (const QVariantList &w : windows) {
        CHECK(w.at(0).toInt() == 52);
        CHECK(w.at(1).toString() == lastSunday);
    }
    CHECK(Query::scalar(db,
                        QStringLiteral("SELECT count(*) FROM drift_observations "
                                       "WHERE status = 'drift'"))
              .toInt()
          >= 1);
    CHECK(Query::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString()
          == QStringLiteral("ok"));
    CHECK(Test::rows(db, QStringLiteral("PRAGMA foreign_key_check")).empty());
}
