// SPDX-License-Identifier: GPL-3.0-or-later
#include "releaseservice.h"

#include "governanceerror.h"
#include "policyrepository.h"
#include "releasechecks.h"
#include "stagetransition.h"
#include "storage/database.h"
#include "storage/modelrepository.h"
#include "storage/personrepository.h"
#include "storage/releaserequestrepository.h"
#include "storage/testercheckrepository.h"
#include "storage/versionrepository.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::ReleaseService", text);
}

[[noreturn]] void refuse(GovernanceErrorKind kind, const QString &message)
{
    throw GovernanceError(kind, message);
}

Actor actorOf(const Person &person)
{
    return Actor::person(person.id, person.name);
}

void requireActive(const Person &person)
{
    if (person.id <= 0 || !person.active) {
        refuse(GovernanceErrorKind::NotAllowed,
               tr("%1 is not an active person of this database.").arg(person.name));
    }
}

int stageRank(Stage stage)
{
    return static_cast<int>(std::find(kAllStages.begin(), kAllStages.end(), stage)
                            - kAllStages.begin());
}

ModelVersion versionOrRefuse(Database &db, qint64 versionId)
{
    auto version = VersionRepository(db).byId(versionId);
    if (!version) {
        refuse(GovernanceErrorKind::NotFound, tr("There is no model version #%1.").arg(versionId));
    }
    return std::move(*version);
}

Model modelOrRefuse(Database &db, qint64 modelId)
{
    auto model = ModelRepository(db).byId(modelId);
    if (!model) {
        refuse(GovernanceErrorKind::NotFound, tr("There is no model #%1.").arg(modelId));
    }
    return std::move(*model);
}

ReleaseRequest pendingOrRefuse(Database &db, qint64 requestId)
{
    auto request = ReleaseRequestRepository(db).byId(requestId);
    if (!request) {
        refuse(GovernanceErrorKind::NotFound,
               tr("There is no release request #%1.").arg(requestId));
    }
    if (request->status != RequestStatus::Pending) {
        refuse(GovernanceErrorKind::WrongState,
               tr("Request #%1 is %2, not pending.")
                   .arg(requestId)
                   .arg(requestStatusLabel(request->status)));
    }
    return std::move(*request);
}

// Refuses a second pending request for a version; returns the last closed request for the
// same target stage, which a new request follows.
std::optional<qint64> predecessor(Database &db, qint64 versionId, Stage toStage)
{
    std::optional<qint64> previous;
    for (const ReleaseRequest &r : ReleaseRequestRepository(db).forVersion(versionId)) {
        if (r.status == RequestStatus::Pending) {
            refuse(GovernanceErrorKind::WrongState,
                   tr("Request #%1 for this version is still pending: withdraw it or wait for "
                      "its decision.")
                       .arg(r.id));
        }
        if (!previous && r.toStage == toStage && r.status != RequestStatus::Approved) {
            previous = r.id; // forVersion() lists the newest first
        }
    }
    return previous;
}

} // namespace

ReleaseService::ReleaseService(Database &db)
    : m_db(db)
{}

Registration ReleaseService::registerVersion(const RegistrationInput &input, const Person &actor)
{
    requireActive(actor);
    static const QRegularExpression kName(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,99}$"));
    static const QRegularExpression kSha(QStringLiteral("^[0-9a-fA-F]{64}$"));
    const QString name = input.modelName.trimmed();
    if (!kName.match(name).hasMatch()) {
        refuse(GovernanceErrorKind::InvalidInput,
               tr("Model name \"%1\": expected lower-case letters, digits, '.', '_' or '-', "
                  "starting with a letter or digit.")
                   .arg(name));
    }
    const auto semver = SemanticVersion::parse(input.version.trimmed());
    if (!semver) {
        refuse(GovernanceErrorKind::InvalidInput,
               tr("Version \"%1\": expected a semantic version such as 1.4.0.").arg(input.version));
    }
    if (!kSha.match(input.artifactSha256).hasMatch()) {
        refuse(GovernanceErrorKind::InvalidInput,
               tr("Artifact checksum \"%1\": expected 64 hexadecimal digits (SHA-256).")
                   .arg(input.artifactSha256));
    }
    WriteTransaction transaction(m_db, actorOf(actor));
    Registration result;
    std::optional<Model> model = ModelRepository(m_db).byName(name);
    if (model && input.tier && tierNumber(model->tier) != *input.tier) {
        refuse(GovernanceErrorKind::InvalidInput,
               tr("%1 is a tier %2 model; --tier %3 does not match.")
                   .arg(name)
                   .arg(tierNumber(model->tier))
                   .arg(*input.tier));
    }
    if (!model) {
        model = newModel(name, input, actor);
        model->id = ModelRepository(m_db).add(transaction, *model);
        result.modelCreated = true;
    }
    if (VersionRepository(m_db).find(model->id, *semver)) {
        refuse(GovernanceErrorKind::WrongState,
               tr("%1 %2 is registered already.").arg(name, semver->toString()));
    }
    ModelVersion version;
    version.modelId = model->id;
    version.version = *semver;
    version.stage = Stage::Development;
    version.artifactUri = input.artifactUri;
    version.artifactSha256 = input.artifactSha256.toLower();
    version.createdBy = actor.id;
    version.createdAt = m_db.now();
    if (const auto latest = VersionRepository(m_db).forModel(model->id); !latest.empty()) {
        version.parentVersionId = latest.back().id;
    }
    result.modelId = model->id;
    result.versionId = VersionRepository(m_db).add(transaction, version);
    transaction.commit();
    return result;
}

