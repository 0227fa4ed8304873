// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/audittrail.h"
#include "governance/approvalrecord.h"
#include "storage/decisionrepository.h"
#include "storage/evaluationrepository.h"
#include "storage/fairnessrepository.h"
#include "storage/modelrepository.h"
#include "storage/personrepository.h"
#include "storage/releaserequestrepository.h"
#include "storage/riskassessmentrepository.h"
#include "storage/versionrepository.h"
#include "storage/writetransaction.h"
#include "tempdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

QDateTime utc(int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute, second), Qt::UTC);
}

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QJsonObject parsed(const ApprovalRecord &record)
{
    return QJsonDocument::fromJson(record.json).object();
}

void addEvaluation(Database &db, WriteTransaction &t, qint64 version, const char *metric,
                   double value, const QDateTime &at, const char *split = "test")
{
    Evaluation e;
    e.versionId = version;
    e.metric = text(metric);
    e.value = value;
    e.split = text(split);
    e.recordedAt = at;
    EvaluationRepository(db).add(t, e);
}

void addFairness(Database &db, WriteTransaction &t, qint64 version, const char *attribute,
                 QStringList flags, const QDateTime &at)
{
    FairnessReport r;
    r.versionId = version;
    r.protectedAttribute = text(attribute);
    r.flags = std::move(flags);
    r.recordedAt = at;
    FairnessRepository(db).add(t, r);
}

enum class Evidence {
    Stored,
    None,
};

// Three people, one model version with (or without) evidence, a pending request with checks.
struct Fixture
{
    Test::TempDatabase temp;
    qint64 submitter = 0;
    qint64 jane = 0;
    qint64 ravi = 0;
    qint64 version = 0;
    qint64 request = 0;

    explicit Fixture(Evidence evidence = Evidence::Stored)
    {
        Database &db = temp.db();
        WriteTransaction t(db);
        submitter = person(t, "Mara Submitter", "mara@example.org", {Role::MlEngineer});
        jane = person(t, "Jane Doe", "jane@example.org", {Role::Compliance, Role::Reviewer});
        ravi = person(t, "Ravi Reviewer", "ravi@example.org", {Role::Reviewer});
        Model m;
        m.name = text("credit-scoring");
        m.displayName = text("Credit scoring");
        m.ownerId = submitter;
        m.tier = RiskTier::High;
        ModelVersion v;
        v.modelId = ModelRepository(db).add(t, m);
        v.version = {2, 1, 0};
        v.stage = Stage::Staging;
        v.artifactUri = text("s3://models/credit-scoring/2.1.0/model.pkl");
        v.artifactSha256 = QString(64, QLatin1Char('a'));
        v.deploymentUrl
            = evidence == Evidence::Stored ? text("https://credit.example.org") : QString();
        version = VersionRepository(db).add(t, v);
        if (evidence == Evidence::Stored) {
            addEvidence(t);
        }
        ReleaseRequest rr;
        rr.versionId = version;
        rr.policyId = *ReleaseRequestRepository(db).currentPolicyId(2);
        rr.submittedBy = submitter;
        rr.submittedAt = utc(10, 9);
        rr.ticketRef = text("GOV-1043");
        rr.summary = text("Quarterly retrain");
        rr.checks = {{text("accuracy"), text(">="), 0.8, 0.84, true, text("Test accuracy")},
                     {text("risk_score"), text("<="), 0.4, 0.55, false, {}},
                     {text("psi"), text("<"), 0.1, std::nullopt, false, text("No drift")},
                     {text("latency_budget"), text("<="), 120.0, 80.0, true, {}}};
        request = ReleaseRequestRepository(db).add(t, rr);
        t.commit();
    }

    qint64 person(WriteTransaction &t, const char *name, const char *email, std::vector<Role> roles)
    {
        Person p;
        p.name = text(name);
        p.email = text(email);
        p.roles = std::move(roles);
        return PersonRepository(temp.db()).add(t, p);
    }

