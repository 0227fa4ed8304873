// SPDX-License-Identifier: GPL-3.0-or-later
#include "governance/policyrepository.h"
#include "governance/quorumtally.h"
#include "tempdatabase.h"

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

// The stored default policy of a tier, as every new database has it.
Policy defaultPolicy(int tier)
{
    Test::TempDatabase temp;
    return PolicyRepository(temp.db()).current(tier);
}

Vote vote(qint64 person, Role as, Verdict verdict = Verdict::Approve, std::vector<Role> held = {})
{
    return {person, held.empty() ? std::vector<Role>{as} : held, as, verdict};
}

std::vector<Vote> reviewers(std::initializer_list<qint64> people)
{
    std::vector<Vote> votes;
    for (qint64 p : people) {
        votes.push_back(vote(p, Role::Reviewer));
    }
    return votes;
}

} // namespace

TEST_CASE("The default Tier 1 policy asks 4 of 5 board members, compliance and legal", "[models]")
{
    const Policy tier1 = defaultPolicy(1);
    REQUIRE(tier1.approvals.size() == 3);
    CHECK(tier1.approvals[0].role == Role::Reviewer);
    CHECK(tier1.approvals[0].count == 4);
    CHECK(tier1.approvals[0].of == 5);
    CHECK(tier1.approvals[1].role == Role::Compliance);
    CHECK(tier1.approvals[2].role == Role::Legal);
    CHECK(tier1.thresholds.requireQaCheck);
    CHECK(tier1.allowsWaiverBy(Role::Compliance));
    CHECK_FALSE(tier1.allowsWaiverBy(Role::Reviewer));
    CHECK(tier1.monitoring.dataDriftPsi == 0.05);
    const Policy tier2 = defaultPolicy(2);
    REQUIRE(tier2.approvals.size() == 2);
    CHECK(tier2.approvals[0].role == Role::MlLead);
    CHECK(tier2.approvals[1].role == Role::Business);
}

TEST_CASE("Four board members, compliance and legal approve a Tier 1 release", "[models]")
{
    const Policy policy = defaultPolicy(1);
    std::vector<Vote> votes = reviewers({1, 2, 3});
    votes.push_back(vote(10, Role::Compliance));
    votes.push_back(vote(11, Role::Legal));
    Tally tally = tallyVotes(policy, votes);
    CHECK(tally.outcome == TallyOutcome::Pending);
    CHECK(tally.progress[0].approvals() == 3);
    CHECK_FALSE(tally.progress[0].met());
    CHECK(tally.progress[1].met());

    votes.push_back(vote(4, Role::Reviewer, Verdict::ApproveWithConditions));
    tally = tallyVotes(policy, votes);
    CHECK(tally.outcome == TallyOutcome::Approved);
    CHECK(tally.progress[0].countedPeople == std::vector<qint64>{1, 2, 3, 4});
}

TEST_CASE("One person counts once, however often or in however many roles they sign", "[models]")
{
    const Policy policy = defaultPolicy(1);
    std::vector<Vote> votes = reviewers({1, 1, 1, 1});
    votes.push_back(vote(10, Role::Compliance));
    votes.push_back(vote(11, Role::Legal));
    CHECK(tallyVotes(policy, votes).progress[0].approvals() == 1);

    // A board member who is also the compliance officer fills one place, not two.
    std::vector<Vote> dual = reviewers({1, 2, 3, 4});
    dual.push_back(vote(11, Role::Legal));
    dual.push_back(vote(4, Role::Compliance, Verdict::Approve, {Role::Reviewer, Role::Compliance}));
    const Tally tally = tallyVotes(policy, dual);
    CHECK(tally.outcome == TallyOutcome::Pending);
    CHECK_FALSE(tally.progress[1].met());
}

TEST_CASE("Only people who hold the role they sign in count", "[models]")
{
    const Policy policy = defaultPolicy(2);
    // An ML engineer claiming to sign as ML lead, and a business stakeholder.
    const std::vector<Vote> votes{vote(5, Role::MlLead, Verdict::Approve, {Role::MlEngineer}),
                                  vote(6, Role::Business)};
    const Tally tally = tallyVotes(policy, votes);
    CHECK(tally.outcome == TallyOutcome::Pending);
    CHECK(tally.progress[0].approvals() == 0);
    // A role the matrix does not ask for counts for nothing either.
    CHECK(tallyVotes(policy, {vote(7, Role::Qa), vote(6, Role::Business)}).outcome
          == TallyOutcome::Pending);
}

TEST_CASE("The first reject or request for changes by an eligible person ends the request",
          "[models]")
{
    const Policy policy = defaultPolicy(1);
    std::vector<Vote> votes = reviewers({1, 2, 3});
    votes.push_back(vote(10, Role::Compliance, Verdict::Reject));
    votes.push_back(vote(4, Role::Reviewer));
    votes.push_back(vote(11, Role::Legal));
    CHECK(tallyVotes(policy, votes).outcome == TallyOutcome::Rejected);

    CHECK(tallyVotes(policy, {vote(1, Role::Reviewer, Verdict::RequestChanges)}).outcome
          == TallyOutcome::ChangesRequested);
    // A reject by someone signing in a role they do not hold changes nothing.
    CHECK(tallyVotes(policy, {vote(9, Role::Legal, Verdict::Reject, {Role::Qa})}).outcome
          == TallyOutcome::Pending);
}

TEST_CASE("Waivers are not approvals, and votes after approval do not count", "[models]")
{
    const Policy policy = defaultPolicy(4); // one reviewer
    CHECK(tallyVotes(policy, {vote(1, Role::Reviewer, Verdict::Waiver)}).outcome
          == TallyOutcome::Pending);
    CHECK(tallyVotes(policy, {vote(1, Role::Reviewer), vote(2, Role::Reviewer, Verdict::Reject)})
              .outcome
          == TallyOutcome::Approved);
}
