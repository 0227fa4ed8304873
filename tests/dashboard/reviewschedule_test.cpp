// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/reviewschedule.h"
#include "dashboardfixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC);

QDateTime utc(int y, int m, int d, int h = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

} // namespace

TEST_CASE("Tier 1 is reviewed quarterly, Tier 2 yearly, Tier 3 every two years, Tier 4 never",
          "[dashboard]")
{
    CHECK(reviewIntervalMonths(RiskTier::Critical) == 3);
    CHECK(reviewIntervalMonths(RiskTier::High) == 12);
    CHECK(reviewIntervalMonths(RiskTier::Standard) == 24);
    CHECK_FALSE(reviewIntervalMonths(RiskTier::Experimental).has_value());
    // Calendar months: 31 January + 3 months is the last day of April.
    CHECK(nextReviewDue(RiskTier::Critical, utc(2026, 1, 31, 9)) == utc(2026, 4, 30, 9));
    // 29 February 2024 + 12 months is 28 February 2025.
    CHECK(nextReviewDue(RiskTier::High, utc(2024, 2, 29)) == utc(2025, 2, 28));
    CHECK(nextReviewDue(RiskTier::Standard, utc(2024, 6, 1)) == utc(2026, 6, 1));
    CHECK_FALSE(nextReviewDue(RiskTier::Experimental, utc(2026, 1, 1)).isValid());
    CHECK_FALSE(nextReviewDue(RiskTier::Critical, QDateTime()).isValid());
}

TEST_CASE("A review is overdue after its date and due soon within 30 days", "[dashboard]")
{
    CHECK(reviewState(kNow.addSecs(-1), kNow) == ReviewState::Overdue);
    CHECK(reviewState(kNow, kNow) == ReviewState::DueSoon);
    CHECK(reviewState(kNow.addDays(30), kNow) == ReviewState::DueSoon);
    CHECK(reviewState(kNow.addDays(30).addSecs(1), kNow) == ReviewState::Scheduled);
    CHECK(reviewState(QDateTime(), kNow) == ReviewState::NeverReviewed);
}

TEST_CASE("The review schedule lists production models by tier, overdue first", "[dashboard]")
{
    Test::DashboardFixture f;
    const qint64 reviewer = f.person(QStringLiteral("Rita Reviewer"), QStringLiteral("reviewer"));
    const auto production = [&](const QString &name, int tier,
                                const QString &status = QStringLiteral("active")) {
        const qint64 m = f.model(name, tier, 0, status);
        return f.version(m, QStringLiteral("production"), QStringLiteral("2024-01-01T00:00:00Z"));
    };
    // Fraud (Tier 1): deployed 2026-01-10; an approval of a later request on the same version
    // on 2026-01-15 09:00 is its last review → due 2026-04-15 09:00, overdue by 76 days
    // (15 Apr → 15 May 30, → 15 Jun 31, → 30 Jun 15).
    const qint64 fraud = production(QStringLiteral("Fraud"), 1);
    f.request(fraud, QStringLiteral("production"), QStringLiteral("approved"),
              QStringLiteral("2026-01-05T00:00:00Z"), QStringLiteral("2026-01-10T00:00:00Z"));
    const qint64 later = f.request(fraud, QStringLiteral("deprecated"), QStringLiteral("pending"),
                                   QStringLiteral("2026-01-14T00:00:00Z"));
    f.decision(later, reviewer, QStringLiteral("reviewer"), QStringLiteral("approve"),
               QStringLiteral("2026-01-15T09:00:00Z"));
    // A reject later still is no review.
    const qint64 rejected
        = f.request(fraud, QStringLiteral("deprecated"), QStringLiteral("rejected"),
                    QStringLiteral("2026-02-27T00:00:00Z"), QStringLiteral("2026-03-01T00:00:00Z"));
    f.decision(rejected, reviewer, QStringLiteral("reviewer"), QStringLiteral("reject"),
               QStringLiteral("2026-03-01T00:00:00Z"));
    // Churn (Tier 2): approved 2025-09-01 10:00 without stored decisions → due 2026-09-01,
    // 63 days ahead (July 31 + August 31 + 1).
    f.request(production(QStringLiteral("Churn"), 2), QStringLiteral("production"),
              QStringLiteral("approved"), QStringLiteral("2025-08-25T00:00:00Z"),
              QStringLiteral("2025-09-01T10:00:00Z"));
    // Credit (Tier 1): approved 2026-04-20 08:00 → due 2026-07-20 08:00, in 20 days: soon.
    f.request(production(QStringLiteral("Credit"), 1), QStringLiteral("production"),
              QStringLiteral("approved"), QStringLiteral("2026-04-15T00:00:00Z"),
              QStringLiteral("2026-04-20T08:00:00Z"));
    // Pricing (Tier 2): in production without any approval: never reviewed.
    production(QStringLiteral("Pricing"), 2);
    // Search (Tier 3): approved 2024-06-01 → due 2026-06-01, overdue by 29 days.
    f.request(production(QStringLiteral("Search"), 3), QStringLiteral("production"),
              QStringLiteral("approved"), QStringLiteral("2024-05-25T00:00:00Z"),
              QStringLiteral("2024-06-01T00:00:00Z"));
    // Not listed: Tier 4, a retired model, a model with nothing in production.
    production(QStringLiteral("Experiment"), 4);
    production(QStringLiteral("Legacy"), 1, QStringLiteral("retired"));
    f.version(f.model(QStringLiteral("Staged"), 2), QStringLiteral("staging"),
              QStringLiteral("2026-01-01T00:00:00Z"));

    const std::vector<ReviewScheduleEntry> schedule = readReviewSchedule(f.db(), kNow);
    REQUIRE(schedule.size() == 5);
    CHECK(schedule[0].displayName == QStringLiteral("Fraud"));
    CHECK(schedule[0].state == ReviewState::Overdue);
    CHECK(schedule[0].lastReview == utc(2026, 1, 15, 9));
    CHECK(schedule[0].nextDue == utc(2026, 4, 15, 9));
    CHECK(schedule[0].daysUntilDue == -76);
    CHECK(schedule[0].tier == RiskTier::Critical);
    CHECK(schedule[1].displayName == QStringLiteral("Search"));
    CHECK(schedule[1].state == ReviewState::Overdue);
    CHECK(schedule[1].daysUntilDue == -29);
    CHECK(schedule[2].displayName == QStringLiteral("Pricing"));
    CHECK(schedule[2].state == ReviewState::NeverReviewed);
    CHECK_FALSE(schedule[2].lastReview.isValid());
    CHECK(schedule[3].displayName == QStringLiteral("Credit"));
    CHECK(schedule[3].state == ReviewState::DueSoon);
    CHECK(schedule[3].nextDue == utc(2026, 7, 20, 8));
    CHECK(schedule[3].daysUntilDue == 20);
    CHECK(schedule[4].displayName == QStringLiteral("Churn"));
    CHECK(schedule[4].state == ReviewState::Scheduled);
    CHECK(schedule[4].lastReview == utc(2025, 9, 1, 10));
    CHECK(schedule[4].daysUntilDue == 63);
}
