// SPDX-License-Identifier: GPL-3.0-or-later
// ApprovalService: the policy's quorum, segregation of duties, waivers, the QA tester's check
// and what a decision does to the request, version and model — through the service itself,
// whoever would call it.
#include "crypto/identity.h"
#include "governance/approvalservice.h"
#include "governance/governanceerror.h"
#include "governance/releaseservice.h"
#include "governancefixture.h"
#include "storage/checkpointrepository.h"
#include "storage/decisionrepository.h"
#include "storage/modelrepository.h"
#include "storage/releaserequestrepository.h"
#include "storage/versionrepository.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace Quorum;
using namespace Quorum::Test;
using Catch::Matchers::ContainsSubstring;

namespace {

RequestStatus statusOf(GovernanceFixture &f, qint64 requestId)
{
    return ReleaseRequestRepository(f.db()).byId(requestId)->status;
}

Stage stageOf(GovernanceFixture &f, qint64 versionId)
{
    return VersionRepository(f.db()).byId(versionId)->stage;
}

} // namespace

TEST_CASE("A tier 4 release is approved by one reviewer and moves to production",
          "[approvalservice]")
{
    GovernanceFixture f(4);
    const qint64 previous = f.addProductionVersion(0.90);
    const qint64 request = f.submit();
    const DecisionOutcome outcome
        = f.decide(QStringLiteral("reviewer1"), request, Verdict::Approve);

    CHECK(outcome.requestStatus == RequestStatus::Approved);
    CHECK(statusOf(f, request) == RequestStatus::Approved);
    CHECK(stageOf(f, f.versionId()) == Stage::Production);
    CHECK(stageOf(f, previous) == Stage::Deprecated);
    CHECK(outcome.checkpointId > 0);
    CHECK(DecisionRepository(f.db()).byId(outcome.decisionId)->checkpointId
          == outcome.checkpointId);
    CHECK(outcome.fileProblems.isEmpty());
    CHECK(QFile::exists(outcome.approvalRecordPath));
    CHECK(QFile::exists(outcome.releaseLogPath));
}

TEST_CASE("Tier 1 needs four of five board members plus compliance and legal",
          "[approvalservice][quorum]")
{
    GovernanceFixture f(1);
    const qint64 request = f.submit();
    ReleaseService(f.db()).recordTesterCheck(request, f.person(QStringLiteral("qa")),
                                             TesterVerdict::Passed, QStringLiteral("Tester ✓"));
    for (int i = 1; i <= 3; ++i) {
        f.decide(QStringLiteral("reviewer%1").arg(i), request, Verdict::Approve);
    }
    f.decide(QStringLiteral("compliance"), request, Verdict::Approve);
    DecisionOutcome outcome = f.decide(QStringLiteral("legal"), request, Verdict::Approve);
    CHECK(outcome.requestStatus == RequestStatus::Pending); // only 3 of 4 board members
    CHECK(outcome.tally.progress.front().approvals() == 3);
    CHECK(stageOf(f, f.versionId()) == Stage::Development);

    outcome = f.decide(QStringLiteral("reviewer4"), request, Verdict::ApproveWithConditions);
    CHECK(outcome.requestStatus == RequestStatus::Approved);
    CHECK(stageOf(f, f.versionId()) == Stage::Production);

    // The request is closed: the fifth board member can no longer sign.
    const GovernanceError late
        = refusalOf([&] { f.decide(QStringLiteral("reviewer5"), request, Verdict::Approve); });
    CHECK(late.kind() == GovernanceErrorKind::WrongState);
}

TEST_CASE("Segregation of duties is enforced by the service", "[approvalservice][sod]")
{
    GovernanceFixture f(4);
    // The submitter and the owner both hold the reviewer role: they are refused for who they
    // are, not for a missing role.
    const qint64 request = f.submit();

    SECTION("the submitter cannot decide on their own request")
    {
        const GovernanceError e
            = refusalOf([&] { f.decide(QStringLiteral("submitter"), request, Verdict::Approve); });
        CHECK(e.kind() == GovernanceErrorKind::NotAllowed);
        CHECK_THAT(e.message().toStdString(), ContainsSubstring("submitted request"));
    }
    SECTION("the model's owner cannot decide on its releases")
    {
        const GovernanceError e
            = refusalOf([&] { f.decide(QStringLiteral("owner"), request, Verdict::Reject); });
        CHECK(e.kind() == GovernanceErrorKind::NotAllowed);
        CHECK_THAT(e.message().toStdString(), ContainsSubstring("owns the model"));
    }
    SECTION("someone without a role the policy asks cannot decide")
    {
        const GovernanceError e
            = refusalOf([&] { f.decide(QStringLiteral("outsider"), request, Verdict::Approve); });
        CHECK(e.kind() == GovernanceErrorKind::NotAllowed);
        DecisionInput asReviewer{
            request, Verdict::Approve,         Role::Reviewer, QStringLiteral("I say so"), {},
            {},      DecisionMode::Interactive};
        const GovernanceError claimed = refusalOf(
            [&] { ApprovalService(f.db()).decide(asReviewer, f.key(QStringLiteral("legal"))); });
        CHECK_THAT(claimed.message().toStdString(), ContainsSubstring("does not hold the role"));
    }
    SECTION("an unknown key is refused")
    {
        const GovernanceError e
            = refusalOf([&] { f.decide(QStringLiteral("stranger"), request, Verdict::Approve); });
        CHECK(e.kind() == GovernanceErrorKind::NotFound);
        CHECK_THAT(e.message().toStdString(), ContainsSubstring("belongs to nobody"));
    }
    CHECK(DecisionRepository(f.db()).forRequest(request).empty());
    CHECK(statusOf(f, request) == RequestStatus::Pending);
}