Model ReleaseService::newModel(const QString &name, const RegistrationInput &input,
                               const Person &actor)
{
    const auto tier = input.tier ? riskTierFromNumber(*input.tier) : std::nullopt;
    if (!tier) {
        refuse(GovernanceErrorKind::InvalidInput,
               input.tier
                   ? tr("Risk tier %1: expected 1 (critical) to 4 (minimal).").arg(*input.tier)
                   : tr("%1 is a new model: give its risk tier (--tier 1…4).").arg(name));
    }
    Model model;
    model.name = name;
    model.displayName = name;
    model.tier = *tier;
    model.ownerId = actor.id;
    model.createdAt = m_db.now();
    model.updatedAt = model.createdAt;
    if (!input.ownerEmail.trimmed().isEmpty()) {
        const auto owner = PersonRepository(m_db).byEmail(input.ownerEmail.trimmed());
        if (!owner) {
            refuse(GovernanceErrorKind::NotFound,
                   tr("No person has the e-mail %1 (the owner).").arg(input.ownerEmail.trimmed()));
        }
        model.ownerId = owner->id;
    }
    return model;
}

qint64 ReleaseService::submit(const SubmissionInput &input, const Person &submitter)
{
    requireActive(submitter);
    WriteTransaction transaction(m_db, actorOf(submitter));
    const ModelVersion version = versionOrRefuse(m_db, input.versionId);
    const Model model = modelOrRefuse(m_db, version.modelId);
    if (model.status != ModelStatus::Active) {
        refuse(GovernanceErrorKind::WrongState,
               tr("The model %1 is %2: it takes no new releases.")
                   .arg(model.name, modelStatusLabel(model.status).toLower()));
    }
    const bool forward = stageRank(input.toStage) > stageRank(version.stage);
    const bool releaseStage = input.toStage == Stage::Staging || input.toStage == Stage::Approved
        || input.toStage == Stage::Production;
    if (!releaseStage || !forward) {
        refuse(GovernanceErrorKind::InvalidInput,
               input.toStage == Stage::Retired
                   ? tr("A retirement is started with 'quorumctl retire' (or \"Start "
                        "retirement…\"), which records its reason.")
                   : tr("%1 %2 is in %3; a release request can only move it forward to "
                        "staging, approved or production.")
                         .arg(model.name, version.version.toString(),
                              stageLabel(version.stage).toLower()));
    }
    const Policy policy = PolicyRepository(m_db).current(tierNumber(model.tier));
    const auto production = VersionRepository(m_db).inProduction(model.id);
    const QDateTime now = m_db.now();

    ReleaseRequest r;
    r.versionId = version.id;
    r.fromStage = version.stage;
    r.toStage = input.toStage;
    r.policyId = policy.id;
    r.submittedBy = submitter.id;
    r.submittedAt = now;
    r.ticketRef = input.ticketRef.trimmed();
    r.summary = input.summary.trimmed().isEmpty()
        ? tr("Release %1 %2 to %3")
              .arg(model.name, version.version.toString(), stageLabel(input.toStage).toLower())
        : input.summary.trimmed();
    r.expiresAt = now.addDays(policy.thresholds.requestExpiryDays);
    r.previousRequestId = predecessor(m_db, version.id, input.toStage);
    const std::optional<qint64> baseline
        = production && production->id != version.id ? std::optional(production->id) : std::nullopt;
    r.checks = runReleaseChecks(m_db, policy, version.id, baseline, now.date());
    const qint64 id = ReleaseRequestRepository(m_db).add(transaction, r);
    transaction.commit();
    return id;
}

