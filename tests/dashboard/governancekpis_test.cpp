// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/governancekpis.h"
#include "dashboardfixture.h"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using Catch::Approx;

namespace {

// The dashboard's "now" in every test: 90 days earlier is 2026-04-01T12:00:00Z, twelve months
// earlier 2025-06-30T12:00:00Z.
const QDateTime kNow = QDateTime(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC);

GovernanceKpis kpis(Test::DashboardFixture &f, DashboardPeriod period)
{
    return readGovernanceKpis(f.db(), periodRange(period, kNow));
}

} // namespace

TEST_CASE("Periods end now and start 90 days or twelve calendar months before", "[dashboard]")
{
    const PeriodRange days = periodRange(DashboardPeriod::Last90Days, kNow);
    CHECK(days.start == QDateTime(QDate(2026, 4, 1), QTime(12, 0), Qt::UTC));
    CHECK(days.end == kNow);
    CHECK(periodRange(DashboardPeriod::Last12Months, kNow).start
          == QDateTime(QDate(2025, 6, 30), QTime(12, 0), Qt::UTC));
    const PeriodRange all = periodRange(DashboardPeriod::AllTime, kNow);
    CHECK_FALSE(all.start.isValid());
    CHECK(all.contains(QDateTime(QDate(2001, 1, 1), QTime(0, 0), Qt::UTC)));
    CHECK(days.contains(days.start));
    CHECK_FALSE(days.contains(days.start.addSecs(-1)));
    CHECK_FALSE(days.contains(kNow.addSecs(1)));
}

TEST_CASE("The median of an odd and an even number of values", "[dashboard]")
{
    CHECK_FALSE(median({}).has_value());
    CHECK(*median({7.0, 1.0, 3.0}) == Approx(3.0));
    CHECK(*median({20.0, 2.0, 10.0, 4.5}) == Approx(7.25)); // (4.5 + 10) / 2
}

TEST_CASE("Time to deployment is the median of days from creation to the approved release",
          "[dashboard]")
{
    Test::DashboardFixture f;
    const qint64 m = f.model(QStringLiteral("Churn"), 2);
    const auto deployed = [&](const QString &created, const QString &closed) {
        const qint64 v = f.version(m, QStringLiteral("deprecated"), created);
        f.request(v, QStringLiteral("production"), QStringLiteral("approved"), created, closed);
    };
    deployed(QStringLiteral("2026-01-01T00:00:00Z"), QStringLiteral("2026-01-11T00:00:00Z")); // 10
    deployed(QStringLiteral("2026-04-01T00:00:00Z"), QStringLiteral("2026-04-05T12:00:00Z")); // 4.5
    deployed(QStringLiteral("2026-05-01T00:00:00Z"), QStringLiteral("2026-05-21T00:00:00Z")); // 20
    // Closed exactly when the twelve months begin: 2 days, counted.
    deployed(QStringLiteral("2025-06-28T12:00:00Z"), QStringLiteral("2025-06-30T12:00:00Z"));
    // 2025-01-01 → 2025-03-02: 31 + 28 + 1 = 60 days, before the twelve months.
    deployed(QStringLiteral("2025-01-01T00:00:00Z"), QStringLiteral("2025-03-02T00:00:00Z"));
    // After now: not counted in any period.
    deployed(QStringLiteral("2026-06-25T00:00:00Z"), QStringLiteral("2026-07-01T00:00:00Z"));
    // Not deployments: a pending and a rejected request to production, an approval to staging.
    const qint64 pending
        = f.version(m, QStringLiteral("staging"), QStringLiteral("2026-05-01T00:00:00Z"));
    f.request(pending, QStringLiteral("production"), QStringLiteral("pending"),
              QStringLiteral("2026-05-02T00:00:00Z"));
    const qint64 rejected
        = f.version(m, QStringLiteral("rejected"), QStringLiteral("2026-05-01T00:00:00Z"));
    f.request(rejected, QStringLiteral("production"), QStringLiteral("rejected"),
              QStringLiteral("2026-05-02T00:00:00Z"), QStringLiteral("2026-05-03T00:00:00Z"));
    const qint64 staged
        = f.version(m, QStringLiteral("staging"), QStringLiteral("2026-05-01T00:00:00Z"));
    f.request(staged, QStringLiteral("staging"), QStringLiteral("approved"),
              QStringLiteral("2026-05-02T00:00:00Z"), QStringLiteral("2026-05-03T00:00:00Z"));

    // 90 days: {4.5, 20} → 12.25.
    const GovernanceKpis days = kpis(f, DashboardPeriod::Last90Days);
    CHECK(days.deployments == 2);
    CHECK(*days.medianDaysToDeployment == Approx(12.25));
    // Twelve months: {2, 4.5, 10, 20} → (4.5 + 10) / 2 = 7.25.
    const GovernanceKpis year = kpis(f, DashboardPeriod::Last12Months);
    CHECK(year.deployments == 4);
    CHECK(*year.medianDaysToDeployment == Approx(7.25));
    // All: {2, 4.5, 10, 20, 60} → 10.
    const GovernanceKpis all = kpis(f, DashboardPeriod::AllTime);
    CHECK(all.deployments == 5);
    CHECK(*all.medianDaysToDeployment == Approx(10.0));
}

