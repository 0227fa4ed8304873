// SPDX-License-Identifier: GPL-3.0-or-later
// ReleaseService: registering versions, submitting them with their threshold checks, the QA
// tester's check, withdrawing and expiring requests.
#include "governance/governanceerror.h"
#include "governance/releaseservice.h"
#include "governancefixture.h"
#include "storage/modelrepository.h"
#include "storage/releaserequestrepository.h"
#include "storage/testercheckrepository.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_floating_point.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace Quorum;
using namespace Quorum::Test;
using Catch::Matchers::ContainsSubstring;
using Catch::Matchers::WithinAbs;

namespace {

const ThresholdCheck &check(const ReleaseRequest &request, const QString &name)
{
    const auto found = std::find_if(request.checks.begin(), request.checks.end(),
                                    [&name](const ThresholdCheck &c) { return c.name == name; });
    REQUIRE(found != request.checks.end());
    return *found;
}

} // namespace

TEST_CASE("Submitting stores every threshold check with its actual value", "[releaseservice]")
{
    GovernanceFixture f(2, Evidence{0.86, 0.45, 0.12});
    f.addProductionVersion(0.88);
    const qint64 id = f.submit();
    const ReleaseRequest request = *ReleaseRequestRepository(f.db()).byId(id);

    CHECK(request.status == RequestStatus::Pending);
    CHECK(request.toStage == Stage::Production);
    CHECK(request.fromStage == Stage::Development);
    CHECK(request.expiresAt == request.submittedAt.addDays(30));
    CHECK(check(request, QStringLiteral("accuracy")).passed);
    CHECK_THAT(*check(request, QStringLiteral("accuracy")).actual, WithinAbs(0.86, 1e-12));
    CHECK_FALSE(check(request, QStringLiteral("risk_score")).passed);
    CHECK_THAT(*check(request, QStringLiteral("risk_score")).actual, WithinAbs(0.45, 1e-12));
    CHECK_FALSE(check(request, QStringLiteral("psi")).passed);
    // 0.88 → 0.86 is a loss of 2.27 % (to two decimals) against production: more than 1.0 %.
    const ThresholdCheck &regression = check(request, QStringLiteral("regression_vs_production"));
    CHECK_FALSE(regression.passed);
    CHECK_THAT(*regression.actual, WithinAbs(2.27, 1e-9));
}

TEST_CASE("A version has one pending request at a time", "[releaseservice]")
{
    GovernanceFixture f(4);
    const qint64 first = f.submit();
    const GovernanceError e = refusalOf([&] { f.submit(); });
    CHECK(e.kind() == GovernanceErrorKind::WrongState);
    CHECK_THAT(e.message().toStdString(), ContainsSubstring(QString::number(first).toStdString()));
}

TEST_CASE("Only forward release stages can be requested", "[releaseservice]")
{
    GovernanceFixture f(4);
    const GovernanceError retired = refusalOf([&] {
        ReleaseService(f.db()).submit({f.versionId(), Stage::Retired, {}, {}},
                                      f.person(QStringLiteral("submitter")));
    });
    CHECK(retired.kind() == GovernanceErrorKind::InvalidInput);
    CHECK_THAT(retired.message().toStdString(), ContainsSubstring("retire"));
}

TEST_CASE("Registering refuses malformed input and duplicates", "[releaseservice]")
{
    GovernanceFixture f(4);
    ReleaseService service(f.db());
    const Person &engineer = f.person(QStringLiteral("engineer"));
    const QString sha(64, QLatin1Char('c'));
    CHECK(refusalOf([&] {
              service.registerVersion(
                  {QStringLiteral("credit-risk"), QStringLiteral("1.0.0"), sha, {}, {}, {}},
                  engineer);
          }).kind()
          == GovernanceErrorKind::WrongState);
    CHECK(refusalOf([&] {
              service.registerVersion(
                  {QStringLiteral("credit-risk"), QStringLiteral("one"), sha, {}, {}, {}},
                  engineer);
          }).kind()
          == GovernanceErrorKind::InvalidInput);
    CHECK(refusalOf([&] {
              service.registerVersion({QStringLiteral("new-model"),
                                       QStringLiteral("1.0.0"),
                                       QStringLiteral("abc"),
                                       {},
                                       3,
                                       {}},
                                      engineer);
          }).kind()
          == GovernanceErrorKind::InvalidInput);
    const GovernanceError noTier = refusalOf([&] {
        service.registerVersion(
            {QStringLiteral("new-model"), QStringLiteral("1.0.0"), sha, {}, {}, {}}, engineer);
    });
    CHECK_THAT(noTier.message().toStdString(), ContainsSubstring("tier"));
    const Registration created = service.registerVersion(
        {QStringLiteral("new-model"), QStringLiteral("1.0.0"), sha, {}, 3, {}}, engineer);
    CHECK(created.modelCreated);
    CHECK(ModelRepository(f.db()).byId(created.modelId)->ownerId == engineer.id);
}

TEST_CASE("The tester's check needs the qa role and another person", "[releaseservice]")
{
    GovernanceFixture f(1);
    const qint64 request = f.submit();
    ReleaseService service(f.db());
    CHECK(refusalOf([&] {
              service.recordTesterCheck(request, f.person(QStringLiteral("reviewer1")),
                                        TesterVerdict::Passed, {});
          }).kind()
          == GovernanceErrorKind::NotAllowed);
    service.recordTesterCheck(request, f.person(QStringLiteral("qa")), TesterVerdict::Passed,
                              QStringLiteral("Tester ✓ Annex IV and metrics checked"));
    const auto checks = TesterCheckRepository(f.db()).forRequest(request);
    REQUIRE(checks.size() == 1);
    CHECK(checks.front().passed);
    CHECK(checks.front().comment == QStringLiteral("Tester ✓ Annex IV and metrics checked"));
}

TEST_CASE("Withdrawing is for the submitter or the owner", "[releaseservice]")
{
    GovernanceFixture f(4);
    const qint64 request = f.submit();
    ReleaseService service(f.db());
    CHECK(
        refusalOf([&] { service.withdraw(request, f.person(QStringLiteral("reviewer1"))); }).kind()
        == GovernanceErrorKind::NotAllowed);
    service.withdraw(request, f.person(QStringLiteral("owner")));
    CHECK(ReleaseRequestRepository(f.db()).byId(request)->status == RequestStatus::Withdrawn);
    CHECK(
        refusalOf([&] { f.decide(QStringLiteral("reviewer1"), request, Verdict::Approve); }).kind()
        == GovernanceErrorKind::WrongState);
}

TEST_CASE("Requests past their expiry expire and can no longer be decided", "[releaseservice]")
{
    GovernanceFixture f(4);
    const qint64 request = f.submit();
    CHECK(ReleaseService(f.db()).expireDue() == 0);
    const QDateTime later = f.db().now().addDays(31);
    f.db().setClock([later] { return later; });
    CHECK(
        refusalOf([&] { f.decide(QStringLiteral("reviewer1"), request, Verdict::Approve); }).kind()
        == GovernanceErrorKind::WrongState);
    CHECK(ReleaseService(f.db()).expireDue() == 1);
    CHECK(ReleaseRequestRepository(f.db()).byId(request)->status == RequestStatus::Expired);
}
