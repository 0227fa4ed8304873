// SPDX-License-Identifier: GPL-3.0-or-later
// verifySignatures(): an auditor who trusts nothing the database says. Each attack goes
// around the service with raw SQL (triggers dropped first) and must be named by verification.
#include "audit/chainverifier.h"
#include "governance/decisionverifier.h"
#include "governancefixture.h"
#include "rawsqlite.h"
#include "storage/decisionrepository.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace Quorum;
using namespace Quorum::Test;
using Catch::Matchers::ContainsSubstring;

namespace {

// Two approved tier 3 requests (reviewer + engineer each): four decisions, four checkpoints.
struct SignedDatabase
{
    GovernanceFixture f{3};
    qint64 first = 0;
    qint64 second = 0;

    SignedDatabase()
    {
        first = f.submit();
        f.decide(QStringLiteral("reviewer1"), first, Verdict::Approve);
        f.decide(QStringLiteral("engineer"), first, Verdict::ApproveWithConditions);
        second = f.submit(f.addVersion(QStringLiteral("1.1.0"), Evidence{}));
        f.decide(QStringLiteral("reviewer2"), second, Verdict::Approve);
        f.decide(QStringLiteral("engineer"), second, Verdict::Approve);
    }

    // Runs @p sql on the closed file with every guard trigger dropped, then reopens it.
    SignatureReport tamper(const QByteArray &sql)
    {
        f.temp().close();
        {
            RawSqlite raw(f.temp().path());
            raw.exec("DROP TRIGGER decisions_no_update; DROP TRIGGER decisions_no_delete;"
                     "DROP TRIGGER audit_checkpoints_no_update;"
                     "DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete;"
                     "DROP TRIGGER audit_events_append_only;");
            raw.exec(sql);
        }
        return verifySignatures(f.temp().reopen());
    }
};

const SignatureProblem &onlyProblem(const SignatureReport &report)
{
    REQUIRE(report.problems.size() == 1);
    return report.problems.front();
}

} // namespace

TEST_CASE("Every decision and checkpoint of a signed database holds", "[decisionverifier]")
{
    SignedDatabase s;
    const SignatureReport report = verifySignatures(s.f.db());
    CHECK(report.holds());
    CHECK(report.decisionCount == 4);
    CHECK(report.checkpointCount == 4);
    CHECK(verifyChain(s.f.db()).holds());
}

TEST_CASE("A field of a decision changed after signing is named", "[decisionverifier]")
{
    SignedDatabase s;
    const auto [column, value, field] = GENERATE(table<const char *, const char *, const char *>({
        {"rationale", "'Rubber-stamped'", "rationale"},
        {"verdict", "'reject'", "verdict"},
        {"role", "'compliance'", "role"},
        {"conditions", "''", "conditions"},
        {"decision_mode", "'automated'", "decision mode"},
        {"decided_at", "'2020-01-01T00:00:00Z'", "time"},
    }));
    const qint64 id = DecisionRepository(s.f.db()).forRequest(s.first).back().id;
    const SignatureReport report
        = s.tamper(QStringLiteral("UPDATE decisions SET %1 = %2 WHERE id = %3")
                       .arg(QLatin1String(column), QLatin1String(value))
                       .arg(id)
                       .toUtf8());
    const SignatureProblem &problem = onlyProblem(report);
    CHECK(problem.id == id);
    CHECK(problem.requestId == s.first);
    CHECK_THAT(problem.reason.toStdString(), ContainsSubstring(field));
}

TEST_CASE("A signature copied onto another decision fails", "[decisionverifier]")
{
    SignedDatabase s;
    const auto firstDecisions = DecisionRepository(s.f.db()).forRequest(s.first);
    const auto secondDecisions = DecisionRepository(s.f.db()).forRequest(s.second);
    const qint64 from = firstDecisions.front().id;
    const qint64 onto = secondDecisions.front().id;
    const SignatureReport report = s.tamper(
        QStringLiteral("UPDATE decisions SET canonical_json = (SELECT canonical_json FROM "
                       "decisions WHERE id = %1), signature = (SELECT signature FROM decisions "
                       "WHERE id = %1) WHERE id = %2")
            .arg(from)
            .arg(onto)
            .toUtf8());
    const SignatureProblem &problem = onlyProblem(report);
    CHECK(problem.id == onto);
    CHECK_THAT(problem.reason.toStdString(), ContainsSubstring("copied"));
}

TEST_CASE("A changed statement or a damaged signature fails", "[decisionverifier]")
{
    SignedDatabase s;
    const qint64 id = DecisionRepository(s.f.db()).forRequest(s.first).front().id;
    SECTION("statement and record edited together")
    {
        const SignatureReport report = s.tamper(
            QStringLiteral("UPDATE decisions SET canonical_json = replace(canonical_json, "
                           "'Looked at every check', 'Waved through'), rationale = "
                           "'Waved through' WHERE id = %1")
                .arg(id)
                .toUtf8());
        CHECK_THAT(onlyProblem(report).reason.toStdString(), ContainsSubstring("does not verify"));
    }
    SECTION("signature bytes flipped")
    {
        const SignatureReport report = s.tamper(
            QStringLiteral("UPDATE decisions SET signature = substr(signature, 1, 200) || "
                           "x'00' || substr(signature, 202) WHERE id = %1")
                .arg(id)
                .toUtf8());
        CHECK(onlyProblem(report).id == id);
    }
}

TEST_CASE("A request edited after it was decided fails its decisions", "[decisionverifier]")
{
    SignedDatabase s;
    const SignatureReport report = s.tamper(
        QStringLiteral("UPDATE threshold_checks SET actual = 0.99 WHERE request_id = %1 AND "
                       "name = 'accuracy'")
            .arg(s.first)
            .toUtf8());
    REQUIRE(report.problems.size() == 2);
    for (const SignatureProblem &problem : report.problems) {
        CHECK(problem.requestId == s.first);
        CHECK_THAT(problem.reason.toStdString(), ContainsSubstring("no longer matches"));
    }
}

TEST_CASE("Events cut from the end of the trail are caught by the signed heads",
          "[decisionverifier]")
{
    SignedDatabase s;
    // Cut every event from the last checkpoint's head on: the chain itself still links, but
    // the last checkpoint names an event that is gone.
    const SignatureReport report = s.tamper(
        "DELETE FROM audit_events WHERE seq >= (SELECT max(seq) FROM audit_checkpoints)");
    CHECK(verifyChain(s.f.db()).holds());
    REQUIRE_FALSE(report.holds());
    bool named = false;
    for (const SignatureProblem &problem : report.problems) {
        named = named || problem.reason.contains(QStringLiteral("no longer has"));
    }
    CHECK(named);
}

TEST_CASE("A checkpoint whose seq was changed fails", "[decisionverifier]")
{
    SignedDatabase s;
    const SignatureReport report
        = s.tamper("UPDATE audit_checkpoints SET seq = seq - 1 WHERE id = 1");
    const SignatureProblem &problem = onlyProblem(report);
    CHECK(problem.subject == SignatureProblem::Subject::Checkpoint);
    CHECK(problem.id == 1);
}
