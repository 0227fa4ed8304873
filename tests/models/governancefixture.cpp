// SPDX-License-Identifier: GPL-3.0-or-later
#include "governancefixture.h"

#include "crypto/identity.h"
#include "governance/releaseservice.h"
#include "storage/certificaterepository.h"
#include "storage/driftrepository.h"
#include "storage/evaluationrepository.h"
#include "storage/modelrepository.h"
#include "storage/personrepository.h"
#include "storage/riskassessmentrepository.h"
#include "storage/versionrepository.h"
#include "storage/writetransaction.h"

#include <catch2/catch_test_macros.hpp>

namespace Quorum::Test {

GovernanceFixture::GovernanceFixture(int tier, const Evidence &evidence)
{
    addPerson(QStringLiteral("owner"), {Role::Owner, Role::Reviewer});
    addPerson(QStringLiteral("submitter"), {Role::MlEngineer, Role::Reviewer});
    for (int i = 1; i <= 5; ++i) {
        addPerson(QStringLiteral("reviewer%1").arg(i), {Role::Reviewer});
    }
    addPerson(QStringLiteral("compliance"), {Role::Compliance});
    addPerson(QStringLiteral("legal"), {Role::Legal});
    addPerson(QStringLiteral("qa"), {Role::Qa});
    addPerson(QStringLiteral("mllead"), {Role::MlLead});
    addPerson(QStringLiteral("business"), {Role::Business});
    addPerson(QStringLiteral("engineer"), {Role::MlEngineer});
    addPerson(QStringLiteral("outsider"), {});
    addPerson(QStringLiteral("dual"), {Role::Reviewer, Role::Compliance});

    const Registration registration = ReleaseService(db()).registerVersion(
        {QStringLiteral("credit-risk"), QStringLiteral("1.0.0"), QString(64, QLatin1Char('a')),
         QStringLiteral("s3://models/credit-risk/1.0.0"), tier,
         QStringLiteral("owner@example.org")},
        person(QStringLiteral("submitter")));
    m_modelId = registration.modelId;
    m_versionId = registration.versionId;
    addEvidence(m_versionId, evidence);
}

void GovernanceFixture::addPerson(const QString &handle, std::vector<Role> roles)
{
    m_people.insert(handle, addTestPerson(db(), handle, std::move(roles)));
}

void GovernanceFixture::addEvidence(qint64 versionId, const Evidence &evidence)
{
    const QDateTime kNow = db().now();
    WriteTransaction transaction(db());
    Evaluation accuracy;
    accuracy.versionId = versionId;
    accuracy.metric = QStringLiteral("accuracy");
    accuracy.value = evidence.accuracy;
    accuracy.recordedAt = kNow.addDays(-2);
    EvaluationRepository(db()).add(transaction, accuracy);
    RiskAssessment risk;
    risk.versionId = versionId;
    risk.riskScore = evidence.riskScore;
    risk.level = evidence.riskScore > 0.4 ? RiskLevel::High : RiskLevel::Low;
    risk.assessedAt = kNow.addDays(-2);
    RiskAssessmentRepository(db()).add(transaction, risk);
    DriftObservation drift;
    drift.versionId = versionId;
    drift.feature = QStringLiteral("income");
    drift.windowStart = kNow.date().addDays(-8);
    drift.windowEnd = kNow.date().addDays(-1);
    drift.statistic = QStringLiteral("psi");
    drift.value = evidence.psi;
    drift.recordedAt = kNow.addDays(-1);
    DriftRepository(db()).add(transaction, drift);
    transaction.commit();
}

qint64 GovernanceFixture::addVersion(const QString &version, const Evidence &evidence)
{
    const Registration registration = ReleaseService(db()).registerVersion(
        {QStringLiteral("credit-risk"), version, QString(64, QLatin1Char('b')), {}, {}, {}},
        person(QStringLiteral("submitter")));
    addEvidence(registration.versionId, evidence);
    return registration.versionId;
}

qint64 GovernanceFixture::addProductionVersion(double accuracy)
{
    const qint64 id = addVersion(QStringLiteral("0.9.0"), Evidence{accuracy, 0.2, 0.04});
    WriteTransaction transaction(db());
    VersionRepository(db()).setStage(transaction, id, Stage::Production);
    transaction.commit();
    return id;
}

Identity GovernanceFixture::key(const QString &handle) const
{
    return Identity::load(testKey(handle).p12Path, testKeyPassphrase());
}

qint64 GovernanceFixture::submit(std::optional<qint64> versionId)
{
    return ReleaseService(db()).submit(
        {versionId.value_or(m_versionId), Stage::Production, QStringLiteral("GOV-1"), {}},
        person(QStringLiteral("submitter")));
}

DecisionOutcome GovernanceFixture::decide(const QString &handle, qint64 requestId, Verdict verdict,
                                          const QString &rationale)
{
    DecisionInput input;
    input.requestId = requestId;
    input.verdict = verdict;
    input.rationale = rationale;
    if (verdict == Verdict::ApproveWithConditions) {
        input.conditions = QStringLiteral("Monitor recall weekly");
    }
    return ApprovalService(db()).decide(input, key(handle));
}

DecisionOutcome GovernanceFixture::waive(const QString &handle, qint64 requestId)
{
    DecisionInput input;
    input.requestId = requestId;
    input.verdict = Verdict::Waiver;
    input.rationale = QStringLiteral("Accepted for one quarter while retraining");
    input.waiverExpiresAt = db().now().addDays(30);
    return ApprovalService(db()).decide(input, key(handle));
}

} // namespace Quorum::Test