    void addEvidence(WriteTransaction &t)
    {
        Database &db = temp.db();
        addEvaluation(db, t, version, "accuracy", 0.82, utc(1, 9));
        addEvaluation(db, t, version, "accuracy", 0.84, utc(2, 9));
        addEvaluation(db, t, version, "accuracy", 0.99, utc(3, 9), "validation");
        addEvaluation(db, t, version, "roc_auc", 0.91, utc(2, 9));
        addEvaluation(db, t, version, "f1", 0.79, utc(2, 9));
        addFairness(db, t, version, "sex", {text("stale flag")}, utc(1, 9));
        addFairness(db, t, version, "sex", {text("disparate_impact < 0.8")}, utc(2, 9));
        addFairness(db, t, version, "age", {}, utc(2, 9));
        RiskAssessment risk;
        risk.versionId = version;
        risk.level = RiskLevel::High;
        risk.assessedAt = utc(1, 9);
        RiskAssessmentRepository(db).add(t, risk);
        risk.level = RiskLevel::Medium;
        risk.highRiskFactors = {text("Credit decisions about people")};
        risk.assessedAt = utc(2, 9);
        RiskAssessmentRepository(db).add(t, risk);
    }

    Decision decide(qint64 personId, Role role, Verdict verdict, const QDateTime &at,
                    DecisionMode mode = DecisionMode::Interactive)
    {
        Decision d;
        d.requestId = request;
        d.personId = personId;
        d.role = role;
        d.verdict = verdict;
        d.mode = mode;
        d.rationale = QStringLiteral("Rationale of %1 as %2").arg(personId).arg(roleKey(role));
        d.decidedAt = at;
        if (verdict == Verdict::ApproveWithConditions) {
            d.conditions = text("Monitor PSI weekly");
        }
        d.statementJson = QStringLiteral(R"({"signer":"Zoë","id":%1})").arg(personId).toUtf8();
        d.signature = QByteArray("\x30\x82\x00\x01\xff\x00", 6) + QByteArray::number(personId);
        d.certificateFingerprint = QString(64, QLatin1Char('e'));
        WriteTransaction t(temp.db());
        d.id = DecisionRepository(temp.db()).add(t, d);
        t.commit();
        return d;
    }

    void close(RequestStatus status, const QDateTime &at)
    {
        WriteTransaction t(temp.db());
        ReleaseRequestRepository(temp.db()).setStatus(t, request, status, at);
        t.commit();
    }

    // Jane approves in two roles, Ravi with conditions; the request closes at 10:03:55.
    void approve()
    {
        decide(jane, Role::Compliance, Verdict::Approve, utc(16, 9));
        decide(ravi, Role::Reviewer, Verdict::ApproveWithConditions, utc(16, 10));
        decide(jane, Role::Reviewer, Verdict::Approve, utc(16, 10, 3, 55));
        close(RequestStatus::Approved, utc(16, 10, 3, 55));
    }
};

} // namespace

TEST_CASE("An approved request's record carries every field of the release SOP",
          "[models][approvalrecord]")
{
    Fixture f;
    f.approve();
    const ApprovalRecord record = buildApprovalRecord(f.temp.db(), f.request);
    const QString id = QStringLiteral("approval_2026-11-16T10-03-55_r%1").arg(f.request);
    CHECK(record.approvalId == id);
    CHECK(record.fileName == id + QStringLiteral(".json"));
    CHECK(record.timestamp == utc(16, 10, 3, 55));
    const QJsonObject r = parsed(record);
    CHECK(r[text("approval_id")].toString() == id);
    CHECK(r[text("timestamp")].toString() == text("2026-11-16T10:03:55Z"));
    CHECK(r[text("decision_mode")].toString() == text("interactive"));
    CHECK(r[text("approved")].isBool());
    CHECK(r[text("approved")].toBool());
    CHECK(r[text("approver")].toString() == text("Jane Doe, Ravi Reviewer"));
    CHECK(r[text("rationale")].toString()
          == QStringLiteral("Rationale of %1 as reviewer").arg(f.jane));
    CHECK(r[text("deployment_url")].toString() == text("https://credit.example.org"));

    const QJsonObject checks = r[text("threshold_checks")].toObject();
    CHECK(checks
          == QJsonObject{{text("Accuracy"), true},
                         {text("Risk score"), false},
                         {text("PSI"), false},
                         {text("latency_budget"), true}});
    const QJsonArray details = r[text("threshold_details")].toArray();
    REQUIRE(details.size() == 4);
    CHECK(details[2].toObject()[text("actual")].isNull());
    CHECK(details[1].toObject()[text("actual")].toDouble() == 0.55);

    const QJsonObject evaluation = r[text("evaluation_summary")].toObject();
    EvaluationRepository evaluations(f.temp.db());
    CHECK(evaluation[text("accuracy")].toDouble()
          == evaluations.latest(f.version, text("accuracy")));
    CHECK(evaluation[text("accuracy")].toDouble() == 0.84);
    CHECK(evaluation[text("auc")].toDouble() == 0.91);
    CHECK(evaluation[text("f1")].toDouble() == 0.79);
    CHECK(evaluation[text("fairness_flags")].toArray()
          == QJsonArray{text("sex: disparate_impact < 0.8")});
    const QJsonObject risk = r[text("risk_summary")].toObject();
    CHECK(risk[text("risk_level")].toString() == text("medium"));
    CHECK(risk[text("high_risk_factors")].toArray()
          == QJsonArray{text("Credit decisions about people")});

    CHECK(r[text("request")].toObject()[text("ticket")].toString() == text("GOV-1043"));
    CHECK(r[text("request")].toObject()[text("submitted_by")].toObject()[text("email")].toString()
          == text("mara@example.org"));
    CHECK(r[text("model")].toObject()[text("tier")].toInt() == 2);
    CHECK(r[text("version")].toObject()[text("version")].toString() == text("2.1.0"));
    CHECK(r[text("policy")].toObject()[text("tier")].toInt() == 2);
    CHECK(r[text("conditions")].toArray() == QJsonArray{text("Monitor PSI weekly")});
    CHECK(r[text("database_instance_id")].toString() == AuditTrail(f.temp.db()).instanceId());
    CHECK(r[text("signatures")].toArray().size() == 3);
}