qint64 ReleaseService::retire(const RetirementInput &input, const Person &owner)
{
    requireActive(owner);
    WriteTransaction transaction(m_db, actorOf(owner));
    const Model model = modelOrRefuse(m_db, input.modelId);
    if (model.ownerId != owner.id) {
        refuse(GovernanceErrorKind::NotAllowed,
               tr("Only the model's owner starts its retirement; %1 does not own %2.")
                   .arg(owner.name, model.name));
    }
    if (input.reason.trimmed().isEmpty()) {
        refuse(GovernanceErrorKind::InvalidInput, tr("A retirement needs a reason."));
    }
    if (model.status == ModelStatus::Retired) {
        refuse(GovernanceErrorKind::WrongState,
               tr("The model %1 is retired already.").arg(model.name));
    }
    VersionRepository versions(m_db);
    std::optional<ModelVersion> version
        = input.versionId ? versions.byId(*input.versionId) : versions.inProduction(model.id);
    if (!version || version->modelId != model.id) {
        refuse(GovernanceErrorKind::NotFound,
               input.versionId
                   ? tr("Version #%1 is not a version of %2.").arg(*input.versionId).arg(model.name)
                   : tr("%1 has no version in production; name the version to "
                        "retire.")
                         .arg(model.name));
    }
    if (version->stage == Stage::Retired) {
        refuse(GovernanceErrorKind::WrongState,
               tr("%1 %2 is retired already.").arg(model.name, version->version.toString()));
    }
    std::optional<ModelVersion> successor;
    if (input.replacementModelId) {
        if (*input.replacementModelId == model.id) {
            refuse(GovernanceErrorKind::InvalidInput, tr("A model cannot replace itself."));
        }
        modelOrRefuse(m_db, *input.replacementModelId);
        successor = versions.inProduction(*input.replacementModelId);
    }
    const Policy policy = PolicyRepository(m_db).current(tierNumber(model.tier));
    const QDateTime now = m_db.now();

    ReleaseRequest r;
    r.versionId = version->id;
    r.fromStage = version->stage;
    r.toStage = Stage::Retired;
    r.policyId = policy.id;
    r.submittedBy = owner.id;
    r.submittedAt = now;
    r.summary = tr("Retire %1 %2").arg(model.name, version->version.toString());
    r.expiresAt = now.addDays(policy.thresholds.requestExpiryDays);
    r.previousRequestId = predecessor(m_db, version->id, Stage::Retired);
    r.retirement = RetirementDetails{input.reason.trimmed(), input.replacementModelId,
                                     input.archiveLocation.trimmed()};
    if (input.replacementModelId) {
        r.checks.push_back({QStringLiteral("replacement_in_production"), QStringLiteral("=="), 1.0,
                            successor ? 1.0 : 0.0, successor.has_value(),
                            successor ? tr("Version %1 of the replacement is in production")
                                            .arg(successor->version.toString())
                                      : tr("The replacement has no version in production")});
    }
    const qint64 id = ReleaseRequestRepository(m_db).add(transaction, r);
    ModelRepository(m_db).setStatus(transaction, model.id, ModelStatus::Retiring);
    transaction.commit();
    return id;
}

qint64 ReleaseService::recordTesterCheck(qint64 requestId, const Person &tester,
                                         TesterVerdict verdict, const QString &comment)
{
    requireActive(tester);
    WriteTransaction transaction(m_db, actorOf(tester));
    const ReleaseRequest request = pendingOrRefuse(m_db, requestId);
    const Model model = modelOrRefuse(m_db, versionOrRefuse(m_db, request.versionId).modelId);
    if (!tester.hasRole(Role::Qa)) {
        refuse(GovernanceErrorKind::NotAllowed,
               tr("%1 does not hold the qa role: only a QA tester records \"Tester ✓\".")
                   .arg(tester.name));
    }
    if (tester.id == request.submittedBy || tester.id == model.ownerId) {
        refuse(GovernanceErrorKind::NotAllowed,
               tr("Segregation of duties: %1 submitted the request or owns the model and "
                  "cannot test it.")
                   .arg(tester.name));
    }
    const qint64 id = TesterCheckRepository(m_db).add(
        transaction,
        {0, requestId, tester.id, verdict == TesterVerdict::Passed, comment.trimmed(), m_db.now()});
    transaction.commit();
    return id;
}

void ReleaseService::withdraw(qint64 requestId, const Person &person)
{
    requireActive(person);
    WriteTransaction transaction(m_db, actorOf(person));
    const ReleaseRequest request = pendingOrRefuse(m_db, requestId);
    const Model model = modelOrRefuse(m_db, versionOrRefuse(m_db, request.versionId).modelId);
    if (person.id != request.submittedBy && person.id != model.ownerId) {
        refuse(
            GovernanceErrorKind::NotAllowed,
            tr("Only the submitter or the model's owner may withdraw request #%1.").arg(requestId));
    }
    ReleaseRequestRepository(m_db).setStatus(transaction, requestId, RequestStatus::Withdrawn,
                                             m_db.now());
    applyStageTransition(transaction, request, TransitionResult::NotApproved);
    transaction.commit();
}

int ReleaseService::expireDue()
{
    ReleaseRequestRepository requests(m_db);
    const QDateTime now = m_db.now();
    std::vector<ReleaseRequest> due;
    for (ReleaseRequest &r : requests.withStatus(RequestStatus::Pending)) {
        if (r.expiresAt.isValid() && r.expiresAt <= now) {
            due.push_back(std::move(r));
        }
    }
    if (due.empty()) {
        return 0;
    }
    WriteTransaction transaction(m_db, Actor::program(QStringLiteral("quorum expiry")));
    int expired = 0;
    for (const ReleaseRequest &r : due) {
        const auto fresh = requests.byId(r.id);
        if (fresh && fresh->status == RequestStatus::Pending) {
            requests.setStatus(transaction, r.id, RequestStatus::Expired, now);
            applyStageTransition(transaction, *fresh, TransitionResult::NotApproved);
            ++expired;
        }
    }
    transaction.commit();
    return expired;
}

} // namespace Quorum
