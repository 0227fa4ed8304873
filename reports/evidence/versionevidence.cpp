// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionevidence.h"

#include "audit/audittrail.h"
#include "document/reporterror.h"
#include "document/reportprogress.h"
#include "evidenceloading_p.h"
#include "governance/policyrepository.h"
#include "storage/database.h"
#include "storage/driftrepository.h"
#include "storage/evaluationrepository.h"
#include "storage/fairnessrepository.h"
#include "storage/modelcardrepository.h"
#include "storage/modelrepository.h"
#include "storage/personrepository.h"
#include "storage/riskassessmentrepository.h"
#include "storage/versionrepository.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace Quorum::Reports {

namespace Internal {

QString evidenceTr(const char *text)
{
    return QCoreApplication::translate("Quorum::Reports::VersionEvidence", text);
}

} // namespace Internal

namespace {

using Internal::evidenceTr;

QString databaseName(const Database &db)
{
    return QDir::toNativeSeparators(db.path());
}

std::optional<Person> personById(Database &db, std::optional<qint64> id)
{
    if (!id) {
        return std::nullopt;
    }
    return PersonRepository(db).byId(*id);
}

// The model's versions, oldest version number first.
std::vector<ModelVersion> versionsOldestFirst(Database &db, qint64 modelId)
{
    std::vector<ModelVersion> versions = VersionRepository(db).forModel(modelId);
    std::ranges::sort(versions, {}, &ModelVersion::version);
    return versions;
}

void readMonitoringEvidence(Database &db, VersionEvidence &evidence)
{
    const qint64 versionId = evidence.version.id;
    evidence.evaluations = EvaluationRepository(db).forVersion(versionId);
    evidence.fairness = FairnessRepository(db).forVersion(versionId);
    evidence.drift = DriftRepository(db).forVersion(versionId);
    std::ranges::stable_sort(evidence.drift, [](const auto &a, const auto &b) {
        return std::tie(a.windowStart, a.feature, a.statistic)
            < std::tie(b.windowStart, b.feature, b.statistic);
    });
}

void readDocumentationEvidence(Database &db, VersionEvidence &evidence)
{
    const ModelCardRepository cards(db);
    evidence.modelCard = cards.latest(evidence.version.id);
    evidence.modelCardRevisions = int(cards.revisions(evidence.version.id).size());
    evidence.risk = RiskAssessmentRepository(db).latest(evidence.version.id);
    if (evidence.risk) {
        evidence.riskAssessor = personById(db, evidence.risk->assessedBy);
    }
    evidence.policy = PolicyRepository(db).current(tierNumber(evidence.model.tier));
}

} // namespace

qint64 findVersionId(Database &db, const QString &modelName, const QString &version)
{
    const auto model = ModelRepository(db).byName(modelName);
    if (!model) {
        throw ReportError(ReportError::Kind::NotFound,
                          evidenceTr("No model named '%1' in %2").arg(modelName, databaseName(db)));
    }
    const auto number = SemanticVersion::parse(version);
    if (number) {
        if (const auto found = VersionRepository(db).find(model->id, *number)) {
            return found->id;
        }
    }
    QStringList existing;
    for (const ModelVersion &v : versionsOldestFirst(db, model->id)) {
        existing.append(v.version.toString());
    }
    const QString message = existing.isEmpty()
        ? evidenceTr("Model '%1' has no version %2; it has no versions yet")
              .arg(model->name, version)
        : evidenceTr("Model '%1' has no version %2; its versions are %3")
              .arg(model->name, version, existing.join(QStringLiteral(", ")));
    throw ReportError(ReportError::Kind::NotFound, message);
}

VersionEvidence loadVersionEvidence(Database &db, qint64 versionId, const ReportProgress &progress)
{
    constexpr int kSteps = 5;
    progress.step(0, kSteps, evidenceTr("Reading the model version"));
    const auto version = VersionRepository(db).byId(versionId);
    const auto model = version ? ModelRepository(db).byId(version->modelId) : std::nullopt;
    if (!version || !model) {
        throw ReportError(ReportError::Kind::NotFound,
                          evidenceTr("No model version #%1 in %2")
                              .arg(QString::number(versionId), databaseName(db)));
    }
    VersionEvidence evidence;
    evidence.databasePath = db.path();
    evidence.instanceId = AuditTrail(db).instanceId();
    evidence.model = *model;
    evidence.version = *version;
    evidence.owner = PersonRepository(db).byId(model->ownerId).value_or(Person{});
    evidence.createdBy = personById(db, version->createdBy);
    evidence.history = versionsOldestFirst(db, model->id);
    evidence.production = VersionRepository(db).inProduction(model->id);

    progress.step(1, kSteps, evidenceTr("Reading datasets and documentation"));
    evidence.datasets = Internal::loadDatasetUses(db, evidence.version);
    readDocumentationEvidence(db, evidence);

    progress.step(2, kSteps, evidenceTr("Reading evaluations, fairness and drift"));
    readMonitoringEvidence(db, evidence);

    progress.step(3, kSteps, evidenceTr("Reading and verifying release decisions"));
    evidence.requests = Internal::loadRequestEvidence(db, versionId);

    progress.step(4, kSteps, evidenceTr("Reading the audit trail"));
    evidence.auditEvents = auditEventsForModel(db, model->id);
    progress.step(kSteps, kSteps, evidenceTr("Evidence read"));
    return evidence;
}

} // namespace Quorum::Reports