TEST_CASE("One person counts once, whatever roles they hold", "[approvalservice][quorum]")
{
    GovernanceFixture f(1);
    const qint64 request = f.submit();
    ReleaseService(f.db()).recordTesterCheck(request, f.person(QStringLiteral("qa")),
                                             TesterVerdict::Passed, {});
    DecisionInput input{
        request, Verdict::Approve,         Role::Reviewer, QStringLiteral("Fine"), {},
        {},      DecisionMode::Interactive};
    ApprovalService(f.db()).decide(input, f.key(QStringLiteral("dual")));
    input.role = Role::Compliance;
    const GovernanceError again
        = refusalOf([&] { ApprovalService(f.db()).decide(input, f.key(QStringLiteral("dual"))); });
    CHECK(again.kind() == GovernanceErrorKind::WrongState);
    CHECK_THAT(again.message().toStdString(), ContainsSubstring("counts once"));
    CHECK(ApprovalService(f.db()).tally(request).progress.at(1).approvals() == 0);
}

TEST_CASE("A failed check is approved only after a waiver by the policy's waiver role",
          "[approvalservice][waiver]")
{
    GovernanceFixture f(4, Evidence{0.70, 0.2, 0.04}); // accuracy below 0.80
    const qint64 request = f.submit();
    const GovernanceError blocked
        = refusalOf([&] { f.decide(QStringLiteral("reviewer1"), request, Verdict::Approve); });
    CHECK_THAT(blocked.message().toStdString(), ContainsSubstring("waiver"));

    // Tier 4 names ml-lead; compliance is not enough.
    const GovernanceError wrongRole
        = refusalOf([&] { f.waive(QStringLiteral("compliance"), request); });
    CHECK(wrongRole.kind() == GovernanceErrorKind::NotAllowed);

    DecisionInput noExpiry{request, Verdict::Waiver,          {}, QStringLiteral("Temporary"), {},
                           {},      DecisionMode::Interactive};
    const GovernanceError missingExpiry = refusalOf(
        [&] { ApprovalService(f.db()).decide(noExpiry, f.key(QStringLiteral("mllead"))); });
    CHECK(missingExpiry.kind() == GovernanceErrorKind::InvalidInput);

    const DecisionOutcome waiver = f.waive(QStringLiteral("mllead"), request);
    CHECK(waiver.requestStatus == RequestStatus::Pending); // a waiver is no approval
    const DecisionOutcome approval
        = f.decide(QStringLiteral("reviewer1"), request, Verdict::Approve);
    CHECK(approval.requestStatus == RequestStatus::Approved);
}

TEST_CASE("A waiver is refused when every check passed", "[approvalservice][waiver]")
{
    GovernanceFixture f(4);
    const qint64 request = f.submit();
    const GovernanceError e = refusalOf([&] { f.waive(QStringLiteral("mllead"), request); });
    CHECK_THAT(e.message().toStdString(), ContainsSubstring("nothing to waive"));
}

TEST_CASE("Rationale and conditions are required", "[approvalservice]")
{
    GovernanceFixture f(4);
    const qint64 request = f.submit();
    const GovernanceError blank = refusalOf([&] {
        f.decide(QStringLiteral("reviewer1"), request, Verdict::Approve, QStringLiteral("  "));
    });
    CHECK(blank.kind() == GovernanceErrorKind::InvalidInput);
    DecisionInput conditional{request, Verdict::ApproveWithConditions, {}, QStringLiteral("OK"), {},
                              {},      DecisionMode::Interactive};
    const GovernanceError noConditions = refusalOf(
        [&] { ApprovalService(f.db()).decide(conditional, f.key(QStringLiteral("reviewer1"))); });
    CHECK(noConditions.kind() == GovernanceErrorKind::InvalidInput);
}

