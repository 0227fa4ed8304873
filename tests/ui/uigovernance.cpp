// SPDX-License-Identifier: GPL-3.0-or-later
#include "uigovernance.h"

#include "crypto/identity.h"
#include "governance/releaseservice.h"
#include "storage/certificaterepository.h"
#include "storage/driftrepository.h"
#include "storage/evaluationrepository.h"
#include "storage/personrepository.h"
#include "storage/riskassessmentrepository.h"
#include "storage/versionrepository.h"
#include "storage/writetransaction.h"
#include "testkeys.h"

namespace Quorum::Test {

UiGovernance::UiGovernance(int tier)
{
    addPerson(QStringLiteral("owner"), {Role::Owner, Role::Reviewer});
    addPerson(QStringLiteral("submitter"), {Role::MlEngineer, Role::Reviewer});
    addPerson(QStringLiteral("reviewer1"), {Role::Reviewer});
    addPerson(QStringLiteral("reviewer2"), {Role::Reviewer});
    addPerson(QStringLiteral("engineer"), {Role::MlEngineer});
    addPerson(QStringLiteral("mllead"), {Role::MlLead});
    const Registration registration = ReleaseService(db()).registerVersion(
        {QStringLiteral("credit-risk"), QStringLiteral("1.0.0"), QString(64, QLatin1Char('a')),
         QStringLiteral("s3://models/credit-risk/1.0.0"), tier,
         QStringLiteral("owner@example.org")},
        person(QStringLiteral("submitter")));
    m_modelId = registration.modelId;
    m_versionId = registration.versionId;
    addEvidence();
}

void UiGovernance::addPerson(const QString &handle, std::vector<Role> roles)
{
    m_people.insert(handle, addTestPerson(db(), handle, std::move(roles)));
}

void UiGovernance::addEvidence()
{
    const QDateTime now = db().now();
    WriteTransaction transaction(db());
    for (const auto &[metric, value] :
         {std::pair(QStringLiteral("accuracy"), 0.91), std::pair(QStringLiteral("f1"), 0.88)}) {
        Evaluation evaluation;
        evaluation.versionId = m_versionId;
        evaluation.metric = metric;
        evaluation.value = value;
        evaluation.recordedAt = now.addDays(-2);
        EvaluationRepository(db()).add(transaction, evaluation);
    }
    RiskAssessment risk;
    risk.versionId = m_versionId;
    risk.riskScore = 0.2;
    risk.level = RiskLevel::Low;
    risk.assessedAt = now.addDays(-2);
    RiskAssessmentRepository(db()).add(transaction, risk);
    DriftObservation drift;
    drift.versionId = m_versionId;
    drift.feature = QStringLiteral("income");
    drift.windowStart = now.date().addDays(-8);
    drift.windowEnd = now.date().addDays(-1);
    drift.statistic = QStringLiteral("psi");
    drift.value = 0.04;
    drift.recordedAt = now.addDays(-1);
    DriftRepository(db()).add(transaction, drift);
    transaction.commit();
}

qint64 UiGovernance::submit()
{
    return ReleaseService(db()).submit(
        {m_versionId, Stage::Production, QStringLiteral("GOV-7"), {}},
        person(QStringLiteral("submitter")));
}

DecisionOutcome UiGovernance::approve(const QString &handle, qint64 requestId)
{
    DecisionInput input;
    input.requestId = requestId;
    input.verdict = Verdict::Approve;
    input.rationale = QStringLiteral("Every check passes");
    return ApprovalService(db()).decide(
        input, Identity::load(testKey(handle).p12Path, testKeyPassphrase()));
}

void UiGovernance::putInProduction()
{
    WriteTransaction transaction(db());
    VersionRepository(db()).setStage(transaction, m_versionId, Stage::Production);
    transaction.commit();
}

} // namespace Quorum::Test