TEST_CASE("A rejected request's record is not approved and names who rejected",
          "[models][approvalrecord]")
{
    Fixture f(Evidence::None);
    f.decide(f.ravi, Role::Reviewer, Verdict::Approve, utc(16, 9));
    f.decide(f.jane, Role::Compliance, Verdict::Reject, utc(16, 11), DecisionMode::Automated);
    f.close(RequestStatus::Rejected, utc(16, 11));
    const QJsonObject r = parsed(buildApprovalRecord(f.temp.db(), f.request));
    CHECK(r[text("approved")].isBool());
    CHECK_FALSE(r[text("approved")].toBool());
    CHECK(r[text("approver")].toString() == text("Jane Doe"));
    CHECK(r[text("decision_mode")].toString() == text("automated"));
    CHECK(r[text("rationale")].toString()
          == QStringLiteral("Rationale of %1 as compliance").arg(f.jane));
    // No evidence stored: the SOP's numbers are null, never zero.
    const QJsonObject evaluation = r[text("evaluation_summary")].toObject();
    CHECK(evaluation[text("accuracy")].isNull());
    CHECK(evaluation[text("auc")].isNull());
    CHECK(evaluation[text("f1")].isNull());
    CHECK(evaluation[text("fairness_flags")].toArray().isEmpty());
    CHECK(r[text("risk_summary")].toObject()[text("risk_level")].isNull());
    CHECK(r[text("deployment_url")].isNull());
}

TEST_CASE("The record is a pure function of the database and keeps the signed bytes",
          "[models][approvalrecord]")
{
    Fixture f;
    f.approve();
    const ApprovalRecord first = buildApprovalRecord(f.temp.db(), f.request);
    f.temp.reopen();
    f.temp.db().setClock([] { return utc(30, 23); });
    CHECK(buildApprovalRecord(f.temp.db(), f.request).json == first.json);

    const QJsonArray signatures = parsed(first)[text("signatures")].toArray();
    const std::vector<Decision> decisions = DecisionRepository(f.temp.db()).forRequest(f.request);
    REQUIRE(signatures.size() == qsizetype(decisions.size()));
    for (qsizetype i = 0; i < signatures.size(); ++i) {
        const QJsonObject s = signatures[i].toObject();
        const Decision &d = decisions[std::size_t(i)];
        CHECK(s[text("statement")].toString().toUtf8() == d.statementJson);
        CHECK(QByteArray::fromBase64(s[text("signature_cms_base64")].toString().toLatin1())
              == d.signature);
        CHECK(s[text("certificate_fingerprint")].toString() == d.certificateFingerprint);
        CHECK(s[text("verdict")].toString() == verdictKey(d.verdict));
        CHECK(s[text("meaning")].toString() == verdictMeaning(d.verdict));
        CHECK(s[text("waiver_expires_at")].isNull());
    }
    CHECK(signatures[0].toObject()[text("signed_at")].toString() == text("2026-11-16T09:00:00Z"));
    CHECK(signatures[1].toObject()[text("signer")].toString() == text("Ravi Reviewer"));
}
