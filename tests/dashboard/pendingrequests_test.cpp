// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/pendingrequests.h"
#include "dashboard/retirementsinprogress.h"
#include "dashboardfixture.h"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>

using namespace Quorum;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC);

std::vector<qint64> ids(const std::vector<PendingRequestRow> &rows)
{
    std::vector<qint64> out;
    std::transform(rows.begin(), rows.end(), std::back_inserter(out),
                   [](const PendingRequestRow &r) { return r.requestId; });
    return out;
}

/// Pending requests of one Tier 4 model expiring around now + 7 days (2026-07-07 12:00).
struct ExpiryFixture
{
    ExpiryFixture()
    {
        const qint64 m = f.model(QStringLiteral("Intent"), 4);
        const auto pending
            = [&](const char *submitted, const char *expires, const char *status = "pending") {
                  const qint64 v = f.version(m, QStringLiteral("staging"),
                                             QStringLiteral("2026-06-01T00:00:00Z"));
                  return f.request(v, QStringLiteral("production"), QLatin1String(status),
                                   QLatin1String(submitted), {}, QLatin1String(expires));
              };
        atBoundary = pending("2026-06-07T12:00:00Z", "2026-07-07T12:00:00Z");
        justAfter = pending("2026-06-07T12:00:01Z", "2026-07-07T12:00:01Z");
        tomorrow = pending("2026-06-01T00:00:00Z", "2026-07-01T00:00:00Z");
        expiredNow = pending("2026-05-31T12:00:00Z", "2026-06-30T12:00:00Z");
        pending("2026-06-02T00:00:00Z", "2026-07-02T00:00:00Z", "approved");
        neverExpires = pending("2026-06-20T00:00:00Z", "");
    }

    Test::DashboardFixture f;
    qint64 atBoundary = 0;
    qint64 justAfter = 0;
    qint64 tomorrow = 0;
    qint64 expiredNow = 0;
    qint64 neverExpires = 0;
};

} // namespace

TEST_CASE_METHOD(ExpiryFixture, "Requests expiring within seven days are listed soonest first",
                 "[dashboard]")
{
    const std::vector<PendingRequestRow> rows = readExpiringRequests(f.db(), kNow);
    CHECK(ids(rows) == std::vector<qint64>{tomorrow, atBoundary});
    REQUIRE_FALSE(rows.empty());
    CHECK(rows[0].displayName == QStringLiteral("Intent"));
    CHECK(rows[0].submittedBy == QStringLiteral("Sam Submitter"));
    CHECK(rows[0].expiresAt == QDateTime(QDate(2026, 7, 1), QTime(0, 0), Qt::UTC));
    CHECK(rows[0].toStage == Stage::Production);
    // Within one day (until 2026-07-01 12:00): only tomorrow's.
    CHECK(ids(readExpiringRequests(f.db(), kNow, 1)) == std::vector<qint64>{tomorrow});
}

TEST_CASE_METHOD(ExpiryFixture, "Without a person every unexpired pending request is mine",
                 "[dashboard]")
{
    CHECK(ids(readMyPendingDecisions(f.db(), std::nullopt, kNow))
          == std::vector<qint64>{tomorrow, atBoundary, justAfter, neverExpires});
}

TEST_CASE("A reviewer's decisions are their inbox; the submitter has none", "[dashboard]")
{
    Test::DashboardFixture f;
    const qint64 reviewer = f.person(QStringLiteral("Rita Reviewer"), QStringLiteral("reviewer"));
    const qint64 m = f.model(QStringLiteral("Intent"), 4);
    const qint64 v
        = f.version(m, QStringLiteral("staging"), QStringLiteral("2026-06-01T00:00:00Z"));
    // Far in the future, so the database's own clock does not expire it.
    const qint64 r = f.request(v, QStringLiteral("production"), QStringLiteral("pending"),
                               QStringLiteral("2026-06-02T00:00:00Z"), {},
                               QStringLiteral("2099-01-01T00:00:00Z"));

    const std::vector<PendingRequestRow> mine = readMyPendingDecisions(f.db(), reviewer, kNow);
    REQUIRE(ids(mine) == std::vector<qint64>{r});
    CHECK(mine[0].role == Role::Reviewer);
    CHECK(mine[0].displayName == QStringLiteral("Intent"));
    CHECK(mine[0].version == QStringLiteral("1.1.0"));
    CHECK(mine[0].approvalsCounted == 0);
    CHECK(mine[0].approvalsRequired == 1); // Tier 4: one reviewer
    CHECK(readMyPendingDecisions(f.db(), f.submitter(), kNow).empty());
}

TEST_CASE("Retirements in progress show reason, replacement and approvals so far", "[dashboard]")
{
    Test::DashboardFixture f;
    const qint64 reviewer = f.person(QStringLiteral("Rita Reviewer"), QStringLiteral("reviewer"));
    const qint64 owner = f.person(QStringLiteral("Olive Owner"), QStringLiteral("owner"));
    const qint64 replacement = f.model(QStringLiteral("Churn v2"), 3);
    const qint64 m = f.model(QStringLiteral("Churn"), 3, owner, QStringLiteral("retiring"));
    const qint64 v
        = f.version(m, QStringLiteral("production"), QStringLiteral("2025-01-01T00:00:00Z"));
    const qint64 r = f.request(v, QStringLiteral("retired"), QStringLiteral("pending"),
                               QStringLiteral("2026-06-20T00:00:00Z"), {},
                               QStringLiteral("2026-07-20T00:00:00Z"), owner);
    f.retirement(r, QStringLiteral("Replaced by Churn v2"), replacement,
                 QStringLiteral("s3://archive/churn"));
    f.decision(r, reviewer, QStringLiteral("reviewer"), QStringLiteral("approve"),
               QStringLiteral("2026-06-21T00:00:00Z"));
    // Not in progress: an approved retirement and a pending release to production.
    const qint64 done = f.request(v, QStringLiteral("retired"), QStringLiteral("approved"),
                                  QStringLiteral("2026-01-01T00:00:00Z"),
                                  QStringLiteral("2026-01-05T00:00:00Z"), {}, owner);
    f.retirement(done, QStringLiteral("Old"), 0, {});
    f.request(f.version(m, QStringLiteral("staging"), QStringLiteral("2026-06-01T00:00:00Z")),
              QStringLiteral("production"), QStringLiteral("pending"),
              QStringLiteral("2026-06-02T00:00:00Z"));

    const std::vector<RetirementInProgress> rows = readRetirementsInProgress(f.db(), kNow);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].request.requestId == r);
    CHECK(rows[0].request.modelId == m);
    CHECK(rows[0].request.submittedBy == QStringLiteral("Olive Owner"));
    CHECK(rows[0].request.fromStage == Stage::Production);
    CHECK(rows[0].reason == QStringLiteral("Replaced by Churn v2"));
    CHECK(rows[0].replacementModelId == replacement);
    CHECK(rows[0].replacementName == QStringLiteral("Churn v2"));
    CHECK(rows[0].archiveLocation == QStringLiteral("s3://archive/churn"));
    // Tier 3: one peer reviewer + one ML engineer; the reviewer has approved.
    CHECK(rows[0].request.approvalsCounted == 1);
    CHECK(rows[0].request.approvalsRequired == 2);
}
