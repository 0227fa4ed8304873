// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/detachedsignature.h"
#include "cryptotestsupport.h"
#include "governance/decisionstatement.h"
#include "tempdatabase.h"

#include <QFile>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

DecisionStatement sample()
{
    DecisionStatement s;
    s.instanceId = QStringLiteral("0f3c9a1e5b7d4c2a8e6f1b3d5a7c9e0f");
    s.requestId = 42;
    s.modelName = QStringLiteral("credit-scoring");
    s.version = QStringLiteral("1.0.0");
    s.artifactSha256 = QString(64, QLatin1Char('a'));
    s.requestSha256 = QString(64, QLatin1Char('b'));
    s.policyId = 1;
    s.policyTier = 1;
    s.policyVersion = 1;
    s.checks = {{QStringLiteral("accuracy"), QStringLiteral(">="), 0.8, 0.8412, true, {}},
                {QStringLiteral("bias_disparity"), QStringLiteral("<="), 0.2, 0.26, false, {}}};
    s.verdict = Verdict::Waiver;
    s.role = Role::Compliance;
    s.rationale = QStringLiteral("Disparity stems from the 2024 sample; re-measured in Q1 — «ok»");
    s.waiverExpiresAt = QDateTime(QDate(2027, 3, 31), QTime(0, 0), Qt::UTC);
    s.signerName = QStringLiteral("Zofia Nowak");
    s.signerEmail = QStringLiteral("zofia.nowak@example.org");
    s.certificateFingerprint = QString(64, QLatin1Char('c'));
    s.signedAt = QDateTime(QDate(2026, 11, 16), QTime(9, 30), Qt::UTC);
    s.auditHeadSeq = 2462;
    s.auditHeadHash = QString(64, QLatin1Char('d'));
    return s;
}

} // namespace

TEST_CASE("A decision statement names everything its signature must be bound to", "[models]")
{
    const QByteArray json = sample().canonical();
    for (const char *fact :
         {"\"domain\":\"quorum.release-decision\"", "\"format\":1",
          "\"instance_id\":\"0f3c9a1e5b7d4c2a8e6f1b3d5a7c9e0f\"", "\"request_id\":42",
          "\"model\":\"credit-scoring\"", "\"version\":\"1.0.0\"", "\"artifact_sha256\":\"aaaa",
          "\"request_sha256\":\"bbbb", "\"policy\":{\"id\":1,\"tier\":1,\"version\":1}",
          "\"actual\":0.26", "\"verdict\":\"waiver\"", "\"meaning\":\"Waiver granted\"",
          "\"role\":\"compliance\"", "\"waiver_expires_at\":\"2027-03-31T00:00:00Z\"",
          "\"certificate_sha256\":\"cccc", "\"signed_at\":\"2026-11-16T09:30:00Z\"",
          "\"audit_head\":{\"hash\":\"dddd", "\"decision_mode\":\"interactive\""}) {
        INFO(fact);
        CHECK(json.contains(fact));
    }
    // No insignificant whitespace (the rationale's own spaces stay).
    CHECK_FALSE(json.contains("\": "));
    CHECK_FALSE(json.contains(", \""));
    CHECK_FALSE(json.contains('\n'));
}

TEST_CASE("A statement reads back exactly and any changed fact changes the signed bytes",
          "[models]")
{
    const DecisionStatement original = sample();
    const auto parsed = DecisionStatement::parse(original.canonical());
    REQUIRE(parsed);
    CHECK(parsed->canonical() == original.canonical());

    DecisionStatement other = original;
    other.requestId = 43;
    CHECK(other.canonical() != original.canonical());
    other = original;
    other.checks[1].actual = 0.19;
    CHECK(other.canonical() != original.canonical());
    other = original;
    other.instanceId = QStringLiteral("another-database");
    CHECK(other.canonical() != original.canonical());
    CHECK_FALSE(DecisionStatement::parse("{\"domain\":\"something-else\",\"format\":1}"));
    CHECK_FALSE(DecisionStatement::parse("not json"));
}

TEST_CASE("A signed statement verifies with stock OpenSSL and fails once altered", "[models]")
{
    const Test::CryptoFixture &fixture = Test::CryptoFixture::instance();
    const QByteArray statement = sample().canonical();
    const QByteArray signature = Crypto::signDetached(fixture.aliceKey(), statement);

    const QString statementPath = fixture.newPath(QStringLiteral(".json"));
    const QString signaturePath = fixture.newPath(QStringLiteral(".p7s"));
    Test::writeFile(statementPath, statement);
    Test::writeFile(signaturePath, signature);
    CHECK(Test::opensslVerify(signaturePath, statementPath, fixture.alice().pemPath).exitCode == 0);

    DecisionStatement moved = sample();
    moved.requestId = 43; // the same signature presented for another request
    const QString movedPath = fixture.newPath(QStringLiteral(".json"));
    Test::writeFile(movedPath, moved.canonical());
    CHECK(Test::opensslVerify(signaturePath, movedPath, fixture.alice().pemPath).exitCode != 0);
    CHECK_FALSE(
        Crypto::verifyDetached(signature, moved.canonical(), fixture.alice().certificate.pem)
            .valid);
}
