// SPDX-License-Identifier: GPL-3.0-or-later
// A risk assessment for every demo version: a score from the tier, the data and the version's
// own findings, with the catalog's risk factors and mitigations.
#include "democontext.h"
#include "demosteps.h"
#include "storage/riskassessmentrepository.h"

#include <algorithm>

namespace Quorum::Demo {

namespace {

double tierBase(RiskTier tier)
{
    switch (tier) {
    case RiskTier::Critical:
        return 0.30;
    case RiskTier::High:
        return 0.20;
    case RiskTier::Standard:
        return 0.12;
    case RiskTier::Experimental:
        return 0.08;
    }
    return 0.1;
}

RiskLevel levelFor(double score)
{
    if (score >= 0.45) {
        return RiskLevel::High;
    }
    return score >= 0.20 ? RiskLevel::Medium : RiskLevel::Low;
}

QStringList toList(const std::vector<QStringView> &items)
{
    QStringList out;
    for (QStringView item : items) {
        out << item.toString();
    }
    return out;
}

RiskAssessment assess(const DemoContext &context, const ModelSpec &spec, const VersionRecord &v)
{
    DemoRandom r = context.random(
        QStringLiteral("risk/%1/%2").arg(spec.name.toString(), v.version.toString()));
    RiskAssessment a;
    a.versionId = v.id;
    a.highRiskFactors = toList(spec.riskFactors);
    a.mitigations = toList(spec.mitigations);
    double score = tierBase(spec.tier) + (spec.personalData ? 0.04 : 0.0) + r.uniform(-0.02, 0.02);
    if (v.spec->stage == Stage::Development) {
        score += 0.08;
        a.highRiskFactors << QStringLiteral("Evaluation incomplete: not yet validated on "
                                            "hold-out data");
    }
    const Disparity &d = spec.disparity;
    if (d.version == v.version.toString()) {
        score += 0.03;
        a.highRiskFactors << QStringLiteral("Selection-rate gap of %1 for %2 %3 in the fairness "
                                            "test")
                                 .arg(d.gap, 0, 'f', 2)
                                 .arg(d.attribute.toString(), d.group.toString());
    }
    if (v.spec->riskExtra > 0) {
        score += v.spec->riskExtra;
        a.highRiskFactors << v.spec->riskNote.toString();
    }
    a.riskScore = rounded(std::clamp(score, 0.0, 1.0), 2);
    a.level = levelFor(a.riskScore);
    a.assessedBy
        = spec.tier == RiskTier::Critical ? context.people.compliance : context.people.mlLead;
    a.assessedAt = v.createdAt.addDays(3).addSecs(5 * 3600);
    return a;
}

} // namespace

void addRiskAssessments(DemoContext &context)
{
    RiskAssessmentRepository repository(context.db);
    for (const ModelRecord &model : context.models) {
        for (const VersionRecord &v : model.versions) {
            repository.add(context.transaction, assess(context, *model.spec, v));
        }
    }
}

} // namespace Quorum::Demo