TEST_CASE("Without a deployment in the period there is no median", "[dashboard]")
{
    Test::DashboardFixture f;
    const GovernanceKpis k = kpis(f, DashboardPeriod::Last12Months);
    CHECK(k.deployments == 0);
    CHECK_FALSE(k.medianDaysToDeployment.has_value());
    CHECK(k.retrains == 0);
    CHECK(k.driftIncidents == 0);
    CHECK(k.compliance.total() == 0);
}

TEST_CASE("Retrains are new versions whose parent has been in production", "[dashboard]")
{
    Test::DashboardFixture f;
    const qint64 m = f.model(QStringLiteral("Pricing"), 3);
    const qint64 deprecated
        = f.version(m, QStringLiteral("deprecated"), QStringLiteral("2024-01-01T00:00:00Z"));
    const qint64 neverDeployed
        = f.version(m, QStringLiteral("staging"), QStringLiteral("2024-02-01T00:00:00Z"));
    const qint64 retired
        = f.version(m, QStringLiteral("retired"), QStringLiteral("2024-02-15T00:00:00Z"));
    f.request(retired, QStringLiteral("production"), QStringLiteral("approved"),
              QStringLiteral("2024-02-20T00:00:00Z"), QStringLiteral("2024-03-01T00:00:00Z"));
    const qint64 production
        = f.version(m, QStringLiteral("production"), QStringLiteral("2024-05-01T00:00:00Z"));

    f.version(m, QStringLiteral("staging"), QStringLiteral("2026-03-15T00:00:00Z"),
              deprecated); // 12 m
    f.version(m, QStringLiteral("staging"), QStringLiteral("2026-05-01T00:00:00Z"),
              neverDeployed); // no
    f.version(m, QStringLiteral("staging"), QStringLiteral("2026-06-01T00:00:00Z"),
              retired); // 90 d
    f.version(m, QStringLiteral("development"),
              QStringLiteral("2026-06-10T00:00:00Z")); // no parent
    f.version(m, QStringLiteral("deprecated"), QStringLiteral("2025-01-01T00:00:00Z"),
              deprecated); // all
    f.version(m, QStringLiteral("development"), QStringLiteral("2026-06-30T12:00:00Z"),
              production); // now

    CHECK(kpis(f, DashboardPeriod::Last90Days).retrains == 2);
    CHECK(kpis(f, DashboardPeriod::Last12Months).retrains == 3);
    CHECK(kpis(f, DashboardPeriod::AllTime).retrains == 4);
}

