// SPDX-License-Identifier: GPL-3.0-or-later
// The evidence loader on the demo database: what it reads, how it verifies signatures and
// what it says when a model or version does not exist.
#include "annexivtestsupport.h"
#include "document/reporterror.h"
#include "evidence/versionevidence.h"
#include "reportfixture.h"
#include "storage/database.h"

#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

#include <algorithm>

using namespace Quorum;
using namespace Quorum::Test;

namespace {

const QString kModel = QStringLiteral("fraud-detection");
const QString kVersion = QStringLiteral("2.1.0");

} // namespace

TEST_CASE("The evidence of a version holds as many rows as the database", "[reports]")
{
    const Reports::VersionEvidence evidence = demoEvidence(kModel, kVersion);
    Database db = openReportDemo();
    const qint64 id = evidence.version.id;
    auto count = [&](const char *table) {
        return countOf(db,
                       QStringLiteral("SELECT count(*) FROM %1 WHERE version_id = ?")
                           .arg(QLatin1String(table)),
                       id);
    };
    CHECK(evidence.model.name == kModel);
    CHECK(evidence.version.version.toString() == kVersion);
    CHECK_FALSE(evidence.owner.name.isEmpty());
    CHECK_FALSE(evidence.instanceId.isEmpty());
    CHECK(qint64(evidence.evaluations.size()) == count("evaluations"));
    CHECK(qint64(evidence.fairness.size()) == count("fairness_reports"));
    CHECK(qint64(evidence.drift.size()) == count("drift_observations"));
    CHECK(qint64(evidence.requests.size()) == count("release_requests"));
    CHECK(evidence.modelCardRevisions == count("model_cards"));
    CHECK_FALSE(evidence.evaluations.empty());
    CHECK_FALSE(evidence.drift.empty());
    CHECK(std::ranges::is_sorted(evidence.drift, {}, &DriftObservation::windowStart));
    CHECK(evidence.history.size() == 4);
    CHECK(std::ranges::is_sorted(evidence.history, {}, &ModelVersion::version));
    REQUIRE(evidence.production.has_value());
    CHECK(evidence.production->id == id);
    CHECK(evidence.risk.has_value());
    CHECK(evidence.modelCard.has_value());
    CHECK_FALSE(evidence.datasets.empty());
    CHECK(evidence.policy.tier == 1);
}

TEST_CASE("The signed decisions of a version are verified with their certificates", "[reports]")
{
    const Reports::VersionEvidence evidence = demoEvidence(kModel, kVersion);
    REQUIRE_FALSE(evidence.requests.empty());
    const Reports::RequestEvidence &request = evidence.requests.back();
    REQUIRE_FALSE(request.decisions.empty());
    for (const Reports::SignedDecision &d : request.decisions) {
        INFO(d.verification.toStdString());
        CHECK(d.verified);
        CHECK(d.verification == QStringLiteral("Signature verified"));
        CHECK_FALSE(d.signer.name.isEmpty());
        REQUIRE(d.certificate.has_value());
        CHECK(d.certificate->fingerprintSha256 == d.decision.certificateFingerprint);
    }
    CHECK(request.approvalRecord.has_value());
    CHECK_FALSE(request.submitter.name.isEmpty());
}

TEST_CASE("The audit events of a model are about the model and in sequence order", "[reports]")
{
    const Reports::VersionEvidence evidence = demoEvidence(kModel, kVersion);
    REQUIRE_FALSE(evidence.auditEvents.empty());
    CHECK(std::ranges::is_sorted(evidence.auditEvents, std::less<>(), &AuditEvent::seq));
    const auto has = [&](const char *entity) {
        return std::ranges::any_of(evidence.auditEvents, [&](const AuditEvent &e) {
            return e.entity == QLatin1String(entity);
        });
    };
    CHECK(has("models"));
    CHECK(has("model_versions"));
    CHECK(has("evaluations"));
    CHECK(has("decisions"));
    CHECK(has("approval_records"));
    CHECK_FALSE(has("people"));
    const auto modelEvents = std::ranges::count_if(evidence.auditEvents, [&](const AuditEvent &e) {
        return e.entity == QStringLiteral("models");
    });
    CHECK(modelEvents >= 1);
    for (const AuditEvent &e : evidence.auditEvents) {
        if (e.entity == QStringLiteral("models")) {
            CHECK(e.entityId == evidence.model.id);
        }
    }
}

TEST_CASE("A tampered signature is reported as not verified with its reason", "[reports]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = copyOfDemo(dir.path());
    const qint64 decisionId
        = demoEvidence(kModel, kVersion).requests.back().decisions.front().decision.id;
    execSql(path, QStringLiteral("DROP TRIGGER decisions_no_update"));
    // Flip one byte near the end of the signature: the RSA signature value itself.
    execSql(path,
            QStringLiteral("UPDATE decisions SET signature = substr(signature, 1, "
                           "length(signature) - 11) || x'A5' || substr(signature, "
                           "length(signature) - 9) WHERE id = %1")
                .arg(decisionId));
    const Reports::VersionEvidence evidence = evidenceOf(path, kModel, kVersion);
    const auto &decisions = evidence.requests.back().decisions;
    const auto tampered = std::ranges::find_if(
        decisions, [&](const Reports::SignedDecision &d) { return d.decision.id == decisionId; });
    REQUIRE(tampered != decisions.end());
    CHECK_FALSE(tampered->verified);
    CHECK(tampered->verification.startsWith(QStringLiteral("Signature does not verify: ")));
    CHECK(std::ranges::count_if(decisions, &Reports::SignedDecision::verified)
          == qsizetype(decisions.size()) - 1);
}

TEST_CASE("A decision whose certificate is missing is a problem, not an error", "[reports]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = copyOfDemo(dir.path());
    const Reports::SignedDecision first
        = demoEvidence(kModel, kVersion).requests.back().decisions.front();
    execSql(path, QStringLiteral("PRAGMA foreign_keys = OFF"));
    execSql(path,
            QStringLiteral("DELETE FROM certificates WHERE fingerprint_sha256 = '%1'")
                .arg(first.decision.certificateFingerprint));
    const Reports::VersionEvidence evidence = evidenceOf(path, kModel, kVersion);
    const Reports::SignedDecision &d = evidence.requests.back().decisions.front();
    CHECK_FALSE(d.verified);
    CHECK_FALSE(d.certificate.has_value());
    CHECK(d.verification.contains(QStringLiteral("is not registered")));
    CHECK(d.verification.contains(first.decision.certificateFingerprint));
}

TEST_CASE("Looking up an unknown model or version names it and lists the versions", "[reports]")
{
    Database db = openReportDemo();
    CHECK(Reports::findVersionId(db, kModel, kVersion) > 0);
    try {
        Reports::findVersionId(db, QStringLiteral("no-such-model"), kVersion);
        FAIL("no error for an unknown model");
    } catch (const Reports::ReportError &error) {
        CHECK(error.kind() == Reports::ReportError::Kind::NotFound);
        CHECK(error.message().startsWith(QStringLiteral("No model named 'no-such-model' in ")));
        CHECK(error.message().contains(QStringLiteral("demo.sqlite")));
    }
    try {
        Reports::findVersionId(db, kModel, QStringLiteral("9.9.9"));
        FAIL("no error for an unknown version");
    } catch (const Reports::ReportError &error) {
        CHECK(error.kind() == Reports::ReportError::Kind::NotFound);
        CHECK(error.message()
              == QStringLiteral("Model 'fraud-detection' has no version 9.9.9; its versions are "
                                "1.0.0, 1.1.0, 2.0.0, 2.1.0"));
    }
}
