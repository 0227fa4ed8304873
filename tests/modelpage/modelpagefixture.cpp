// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelpagefixture.h"

#include "audit/audittrail.h"
#include "storage/evaluationrepository.h"
#include "storage/modelrepository.h"
#include "storage/personrepository.h"
#include "storage/releaserequestrepository.h"
#include "storage/versionrepository.h"
#include "storage/writetransaction.h"

namespace Quorum::Test {

QDateTime january(int day)
{
    return QDateTime(QDate(2025, 1, day), QTime(9, 0), Qt::UTC);
}

ModelPageFixture::ModelPageFixture()
{
    WriteTransaction tx(db());
    Person person;
    person.name = QStringLiteral("Dana Reyes");
    person.email = QStringLiteral("dana.reyes@example.com");
    person.roles = {Role::Owner};
    m_personId = PersonRepository(db()).add(tx, person);
    tx.commit();
}

qint64 ModelPageFixture::addModel(const QString &name, int tier)
{
    WriteTransaction tx(db());
    Model model;
    model.name = name;
    model.displayName = name;
    model.ownerId = m_personId;
    model.tier = *riskTierFromText(QString::number(tier));
    const qint64 id = ModelRepository(db()).add(tx, model);
    tx.commit();
    return id;
}

qint64 ModelPageFixture::addVersion(qint64 modelId, const QString &version, Stage stage)
{
    WriteTransaction tx(db());
    ModelVersion v;
    v.modelId = modelId;
    v.version = *SemanticVersion::parse(version);
    v.stage = stage;
    const qint64 id = VersionRepository(db()).add(tx, v);
    tx.commit();
    return id;
}

qint64 ModelPageFixture::addEvaluation(qint64 versionId, const QString &metric, double value,
                                       const QString &split, const QString &segment, int day)
{
    WriteTransaction tx(db());
    Evaluation e;
    e.versionId = versionId;
    e.metric = metric;
    e.value = value;
    e.split = split;
    e.segment = segment;
    e.recordedAt = january(day);
    const qint64 id = EvaluationRepository(db()).add(tx, e);
    tx.commit();
    return id;
}

qint64 ModelPageFixture::addRequest(qint64 versionId, Stage to, RequestStatus status, int day)
{
    WriteTransaction tx(db());
    ReleaseRequestRepository requests(db());
    ReleaseRequest r;
    r.versionId = versionId;
    r.fromStage = Stage::Staging;
    r.toStage = to;
    r.policyId = *requests.currentPolicyId(2);
    r.submittedBy = m_personId;
    r.submittedAt = january(day);
    r.expiresAt = january(day).addDays(30);
    r.status = status;
    if (status != RequestStatus::Pending) {
        r.closedAt = january(day).addDays(3);
    }
    r.ticketRef = QStringLiteral("GOV-%1").arg(day);
    const qint64 id = requests.add(tx, r);
    tx.commit();
    return id;
}

qint64 ModelPageFixture::headSeq()
{
    return AuditTrail(db()).head().seq;
}

} // namespace Quorum::Test
