// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's release requests: the inbox, the failing credit-scoring release, the retirement
// in progress and the approved history.
#include "audit/chainverifier.h"
#include "crypto/identity.h"
#include "demo/demodatabase.h"
#include "demotestsupport.h"
#include "governance/approvalservice.h"
#include "governance/decisionverifier.h"
#include "storage/approvalrecordrepository.h"
#include "storage/certificaterepository.h"
#include "storage/decisionrepository.h"
#include "storage/modelrepository.h"
#include "storage/personrepository.h"
#include "storage/query.h"
#include "storage/releaserequestrepository.h"
#include "storage/versionrepository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <algorithm>

using namespace Quorum;
using Catch::Approx;

namespace {

QString modelOf(const Database &db, qint64 versionId)
{
    const auto found = Test::rows(db,
                                  QStringLiteral("SELECT m.name FROM models m JOIN model_versions "
                                                 "v ON v.model_id = m.id WHERE v.id = ?"),
                                  {versionId});
    return found.empty() ? QString() : found.front().at(0).toString();
}

bool failsACheck(const ReleaseRequest &r)
{
    return std::any_of(r.checks.begin(), r.checks.end(),
                       [](const ThresholdCheck &c) { return !c.passed; });
}

} // namespace

TEST_CASE("The inbox holds pending releases and only the credit-scoring one fails a check",
          "[models]")
{
    Database db = Test::openSharedDemo();
    ReleaseRequestRepository requests(db);
    std::vector<ReleaseRequest> releases;
    for (ReleaseRequest &r : requests.withStatus(RequestStatus::Pending)) {
        if (r.toStage == Stage::Production) {
            releases.push_back(std::move(r));
        }
    }
    REQUIRE(releases.size() >= 3);
    QStringList failing;
    for (const ReleaseRequest &r : releases) {
        INFO(modelOf(db, r.versionId).toStdString());
        CHECK(r.fromStage == Stage::Staging);
        CHECK(r.checks.size() >= 4);
        CHECK(r.submittedAt.date() < DemoOptions{}.asOf);
        CHECK(r.expiresAt == r.submittedAt.addDays(30));
        const auto model = ModelRepository(db).byName(modelOf(db, r.versionId));
        REQUIRE(model);
        CHECK(r.policyId == *requests.currentPolicyId(tierNumber(model->tier)));
        if (failsACheck(r)) {
            failing << modelOf(db, r.versionId);
        }
    }
    CHECK(failing == QStringList{QStringLiteral("credit-scoring")});
    CHECK(std::any_of(releases.begin(), releases.end(), [&](const ReleaseRequest &r) {
        return modelOf(db, r.versionId) == QStringLiteral("intent-classifier") && !failsACheck(r);
    }));

    const auto credit = std::find_if(releases.begin(), releases.end(), [&](const auto &r) {
        return modelOf(db, r.versionId) == QStringLiteral("credit-scoring");
    });
    REQUIRE(credit != releases.end());
    const auto bias = std::find_if(credit->checks.begin(), credit->checks.end(), [](const auto &c) {
        return c.name == QStringLiteral("bias_disparity");
    });
    REQUIRE(bias != credit->checks.end());
    CHECK_FALSE(bias->passed);
    CHECK(bias->threshold == Approx(0.20));
    CHECK(*bias->actual == Approx(0.26).margin(0.01));
    for (const ThresholdCheck &c : credit->checks) {
        const bool fairness = c.name == QStringLiteral("bias_disparity")
            || c.name == QStringLiteral("fairness_flags");
        CHECK(c.passed != fairness);
    }
}

TEST_CASE("A retirement of the document classifier is in progress", "[models]")
{
    Database db = Test::openSharedDemo();
    ReleaseRequestRepository requests(db);
    std::vector<ReleaseRequest> retirements;
    for (ReleaseRequest &r : requests.withStatus(RequestStatus::Pending)) {
        if (r.toStage == Stage::Retired) {
            retirements.push_back(std::move(r));
        }
    }
    REQUIRE(retirements.size() == 1);
    const ReleaseRequest &r = retirements.front();
    CHECK(modelOf(db, r.versionId) == QStringLiteral("document-classifier"));
    CHECK(r.fromStage == Stage::Production);
    REQUIRE(r.retirement);
    CHECK(!r.retirement->reason.isEmpty());
    CHECK(!r.retirement->archiveLocation.isEmpty());
    const auto replacement = ModelRepository(db).byName(QStringLiteral("intent-classifier"));
    REQUIRE(replacement);
    CHECK(r.retirement->replacementModelId == replacement->id);
    const auto model = ModelRepository(db).byName(QStringLiteral("document-classifier"));
    REQUIRE(model);
    CHECK(model->status == ModelStatus::Retiring);
    CHECK(r.submittedBy == model->ownerId);
}

