// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelpage/modelrequests.h"
#include "modelpagefixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

TEST_CASE("A model's open requests are its pending ones, oldest first, with the version and "
          "submitter",
          "[modelpage]")
{
    Test::ModelPageFixture f;
    const qint64 model = f.addModel(QStringLiteral("alpha"));
    const qint64 other = f.addModel(QStringLiteral("beta"));
    const qint64 v1 = f.addVersion(model, QStringLiteral("1.0.0"), Stage::Production);
    const qint64 v2 = f.addVersion(model, QStringLiteral("1.1.0"), Stage::Staging);
    const qint64 v3 = f.addVersion(model, QStringLiteral("1.2.0"), Stage::Staging);
    const qint64 otherVersion = f.addVersion(other, QStringLiteral("0.1.0"), Stage::Staging);
    f.addRequest(v1, Stage::Approved, RequestStatus::Approved, 2);
    f.addRequest(v1, Stage::Production, RequestStatus::Approved, 4); // closed on the 7th
    f.addRequest(v2, Stage::Production, RequestStatus::Rejected, 8);
    const qint64 newer = f.addRequest(v2, Stage::Production, RequestStatus::Pending, 20);
    const qint64 older = f.addRequest(v3, Stage::Production, RequestStatus::Pending, 15);
    f.addRequest(otherVersion, Stage::Production, RequestStatus::Pending, 16);

    const ModelRequests requests = readModelRequests(f.db(), model);
    CHECK(requests.productionApprovedAt == Test::january(7)); // submitted the 4th + 3 days
    REQUIRE(requests.open.size() == 2);
    CHECK(requests.open[0].requestId == older);
    CHECK(requests.open[0].version == QStringLiteral("1.2.0"));
    CHECK(requests.open[0].submittedAt == Test::january(15));
    CHECK(requests.open[0].expiresAt == Test::january(15).addDays(30));
    CHECK(requests.open[0].submittedBy == QStringLiteral("Dana Reyes"));
    CHECK(requests.open[0].ticketRef == QStringLiteral("GOV-15"));
    CHECK(requests.open[1].requestId == newer);
    CHECK(requests.open[1].version == QStringLiteral("1.1.0"));
    CHECK(requests.open[1].status == RequestStatus::Pending);
}

TEST_CASE("A model without a version in production has no approval date", "[modelpage]")
{
    Test::ModelPageFixture f;
    const qint64 model = f.addModel(QStringLiteral("alpha"));
    f.addVersion(model, QStringLiteral("0.1.0"), Stage::Development);
    const ModelRequests requests = readModelRequests(f.db(), model);
    CHECK_FALSE(requests.productionApprovedAt.isValid());
    CHECK(requests.open.empty());
}
