// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionstatement.h"

#include "audit/audittrail.h"
#include "audit/canonicaljson.h"
#include "crypto/sha256.h"
#include "storage/dbtime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Quorum {

namespace {

const QString kDomain = QStringLiteral("quorum.release-decision");

QJsonValue optionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonArray checksToJson(const std::vector<ThresholdCheck> &checks)
{
    QJsonArray array;
    for (const ThresholdCheck &c : checks) {
        array.append(QJsonObject{
            {QStringLiteral("name"), c.name},
            {QStringLiteral("comparator"), c.comparator},
            {QStringLiteral("threshold"), c.threshold},
            {QStringLiteral("actual"), c.actual ? QJsonValue(*c.actual) : QJsonValue()},
            {QStringLiteral("passed"), c.passed},
        });
    }
    return array;
}

std::vector<ThresholdCheck> checksFromJson(const QJsonArray &array)
{
    std::vector<ThresholdCheck> checks;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        const QJsonValue actual = o.value(QStringLiteral("actual"));
        checks.push_back({o.value(QStringLiteral("name")).toString(),
                          o.value(QStringLiteral("comparator")).toString(),
                          o.value(QStringLiteral("threshold")).toDouble(),
                          actual.isDouble() ? std::optional(actual.toDouble()) : std::nullopt,
                          o.value(QStringLiteral("passed")).toBool(), QString()});
    }
    return checks;
}

} // namespace

QByteArray DecisionStatement::canonical() const
{
    return canonicalJson(QJsonObject{
        {QStringLiteral("domain"), kDomain},
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("instance_id"), instanceId},
        {QStringLiteral("request_id"), static_cast<double>(requestId)},
        {QStringLiteral("model"), modelName},
        {QStringLiteral("version"), version},
        {QStringLiteral("artifact_sha256"), optionalText(artifactSha256)},
        {QStringLiteral("request_sha256"), requestSha256},
        {QStringLiteral("policy"),
         QJsonObject{{QStringLiteral("id"), static_cast<double>(policyId)},
                     {QStringLiteral("tier"), policyTier},
                     {QStringLiteral("version"), policyVersion}}},
        {QStringLiteral("threshold_checks"), checksToJson(checks)},
        {QStringLiteral("verdict"), verdictKey(verdict)},
        {QStringLiteral("meaning"), verdictMeaning(verdict)},
        {QStringLiteral("role"), roleKey(role)},
        {QStringLiteral("rationale"), rationale},
        {QStringLiteral("conditions"), optionalText(conditions)},
        {QStringLiteral("waiver_expires_at"), optionalText(toDbTime(waiverExpiresAt))},
        {QStringLiteral("decision_mode"), decisionModeKey(mode)},
        {QStringLiteral("signer"),
         QJsonObject{{QStringLiteral("name"), signerName},
                     {QStringLiteral("email"), signerEmail},
                     {QStringLiteral("certificate_sha256"), certificateFingerprint}}},
        {QStringLiteral("signed_at"), toDbTime(signedAt)},
        {QStringLiteral("audit_head"),
         QJsonObject{{QStringLiteral("seq"), static_cast<double>(auditHeadSeq)},
                     {QStringLiteral("hash"), auditHeadHash}}},
    });
}

std::optional<DecisionStatement> DecisionStatement::parse(const QByteArray &canonicalJson)
{
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(canonicalJson, &error).object();
    if (error.error != QJsonParseError::NoError
        || o.value(QStringLiteral("domain")).toString() != kDomain
        || o.value(QStringLiteral("format")).toInt() != kFormat) {
        return std::nullopt;
    }
    const auto verdict = verdictFromKey(o.value(QStringLiteral("verdict")).toString());
    const auto role = roleFromKey(o.value(QStringLiteral("role")).toString());
    const auto mode = decisionModeFromKey(o.value(QStringLiteral("decision_mode")).toString());
    if (!verdict || !role || !mode) {
        return std::nullopt;
    }
    const QJsonObject policy = o.value(QStringLiteral("policy")).toObject();
    const QJsonObject signer = o.value(QStringLiteral("signer")).toObject();
    const QJsonObject head = o.value(QStringLiteral("audit_head")).toObject();
    DecisionStatement s;
    s.instanceId = o.value(QStringLiteral("instance_id")).toString();
    s.requestId = o.value(QStringLiteral("request_id")).toInteger();
    s.modelName = o.value(QStringLiteral("model")).toString();
    s.version = o.value(QStringLiteral("version")).toString();
    s.artifactSha256 = o.value(QStringLiteral("artifact_sha256")).toString();
    s.requestSha256 = o.value(QStringLiteral("request_sha256")).toString();
    s.policyId = policy.value(QStringLiteral("id")).toInteger();
    s.policyTier = policy.value(QStringLiteral("tier")).toInt();
    s.policyVersion = policy.value(QStringLiteral("version")).toInt();
    s.checks = checksFromJson(o.value(QStringLiteral("threshold_checks")).toArray());
    s.verdict = *verdict;
    s.role = *role;
    s.rationale = o.value(QStringLiteral("rationale")).toString();
    s.conditions = o.value(QStringLiteral("conditions")).toString();
    s.waiverExpiresAt = fromDbTime(o.value(QStringLiteral("waiver_expires_at")).toVariant());
    s.mode = *mode;
    s.signerName = signer.value(QStringLiteral("name")).toString();
    s.signerEmail = signer.value(QStringLiteral("email")).toString();
    s.certificateFingerprint = signer.value(QStringLiteral("certificate_sha256")).toString();
    s.signedAt = fromDbTime(o.value(QStringLiteral("signed_at")).toVariant());
    s.auditHeadSeq = head.value(QStringLiteral("seq")).toInteger();
    s.auditHeadHash = head.value(QStringLiteral("hash")).toString();
    return s;
}

QString requestDigest(Database &db, qint64 requestId)
{
    const AuditTrail trail(db);
    QJsonObject request = trail.rowImage(QStringLiteral("release_requests"), requestId);
    if (request.isEmpty()) {
        return {};
    }
    request.remove(QStringLiteral("status"));
    request.remove(QStringLiteral("closed_at"));
    request.insert(QStringLiteral("threshold_checks"),
                   trail.rowsImage(QStringLiteral("threshold_checks"), QStringLiteral("request_id"),
                                   requestId));
    request.insert(
        QStringLiteral("retirement"),
        trail.rowImage(QStringLiteral("retirements"), requestId, QStringLiteral("request_id")));
    return Crypto::sha256Hex(canonicalJson(request));
}

} // namespace Quorum
