// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvalrecord.h"

#include "audit/audittrail.h"
#include "policyrepository.h"
#include "storage/database.h"
#include "storage/databaseerror.h"
#include "storage/decisionrepository.h"
#include "storage/evaluationrepository.h"
#include "storage/fairnessrepository.h"
#include "storage/modelrepository.h"
#include "storage/personrepository.h"
#include "storage/releaserequestrepository.h"
#include "storage/riskassessmentrepository.h"
#include "storage/versionrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::ApprovalRecord", text);
}

// Everything the record is made of, read once.
struct Sources
{
    ReleaseRequest request;
    ModelVersion version;
    Model model;
    std::optional<Policy> policy;
    std::vector<Decision> decisions;
    std::map<qint64, Person> people; ///< everyone the record names
};

QJsonValue isoUtc(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue numberOrNull(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

// The SOP's labels; record labels stay in English whatever the user's language.
QString checkLabel(const QString &name)
{
    static const QHash<QString, QString> kLabels{
        {QStringLiteral("accuracy"), QStringLiteral("Accuracy")},
        {QStringLiteral("bias_disparity"), QStringLiteral("Bias disparity")},
        {QStringLiteral("risk_score"), QStringLiteral("Risk score")},
        {QStringLiteral("fairness_flags"), QStringLiteral("Fairness flags")},
        {QStringLiteral("regression_vs_production"), QStringLiteral("Regression vs production")},
        {QStringLiteral("psi"), QStringLiteral("PSI")}};
    return kLabels.value(name, name);
}

ReleaseRequest decidedRequest(Database &db, qint64 requestId)
{
    std::optional<ReleaseRequest> request = ReleaseRequestRepository(db).byId(requestId);
    if (!request) {
        throw DatabaseError(
            DatabaseErrorKind::Query, db.path(),
            tr("Release request #%1 does not exist in %2, so it has no approval record.")
                .arg(requestId)
                .arg(db.path()));
    }
    const RequestStatus status = request->status;
    if (status != RequestStatus::Approved && status != RequestStatus::Rejected
        && status != RequestStatus::ChangesRequested) {
        throw DatabaseError(
            DatabaseErrorKind::Query, db.path(),
            tr("Release request #%1 in %2 is %3, not decided: an approval record is "
               "written only for a request that was approved, rejected or sent back "
               "for changes.")
                .arg(requestId)
                .arg(db.path(), requestStatusKey(status)));
    }
    return std::move(*request);
}

Sources load(Database &db, qint64 requestId)
{
    Sources s;
    s.request = decidedRequest(db, requestId);
    std::optional<ModelVersion> version = VersionRepository(db).byId(s.request.versionId);
    std::optional<Model> model
        = version ? ModelRepository(db).byId(version->modelId) : std::nullopt;
    if (!version || !model) {
        throw DatabaseError(
            DatabaseErrorKind::Query, db.path(),
            tr("Release request #%1 in %2 refers to model version #%3, which is missing.")
                .arg(requestId)
                .arg(db.path())
                .arg(s.request.versionId));
    }
    s.version = std::move(*version);
    s.model = std::move(*model);
    s.policy = PolicyRepository(db).byId(s.request.policyId);
    s.decisions = DecisionRepository(db).forRequest(requestId);
    // Everyone named in the record; a missing person (never expected) is named by id.
    const auto addPerson = [&s, people = PersonRepository(db)](qint64 id) {
        Person &p = s.people[id] = people.byId(id).value_or(Person());
        p.name = p.name.isEmpty() ? QStringLiteral("person #%1").arg(id) : p.name;
    };
    addPerson(s.request.submittedBy);
    std::for_each(s.decisions.begin(), s.decisions.end(),
                  [&](const Decision &d) { addPerson(d.personId); });
    if (!s.request.closedAt.isValid()) {
        throw DatabaseError(DatabaseErrorKind::Query, db.path(),
                            tr("Release request #%1 in %2 is %3 but has no closing time.")
                                .arg(requestId)
                                .arg(db.path(), requestStatusKey(s.request.status)));
    }
    return s;
}

// Approved: everyone whose approval is stored; otherwise who rejected or sent it back.
QString approverOf(const Sources &s)
{
    const auto counts = [status = s.request.status](Verdict verdict) {
        return status == RequestStatus::Approved ? isApproval(verdict)
            : status == RequestStatus::Rejected  ? verdict == Verdict::Reject
                                                 : verdict == Verdict::RequestChanges;
    };
    QStringList names;
    QList<qint64> seen;
    for (const Decision &d : s.decisions) {
        if (counts(d.verdict) && !seen.contains(d.personId)) {
            seen << d.personId;
            names << s.people.at(d.personId).name;
        }
    }
    return names.join(QStringLiteral(", "));
}

QJsonObject evaluationSummary(Database &db, qint64 versionId)
{
    const EvaluationRepository evaluations(db);
    QJsonArray flags;
    QStringList attributes;
    for (const FairnessReport &r : FairnessRepository(db).forVersion(versionId)) {
        if (!attributes.contains(r.protectedAttribute)) { // newest first per attribute
            attributes << r.protectedAttribute;
            for (const QString &flag : r.flags) {
                flags.append(QString(r.protectedAttribute + QStringLiteral(": ") + flag));
            }
        }
    }
    return {
        {QStringLiteral("accuracy"),
         numberOrNull(evaluations.latest(versionId, QStringLiteral("accuracy")))},
        {QStringLiteral("auc"),
         numberOrNull(evaluations.latest(versionId, QStringLiteral("roc_auc")))},
        {QStringLiteral("f1"), numberOrNull(evaluations.latest(versionId, QStringLiteral("f1")))},
        {QStringLiteral("fairness_flags"), flags},
    };
}

QJsonObject riskSummary(Database &db, qint64 versionId)
{
    const std::optional<RiskAssessment> risk = RiskAssessmentRepository(db).latest(versionId);
    return {
        {QStringLiteral("risk_level"), risk ? QJsonValue(riskLevelKey(risk->level)) : QJsonValue()},
        {QStringLiteral("high_risk_factors"),
         risk ? QJsonArray::fromStringList(risk->highRiskFactors) : QJsonArray()},
    };
}

// The SOP's {label: passed} map and Quorum's full account of each check.
void addChecks(QJsonObject &record, const std::vector<ThresholdCheck> &checks)
{
    QJsonObject passed;
    QJsonArray details;
    for (const ThresholdCheck &c : checks) {
        passed.insert(checkLabel(c.name), c.passed);
        details.append(QJsonObject{
            {QStringLiteral("name"), c.name},
            {QStringLiteral("comparator"), c.comparator},
            {QStringLiteral("threshold"), c.threshold},
            {QStringLiteral("actual"), numberOrNull(c.actual)},
            {QStringLiteral("passed"), c.passed},
            {QStringLiteral("detail"), c.detail},
        });
    }
    record.insert(QStringLiteral("threshold_checks"), passed);
    record.insert(QStringLiteral("threshold_details"), details);
}

QJsonObject requestObject(const Sources &s)
{
    const ReleaseRequest &r = s.request;
    return {
        {QStringLiteral("id"), r.id},
        {QStringLiteral("ticket"), r.ticketRef},
        {QStringLiteral("status"), requestStatusKey(r.status)},
        {QStringLiteral("from_stage"), stageKey(r.fromStage)},
        {QStringLiteral("to_stage"), stageKey(r.toStage)},
        {QStringLiteral("submitted_by"),
         QJsonObject{{QStringLiteral("name"), s.people.at(r.submittedBy).name},
                     {QStringLiteral("email"), s.people.at(r.submittedBy).email}}},
        {QStringLiteral("submitted_at"), isoUtc(r.submittedAt)},
        {QStringLiteral("summary"), r.summary},
    };
}

QJsonObject signatureObject(const Sources &s, const Decision &d)
{
    return {
        {QStringLiteral("decision_id"), d.id},
        {QStringLiteral("signer"), s.people.at(d.personId).name},
        {QStringLiteral("email"), s.people.at(d.personId).email},
        {QStringLiteral("role"), roleKey(d.role)},
        {QStringLiteral("verdict"), verdictKey(d.verdict)},
        {QStringLiteral("meaning"), verdictMeaning(d.verdict)},
        {QStringLiteral("signed_at"), isoUtc(d.decidedAt)},
        {QStringLiteral("decision_mode"), decisionModeKey(d.mode)},
        {QStringLiteral("rationale"), d.rationale},
        {QStringLiteral("conditions"), d.conditions},
        {QStringLiteral("waiver_expires_at"), isoUtc(d.waiverExpiresAt)},
        {QStringLiteral("certificate_fingerprint"), d.certificateFingerprint},
        {QStringLiteral("statement"), QString::fromUtf8(d.statementJson)},
        {QStringLiteral("signature_cms_base64"), QString::fromLatin1(d.signature.toBase64())},
    };
}

// Quorum's additions to the SOP's fields: what was released, under which policy, signed by whom.
void addProvenance(QJsonObject &record, const Sources &s)
{
    record.insert(QStringLiteral("request"), requestObject(s));
    record.insert(QStringLiteral("model"),
                  QJsonObject{{QStringLiteral("name"), s.model.name},
                              {QStringLiteral("display_name"), s.model.displayName},
                              {QStringLiteral("tier"), tierNumber(s.model.tier)}});
    record.insert(QStringLiteral("version"),
                  QJsonObject{{QStringLiteral("version"), s.version.version.toString()},
                              {QStringLiteral("artifact_uri"), s.version.artifactUri},
                              {QStringLiteral("artifact_sha256"), s.version.artifactSha256}});
    record.insert(
        QStringLiteral("policy"),
        QJsonObject{{QStringLiteral("id"), s.request.policyId},
                    {QStringLiteral("tier"), s.policy ? s.policy->tier : QJsonValue()},
                    {QStringLiteral("version"), s.policy ? s.policy->version : QJsonValue()}});
    QJsonArray conditions;
    QJsonArray signatures;
    for (const Decision &d : s.decisions) {
        if (!d.conditions.trimmed().isEmpty()) {
            conditions.append(d.conditions);
        }
        signatures.append(signatureObject(s, d));
    }
    record.insert(QStringLiteral("conditions"), conditions);
    record.insert(QStringLiteral("signatures"), signatures);
}

} // namespace

ApprovalRecord buildApprovalRecord(Database &db, qint64 requestId)
{
    const Sources s = load(db, requestId);
    const Decision *closing = s.decisions.empty() ? nullptr : &s.decisions.back();
    const QDateTime closedAt = s.request.closedAt.toUTC();
    // The SOP's approval_<timestamp> with ':' → '-', made unique per request.
    const QString id = QStringLiteral("approval_%1_r%2")
                           .arg(closedAt.toString(QStringLiteral("yyyy-MM-ddTHH-mm-ss")))
                           .arg(requestId);
    ApprovalRecord result{requestId, id, id + QStringLiteral(".json"), {}, closedAt};
    QJsonObject record{
        {QStringLiteral("approval_id"), id},
        {QStringLiteral("timestamp"), isoUtc(closedAt)},
        {QStringLiteral("decision_mode"),
         decisionModeKey(closing ? closing->mode : DecisionMode::Interactive)},
        {QStringLiteral("approved"), s.request.status == RequestStatus::Approved},
        {QStringLiteral("approver"), approverOf(s)},
        {QStringLiteral("rationale"), closing ? closing->rationale : QString()},
        {QStringLiteral("evaluation_summary"), evaluationSummary(db, s.version.id)},
        {QStringLiteral("risk_summary"), riskSummary(db, s.version.id)},
        {QStringLiteral("deployment_url"),
         s.version.deploymentUrl.isEmpty() ? QJsonValue() : QJsonValue(s.version.deploymentUrl)},
        {QStringLiteral("database_instance_id"), AuditTrail(db).instanceId()},
    };
    addChecks(record, s.request.checks);
    addProvenance(record, s);
    result.json = QJsonDocument(record).toJson(QJsonDocument::Indented);
    return result;
}

} // namespace Quorum
