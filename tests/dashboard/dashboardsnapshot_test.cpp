// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/dashboardsnapshot.h"
#include "dashboardfixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

TEST_CASE("The dashboard snapshot reads every section for the chosen period", "[dashboard]")
{
    Test::DashboardFixture f;
    const qint64 m = f.model(QStringLiteral("Fraud"), 1);
    const qint64 v
        = f.version(m, QStringLiteral("production"), QStringLiteral("2026-01-01T00:00:00Z"));
    // Deployed after 9 days, on 2026-01-10: in the twelve months, not in the 90 days.
    f.request(v, QStringLiteral("production"), QStringLiteral("approved"),
              QStringLiteral("2026-01-02T00:00:00Z"), QStringLiteral("2026-01-10T00:00:00Z"));
    const qint64 r = f.request(v, QStringLiteral("retired"), QStringLiteral("pending"),
                               QStringLiteral("2026-06-05T00:00:00Z"), {},
                               QStringLiteral("2026-07-03T00:00:00Z"));
    f.retirement(r, QStringLiteral("No longer needed"), 0, {});

    DashboardQuery query;
    query.now = QDateTime(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC);
    const DashboardSnapshot year = readDashboard(f.db(), query);
    CHECK(year.query.period == DashboardPeriod::Last12Months); // the default
    CHECK(year.kpis.deployments == 1);
    CHECK(year.kpis.medianDaysToDeployment == 9.0);
    REQUIRE(year.mine.size() == 1); // nobody chosen: every pending request
    CHECK(year.mine[0].requestId == r);
    REQUIRE(year.expiring.size() == 1); // 2026-07-03 is within seven days
    CHECK(year.expiring[0].requestId == r);
    // Tier 1, approved 2026-01-10 → due 2026-04-10: overdue.
    REQUIRE(year.reviews.size() == 1);
    CHECK(year.reviews[0].state == ReviewState::Overdue);
    REQUIRE(year.retirements.size() == 1);
    CHECK(year.retirements[0].reason == QStringLiteral("No longer needed"));

    query.period = DashboardPeriod::Last90Days;
    query.expiringWithinDays = 2;
    const DashboardSnapshot days = readDashboard(f.db(), query);
    CHECK(days.kpis.deployments == 0);
    CHECK(days.expiring.empty());
}