TEST_CASE("A drift incident is an episode of drift windows, counted when it begins", "[dashboard]")
{
    Test::DashboardFixture f;
    const qint64 m = f.model(QStringLiteral("Fraud"), 1);
    const qint64 x
        = f.version(m, QStringLiteral("production"), QStringLiteral("2024-01-01T00:00:00Z"));
    const qint64 y
        = f.version(m, QStringLiteral("deprecated"), QStringLiteral("2024-01-01T00:00:00Z"));
    const auto windows = [&](qint64 v, const QString &feature,
                             std::initializer_list<std::pair<const char *, const char *>> list) {
        for (const auto &[end, status] : list) {
            f.drift(v, feature, QLatin1String(end), QLatin1String(status));
        }
    };
    // x/income: episodes begin 03-08, 04-12 (04-19 is drift by psi, stable by ks) and 06-28;
    // 07-05 is after now.
    windows(x, QStringLiteral("income"),
            {{"2026-03-01", "stable"},
             {"2026-03-08", "drift"},
             {"2026-03-15", "drift"},
             {"2026-03-22", "stable"},
             {"2026-04-05", "warning"},
             {"2026-04-12", "drift"},
             {"2026-04-19", "drift"},
             {"2026-04-26", "stable"},
             {"2026-06-28", "drift"},
             {"2026-07-05", "drift"}});
    f.drift(x, QStringLiteral("income"), QStringLiteral("2026-04-19"), QStringLiteral("stable"),
            QStringLiteral("ks"));
    // x/age: episodes begin 2025-12-28 and 2026-04-12.
    windows(x, QStringLiteral("age"),
            {{"2025-12-28", "drift"},
             {"2026-01-04", "drift"},
             {"2026-04-05", "stable"},
             {"2026-04-12", "drift"}});
    // x/label: one episode in 2024.
    windows(x, QStringLiteral("label"), {{"2024-05-05", "drift"}, {"2024-05-12", "stable"}});
    // y/income: begins on 2026-04-01, the first day of the 90 days.
    windows(y, QStringLiteral("income"), {{"2026-03-25", "stable"}, {"2026-04-01", "drift"}});
    // y/tenure: begins 03-29, before the 90 days, and lasts into them: one incident, not in 90 d.
    windows(y, QStringLiteral("tenure"), {{"2026-03-29", "drift"}, {"2026-04-05", "drift"}});

    // 90 days (from 2026-04-01): x/income 04-12, 06-28; x/age 04-12; y/income 04-01 → 4.
    CHECK(kpis(f, DashboardPeriod::Last90Days).driftIncidents == 4);
    // Twelve months: x/income 3, x/age 2, y/income 1, y/tenure 1 → 7.
    CHECK(kpis(f, DashboardPeriod::Last12Months).driftIncidents == 7);
    // All: and x/label → 8.
    CHECK(kpis(f, DashboardPeriod::AllTime).driftIncidents == 8);
}

TEST_CASE("Compliance incidents count rejections, waivers and expiries in the period",
          "[dashboard]")
{
    Test::DashboardFixture f;
    const qint64 compliance
        = f.person(QStringLiteral("Cora Compliance"), QStringLiteral("compliance"));
    const qint64 m = f.model(QStringLiteral("Credit"), 1);
    const qint64 v
        = f.version(m, QStringLiteral("staging"), QStringLiteral("2024-01-01T00:00:00Z"));
    const auto closed = [&](const char *status, const char *at) {
        return f.request(v, QStringLiteral("production"), QLatin1String(status),
                         QStringLiteral("2024-01-02T00:00:00Z"), QLatin1String(at));
    };
    closed("rejected", "2026-05-10T00:00:00Z");          // 90 d
    closed("rejected", "2025-05-01T00:00:00Z");          // all only
    closed("rejected", "2026-07-02T00:00:00Z");          // after now
    closed("expired", "2026-02-01T00:00:00Z");           // 12 m
    closed("changes_requested", "2026-05-15T00:00:00Z"); // not an incident
    closed("withdrawn", "2026-05-16T00:00:00Z");         // not an incident
    const qint64 r = closed("approved", "2026-06-02T00:00:00Z");
    f.decision(r, compliance, QStringLiteral("compliance"), QStringLiteral("waiver"),
               QStringLiteral("2026-06-01T00:00:00Z")); // 90 d
    f.decision(r, compliance, QStringLiteral("legal"), QStringLiteral("approve"),
               QStringLiteral("2026-06-01T01:00:00Z")); // not an incident
    const qint64 old = closed("approved", "2024-12-02T00:00:00Z");
    f.decision(old, compliance, QStringLiteral("compliance"), QStringLiteral("waiver"),
               QStringLiteral("2024-12-01T00:00:00Z")); // all only

    const ComplianceIncidents days = kpis(f, DashboardPeriod::Last90Days).compliance;
    CHECK(days.rejectedRequests == 1);
    CHECK(days.waiversGranted == 1);
    CHECK(days.expiredRequests == 0);
    CHECK(days.total() == 2);
    const ComplianceIncidents year = kpis(f, DashboardPeriod::Last12Months).compliance;
    CHECK(year.rejectedRequests == 1);
    CHECK(year.waiversGranted == 1);
    CHECK(year.expiredRequests == 1);
    CHECK(year.total() == 3);
    const ComplianceIncidents all = kpis(f, DashboardPeriod::AllTime).compliance;
    CHECK(all.rejectedRequests == 2);
    CHECK(all.waiversGranted == 2);
    CHECK(all.total() == 5);
}
