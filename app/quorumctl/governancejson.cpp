// SPDX-License-Identifier: GPL-3.0-or-later
#include "governancejson.h"

#include "storage/dbtime.h"

namespace Quorum::Cli::GovernanceJson {

QJsonValue time(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(toDbTime(time)) : QJsonValue();
}

QJsonObject check(const ThresholdCheck &check)
{
    return {
        {QStringLiteral("name"), check.name},
        {QStringLiteral("comparator"), check.comparator},
        {QStringLiteral("threshold"), check.threshold},
        {QStringLiteral("actual"), check.actual ? QJsonValue(*check.actual) : QJsonValue()},
        {QStringLiteral("passed"), check.passed},
        {QStringLiteral("detail"), check.detail},
    };
}

QJsonArray checks(const std::vector<ThresholdCheck> &checks)
{
    QJsonArray array;
    for (const ThresholdCheck &c : checks) {
        array.append(check(c));
    }
    return array;
}

QJsonObject tally(const Tally &tally)
{
    QJsonArray requirements;
    for (const RequirementProgress &p : tally.progress) {
        requirements.append(QJsonObject{
            {QStringLiteral("role"), roleKey(p.requirement.role)},
            {QStringLiteral("label"), p.requirement.label},
            {QStringLiteral("approvals"), p.approvals()},
            {QStringLiteral("count"), p.requirement.count},
            {QStringLiteral("of"),
             p.requirement.of > 0 ? QJsonValue(p.requirement.of) : QJsonValue()},
            {QStringLiteral("met"), p.met()},
            {QStringLiteral("progress"), GovernanceText::progress(p)},
        });
    }
    return {{QStringLiteral("outcome"), GovernanceText::outcomeKey(tally.outcome)},
            {QStringLiteral("requirements"), requirements}};
}

QJsonObject decision(const Decision &decision, const GovernanceText::Signer &signer)
{
    return {
        {QStringLiteral("id"), decision.id},
        {QStringLiteral("request_id"), decision.requestId},
        {QStringLiteral("signer"), signer.name},
        {QStringLiteral("email"), signer.email},
        {QStringLiteral("role"), roleKey(decision.role)},
        {QStringLiteral("verdict"), verdictKey(decision.verdict)},
        {QStringLiteral("meaning"), verdictMeaning(decision.verdict)},
        {QStringLiteral("signed_at"), time(decision.decidedAt)},
        {QStringLiteral("signature"), GovernanceText::manifestation(decision, signer)},
        {QStringLiteral("decision_mode"), decisionModeKey(decision.mode)},
        {QStringLiteral("rationale"), decision.rationale},
        {QStringLiteral("conditions"),
         decision.conditions.isEmpty() ? QJsonValue() : QJsonValue(decision.conditions)},
        {QStringLiteral("waiver_expires_at"), time(decision.waiverExpiresAt)},
        {QStringLiteral("certificate_sha256"), decision.certificateFingerprint},
    };
}

} // namespace Quorum::Cli::GovernanceJson