TEST_CASE("A policy that requires the QA tester's check refuses approval until it passed",
          "[approvalservice][qa]")
{
    GovernanceFixture f(1);
    const qint64 request = f.submit();
    const GovernanceError e
        = refusalOf([&] { f.decide(QStringLiteral("reviewer1"), request, Verdict::Approve); });
    CHECK_THAT(e.message().toStdString(), ContainsSubstring("Tester"));
    // A reject needs no tester.
    CHECK(f.decide(QStringLiteral("legal"), request, Verdict::Reject).requestStatus
          == RequestStatus::Rejected);
}

TEST_CASE("The first reject ends the request; a request for changes lets the owner resubmit",
          "[approvalservice]")
{
    GovernanceFixture f(3);
    const qint64 first = f.submit();
    f.decide(QStringLiteral("reviewer1"), first, Verdict::Approve);
    const DecisionOutcome changes
        = f.decide(QStringLiteral("engineer"), first, Verdict::RequestChanges);
    CHECK(changes.requestStatus == RequestStatus::ChangesRequested);
    CHECK(stageOf(f, f.versionId()) == Stage::Development);

    const qint64 second = f.submit();
    CHECK(ReleaseRequestRepository(f.db()).byId(second)->previousRequestId == first);
    CHECK(DecisionRepository(f.db()).forRequest(first).size() == 2); // the history stays
    const DecisionOutcome rejected = f.decide(QStringLiteral("reviewer2"), second, Verdict::Reject);
    CHECK(rejected.requestStatus == RequestStatus::Rejected);
    CHECK(stageOf(f, f.versionId()) == Stage::Development);
}

TEST_CASE("An approved retirement retires the version and the model", "[approvalservice]")
{
    GovernanceFixture f(4);
    const qint64 production = f.addProductionVersion(0.9);
    RetirementInput retirement;
    retirement.modelId = f.modelId();
    retirement.reason = QStringLiteral("Superseded");
    const GovernanceError notOwner = refusalOf(
        [&] { ReleaseService(f.db()).retire(retirement, f.person(QStringLiteral("submitter"))); });
    CHECK(notOwner.kind() == GovernanceErrorKind::NotAllowed);

    const qint64 request
        = ReleaseService(f.db()).retire(retirement, f.person(QStringLiteral("owner")));
    CHECK(ModelRepository(f.db()).byId(f.modelId())->status == ModelStatus::Retiring);
    f.decide(QStringLiteral("reviewer3"), request, Verdict::Approve);
    CHECK(stageOf(f, production) == Stage::Retired);
    CHECK(ModelRepository(f.db()).byId(f.modelId())->status == ModelStatus::Retired);
}

TEST_CASE("A signed decision whose request changed meanwhile is not recorded", "[approvalservice]")
{
    GovernanceFixture f(4);
    const qint64 request = f.submit();
    ApprovalService service(f.db());
    const Identity key = f.key(QStringLiteral("reviewer1"));
    DecisionInput input{request, Verdict::Approve,         {}, QStringLiteral("Fine"), {},
                        {},      DecisionMode::Interactive};
    const SignedDecision signedDecision
        = ApprovalService::sign(service.prepare(input, key.certificate()), key);
    f.decide(QStringLiteral("reviewer2"), request, Verdict::Reject); // closes it first
    const GovernanceError e = refusalOf([&] { service.record(signedDecision); });
    CHECK(e.kind() == GovernanceErrorKind::WrongState);
    CHECK(DecisionRepository(f.db()).forRequest(request).size() == 1);
    CHECK(CheckpointRepository(f.db()).all().size() == 1);
}

TEST_CASE("A signature by another key than the statement names is refused", "[approvalservice]")
{
    GovernanceFixture f(4);
    const qint64 request = f.submit();
    ApprovalService service(f.db());
    const Identity reviewer = f.key(QStringLiteral("reviewer1"));
    const Identity other = f.key(QStringLiteral("reviewer2"));
    DecisionInput input{request, Verdict::Approve,         {}, QStringLiteral("Fine"), {},
                        {},      DecisionMode::Interactive};
    // Prepared for reviewer1, signed with reviewer2's key.
    const SignedDecision forged
        = ApprovalService::sign(service.prepare(input, reviewer.certificate()), other);
    const GovernanceError e = refusalOf([&] { service.record(forged); });
    CHECK(e.kind() == GovernanceErrorKind::NotAllowed);
    CHECK(DecisionRepository(f.db()).forRequest(request).empty());
}
