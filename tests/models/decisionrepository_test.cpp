// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/audittrail.h"
#include "audit/chainverifier.h"
#include "governance/decisionstatement.h"
#include "storage/databaseerror.h"
#include "storage/decisionrepository.h"
#include "storage/modelrepository.h"
#include "storage/personrepository.h"
#include "storage/query.h"
#include "storage/releaserequestrepository.h"
#include "storage/versionrepository.h"
#include "storage/writetransaction.h"
#include "tempdatabase.h"

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

// An owner, a reviewer, a model version and a pending request with two checks.
struct RequestFixture
{
    Test::TempDatabase temp;
    qint64 reviewer = 0;
    qint64 request = 0;

    RequestFixture()
    {
        Database &db = temp.db();
        WriteTransaction transaction(db);
        Person owner;
        owner.name = QStringLiteral("Owner");
        owner.email = QStringLiteral("owner@example.org");
        owner.roles = {Role::Owner};
        const qint64 ownerId = PersonRepository(db).add(transaction, owner);
        Person r;
        r.name = QStringLiteral("Reviewer");
        r.email = QStringLiteral("reviewer@example.org");
        r.roles = {Role::Reviewer};
        reviewer = PersonRepository(db).add(transaction, r);
        Model m;
        m.name = QStringLiteral("churn");
        m.ownerId = ownerId;
        m.tier = RiskTier::Experimental;
        const qint64 model = ModelRepository(db).add(transaction, m);
        ModelVersion v;
        v.modelId = model;
        v.version = {1, 0, 0};
        v.stage = Stage::Staging;
        const qint64 version = VersionRepository(db).add(transaction, v);
        ReleaseRequest rr;
        rr.versionId = version;
        rr.policyId = *ReleaseRequestRepository(db).currentPolicyId(4);
        rr.submittedBy = ownerId;
        rr.checks = {{QStringLiteral("accuracy"), QStringLiteral(">="), 0.8, 0.83, true, {}},
                     {QStringLiteral("psi"), QStringLiteral("<"), 0.1, 0.04, true, {}}};
        request = ReleaseRequestRepository(db).add(transaction, rr);
        transaction.commit();
    }

    Decision decision(Verdict verdict = Verdict::Approve) const
    {
        Decision d;
        d.requestId = request;
        d.personId = reviewer;
        d.role = Role::Reviewer;
        d.verdict = verdict;
        d.rationale = QStringLiteral("Evidence reviewed");
        d.decidedAt = QDateTime(QDate(2026, 11, 16), QTime(10, 0), Qt::UTC);
        d.statementJson = R"({"domain":"quorum.release-decision"})";
        d.signature = QByteArray("\x30\x82\x00\x01\xff\x00", 6); // binary, with a NUL
        d.certificateFingerprint = QString(64, QLatin1Char('e'));
        return d;
    }
};

} // namespace

TEST_CASE("The request digest ignores the request's status but not its checks", "[models]")
{
    RequestFixture f;
    Database &db = f.temp.db();
    const QString digest = requestDigest(db, f.request);
    REQUIRE(digest.size() == 64);
    {
        WriteTransaction transaction(db);
        ReleaseRequestRepository(db).setStatus(transaction, f.request, RequestStatus::Approved,
                                               QDateTime::currentDateTimeUtc());
        transaction.commit();
    }
    CHECK(requestDigest(db, f.request) == digest);
    Query(db, QStringLiteral("UPDATE threshold_checks SET actual = 0.85 WHERE name = 'accuracy'"))
        .exec();
    CHECK(requestDigest(db, f.request) != digest);
    CHECK(requestDigest(db, 9999).isEmpty());
}

TEST_CASE("A decision is stored with its statement and signature bytes, and audited", "[models]")
{
    RequestFixture f;
    Database &db = f.temp.db();
    DecisionRepository decisions(db);
    qint64 id = 0;
    {
        WriteTransaction transaction(db, Actor::person(f.reviewer, QStringLiteral("Reviewer")));
        id = decisions.add(transaction, f.decision());
        transaction.commit();
    }
    const auto stored = decisions.byId(id);
    REQUIRE(stored);
    CHECK(stored->signature == f.decision().signature);
    CHECK(stored->statementJson == f.decision().statementJson);
    CHECK(stored->verdict == Verdict::Approve);
    CHECK(stored->decidedAt == f.decision().decidedAt);
    CHECK(decisions.forRequest(f.request).size() == 1);

    const AuditEvent last = AuditTrail(db).events(AuditTrail(db).head().seq).front();
    CHECK(last.entity == QLatin1String("decisions"));
    CHECK(last.entityId == id);
    CHECK(last.actor == QLatin1String("Reviewer"));
    CHECK(verifyChain(db).holds());
}

TEST_CASE("A signed decision can be neither changed, deleted nor given twice", "[models]")
{
    RequestFixture f;
    Database &db = f.temp.db();
    {
        WriteTransaction transaction(db);
        DecisionRepository(db).add(transaction, f.decision());
        transaction.commit();
    }
    WriteTransaction transaction(db);
    CHECK_THROWS_AS(Query(db, QStringLiteral("UPDATE decisions SET verdict = 'reject'")).exec(),
                    DatabaseError);
    CHECK_THROWS_AS(Query(db, QStringLiteral("DELETE FROM decisions")).exec(), DatabaseError);
    try {
        DecisionRepository(db).add(transaction, f.decision(Verdict::Reject));
        FAIL("the same person decided the same request twice in the same role");
    } catch (const DatabaseError &error) {
        CHECK(error.kind() == DatabaseErrorKind::Constraint);
    }
}
