// SPDX-License-Identifier: GPL-3.0-or-later
#include "compareversions.h"

#include "governance/governanceerror.h"
#include "governance/policyrepository.h"
#include "storage/driftrepository.h"
#include "storage/evaluationrepository.h"
#include "storage/fairnessrepository.h"
#include "storage/modelcardrepository.h"
#include "storage/modelrepository.h"
#include "storage/versionrepository.h"

#include <QCoreApplication>

#include <tuple>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::VersionComparison", text);
}

ModelVersion versionOrRefuse(Database &db, qint64 id)
{
    std::optional<ModelVersion> version = VersionRepository(db).byId(id);
    if (!version) {
        throw GovernanceError(GovernanceErrorKind::NotFound,
                              tr("There is no model version with id %1 (any more).").arg(id));
    }
    return std::move(*version);
}

void resolveBaseline(Database &db, VersionComparison &c, std::optional<qint64> baselineId)
{
    if (!baselineId) {
        std::tie(c.baseline, c.baselineKind)
            = defaultBaseline(c.candidate, VersionRepository(db).forModel(c.model.id));
        return;
    }
    ModelVersion baseline = versionOrRefuse(db, *baselineId);
    if (baseline.id == c.candidate.id) {
        throw GovernanceError(GovernanceErrorKind::InvalidInput,
                              tr("Version %1 cannot be compared with itself; choose another "
                                 "baseline.")
                                  .arg(c.candidate.version.toString()));
    }
    if (baseline.modelId != c.candidate.modelId) {
        throw GovernanceError(
            GovernanceErrorKind::InvalidInput,
            tr("Version %1 belongs to another model than %2 %3; only versions "
               "of one model can be compared.")
                .arg(baseline.version.toString(), c.model.name, c.candidate.version.toString()));
    }
    c.baseline = std::move(baseline);
    c.baselineKind = BaselineKind::Chosen;
}

void addEvidence(Database &db, VersionComparison &c)
{
    const qint64 candidateId = c.candidate.id;
    const std::optional<qint64> baselineId
        = c.baseline ? std::optional(c.baseline->id) : std::nullopt;
    auto read = [baselineId](auto &&reader) {
        return baselineId ? reader(*baselineId) : decltype(reader(qint64{})){};
    };

    const EvaluationRepository evaluations(db);
    c.metrics = compareMetrics(read([&](qint64 id) { return evaluations.forVersion(id); }),
                               evaluations.forVersion(candidateId), c.allowedRegressionPct);

    const FairnessRepository fairness(db);
    c.fairness = compareFairness(read([&](qint64 id) { return fairness.forVersion(id); }),
                                 fairness.forVersion(candidateId));

    const DriftRepository drift(db);
    c.drift = compareDrift(read([&](qint64 id) { return drift.forVersion(id); }),
                           drift.forVersion(candidateId));

    const ModelCardRepository cards(db);
    const std::optional<ModelCard> before = baselineId ? cards.latest(*baselineId) : std::nullopt;
    const std::optional<ModelCard> after = cards.latest(candidateId);
    c.baselineCardRevision = before ? std::optional(before->revision) : std::nullopt;
    c.candidateCardRevision = after ? std::optional(after->revision) : std::nullopt;
    c.cardChanges = diffModelCards(before ? before->contentJson : QString(),
                                   after ? after->contentJson : QString());
}

} // namespace

std::pair<std::optional<ModelVersion>, BaselineKind>
defaultBaseline(const ModelVersion &candidate, const std::vector<ModelVersion> &versions)
{
    for (const ModelVersion &v : versions) {
        if (v.stage == Stage::Production && v.id != candidate.id) {
            return {v, BaselineKind::Production};
        }
    }
    const ModelVersion *previous = nullptr;
    for (const ModelVersion &v : versions) {
        if (v.version < candidate.version && (!previous || v.version > previous->version)) {
            previous = &v;
        }
    }
    if (!previous) {
        return {std::nullopt, BaselineKind::None};
    }
    return {*previous, BaselineKind::PreviousVersion};
}

VersionComparison compareVersions(Database &db, qint64 candidateId,
                                  std::optional<qint64> baselineId)
{
    VersionComparison c;
    c.candidate = versionOrRefuse(db, candidateId);
    std::optional<Model> model = ModelRepository(db).byId(c.candidate.modelId);
    if (!model) {
        throw GovernanceError(
            GovernanceErrorKind::NotFound,
            tr("The model of version %1 no longer exists.").arg(c.candidate.version.toString()));
    }
    c.model = std::move(*model);
    const Policy policy = PolicyRepository(db).current(tierNumber(c.model.tier));
    c.policyId = policy.id;
    c.policyVersion = policy.version;
    c.allowedRegressionPct = policy.thresholds.maxRegressionPct;
    resolveBaseline(db, c, baselineId);
    addEvidence(db, c);
    return c;
}

} // namespace Quorum