TEST_CASE("Every version in production went through an approved release that passed its checks",
          "[models]")
{
    Database db = Test::openSharedDemo();
    ReleaseRequestRepository requests(db);
    const auto production = Test::rows(
        db, QStringLiteral("SELECT id FROM model_versions WHERE stage = 'production'"));
    CHECK(production.size() >= 6);
    for (const QVariantList &row : production) {
        const qint64 versionId = row.at(0).toLongLong();
        INFO(modelOf(db, versionId).toStdString());
        const std::vector<ReleaseRequest> history = requests.forVersion(versionId);
        const auto approved = std::find_if(history.begin(), history.end(), [](const auto &r) {
            return r.status == RequestStatus::Approved && r.toStage == Stage::Production;
        });
        REQUIRE(approved != history.end());
        CHECK(approved->closedAt > approved->submittedAt);
        CHECK(!failsACheck(*approved));
    }
}

TEST_CASE("Every change the demo made is in an audit trail that verifies", "[models]")
{
    Database db = Test::openSharedDemo();
    const ChainReport chain = verifyChain(db);
    CHECK(chain.holds());
    CHECK(chain.eventCount > 0);
    CHECK(chain.eventCount
          == Query::scalar(db, QStringLiteral("SELECT count(*) FROM audit_events")).toInt());
    // Each model and each version was recorded as inserted by the demo generator.
    for (const QString &table : {QStringLiteral("models"), QStringLiteral("model_versions"),
                                 QStringLiteral("people"), QStringLiteral("release_requests")}) {
        INFO(table.toStdString());
        CHECK(Query::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt()
              == Query::scalar(db,
                               QStringLiteral("SELECT count(*) FROM audit_events WHERE "
                                              "entity = '%1' AND action = 'insert'")
                                   .arg(table))
                     .toInt());
    }
    CHECK(Query::scalar(db, QStringLiteral("SELECT count(DISTINCT actor) FROM audit_events"))
              .toString()
          == QLatin1String("1"));
    CHECK(Query::scalar(db, QStringLiteral("SELECT min(actor) FROM audit_events")).toString()
          == QLatin1String("quorum demo"));
}

TEST_CASE("Every approved demo request carries the signed decisions of its quorum", "[models]")
{
    Database db = Test::openSharedDemo();
    const SignatureReport signatures = verifySignatures(db);
    CHECK(signatures.holds());
    CHECK(verifyChain(db).holds());
    CHECK(signatures.checkpointCount == signatures.decisionCount);
    ApprovalService service(db);
    const auto approved = ReleaseRequestRepository(db).withStatus(RequestStatus::Approved);
    REQUIRE_FALSE(approved.empty());
    CHECK(signatures.decisionCount >= int(approved.size()));
    for (const ReleaseRequest &request : approved) {
        INFO("request #" << request.id);
        // Counted by the service's own tally: the stored decisions meet the policy's quorum.
        CHECK(service.tally(request.id).outcome == TallyOutcome::Approved);
        CHECK(ApprovalRecordRepository(db).forRequest(request.id).has_value());
        for (const Decision &decision : DecisionRepository(db).forRequest(request.id)) {
            CHECK(decision.personId != request.submittedBy);
        }
    }
    // Pending requests are left to the user's inbox.
    for (const ReleaseRequest &request :
         ReleaseRequestRepository(db).withStatus(RequestStatus::Pending)) {
        CHECK(DecisionRepository(db).forRequest(request.id).empty());
    }
}

TEST_CASE("The demo people's keys lie beside the database, never in it", "[models]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("governance.sqlite"));
    createDemoDatabase(path, DemoOverwrite::Refuse);
    const QDir keys(demoKeyFolder(path));
    CHECK(keys.dirName() == QStringLiteral("governance-keys"));
    CHECK(keys.exists(QStringLiteral("README.txt")));
    Database db = Database::open(path);
    const std::vector<Person> people = PersonRepository(db).all();
    int active = 0;
    for (const Person &person : people) {
        if (!person.active) {
            continue;
        }
        ++active;
        const QString file
            = keys.filePath(person.email.section(QLatin1Char('@'), 0, 0) + QStringLiteral(".p12"));
        INFO(file.toStdString());
        REQUIRE(QFile::exists(file));
        // The key opens with the documented passphrase and is the person's registered one.
        const Identity identity = Identity::load(file, QStringLiteral("quorum-demo"));
        const auto stored
            = CertificateRepository(db).byFingerprint(identity.certificate().fingerprintSha256);
        REQUIRE(stored.has_value());
        CHECK(stored->personId == person.id);
        CHECK_FALSE(stored->pem.contains("PRIVATE KEY"));
    }
    CHECK(keys.entryList({QStringLiteral("*.p12")}).size() == active);
    CHECK(Query::scalar(db, QStringLiteral("SELECT count(*) FROM certificates")).toInt() == active);
}
