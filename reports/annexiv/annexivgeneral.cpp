// SPDX-License-Identifier: GPL-3.0-or-later
// Annex IV point 1: general description of the AI system, items (a) to (h).
#include "annexivwriter_p.h"
#include "modelcardfields_p.h"

namespace Quorum::Reports::Internal {

namespace {

QString modelSource(const VersionEvidence &e)
{
    return QStringLiteral("models #%1").arg(e.model.id);
}

QString versionSource(const VersionEvidence &e)
{
    return QStringLiteral("model_versions #%1").arg(e.version.id);
}

QString cardSource(const VersionEvidence &e)
{
    return annexTr("model_cards #%1 (revision %2 of %3)")
        .arg(e.modelCard->id)
        .arg(e.modelCard->revision)
        .arg(e.modelCardRevisions);
}

QString parentVersion(const VersionEvidence &e)
{
    for (const ModelVersion &v : e.history) {
        if (e.version.parentVersionId && v.id == *e.version.parentVersionId) {
            return v.version.toString();
        }
    }
    return {};
}

void intendedPurpose(AnnexIvWriter &w)
{
    const VersionEvidence &e = w.evidence();
    w.openItem(QStringLiteral("1(a)"));
    KeyValueList facts;
    facts.rows = {{annexTr("AI system"), e.model.displayName},
                  {annexTr("Description"), e.model.description},
                  {annexTr("Intended purpose"), e.model.intendedUse},
                  {annexTr("Use case"), e.model.useCase},
                  {annexTr("Regulatory context"), e.model.regulatoryContext},
                  {annexTr("Owner"), personLabel(e.owner, e.model.ownerId)},
                  {annexTr("Team"), e.model.team}};
    const QString parent = parentVersion(e);
    facts.rows.emplace_back(
        annexTr("Version"),
        parent.isEmpty()
            ? e.version.version.toString()
            : annexTr("%1, derived from %2").arg(e.version.version.toString(), parent));
    QStringList history;
    for (const ModelVersion &v : e.history) {
        history.append(QStringLiteral("%1 (%2)").arg(v.version.toString(), stageLabel(v.stage)));
    }
    facts.rows.emplace_back(annexTr("All versions"), history.join(QStringLiteral(", ")));
    w.facts(std::move(facts));
    w.body().paragraph(
        annexTr("The governance database does not record the provider "
                "organisation; the model is owned by %1 of the team %2, who "
                "stands in for the provider until its name is added.")
            .arg(e.owner.name.isEmpty() ? annexTr("an unknown person") : e.owner.name,
                 e.model.team));
    if (e.model.intendedUse.trimmed().isEmpty()) {
        w.gap(annexTr("intended purpose"));
        return;
    }
    w.evidenced(
        {modelSource(e), versionSource(e), QStringLiteral("people #%1").arg(e.model.ownerId)});
}

void interaction(AnnexIvWriter &w)
{
    const ModelVersion &v = w.evidence().version;
    w.openItem(QStringLiteral("1(b)"));
    if (v.deploymentTarget.isEmpty() && v.deploymentUrl.isEmpty()) {
        w.gap(annexTr("deployment target or interface"));
        return;
    }
    KeyValueList facts;
    facts.rows = {{annexTr("Deployment target"), v.deploymentTarget},
                  {annexTr("Service endpoint"), v.deploymentUrl}};
    w.facts(std::move(facts));
    w.body().paragraph(annexTr("Other systems interact with the AI system through its service "
                               "endpoint; no other AI system is recorded as part of it."));
    w.evidenced({versionSource(w.evidence())});
}

void softwareVersions(AnnexIvWriter &w)
{
    const VersionEvidence &e = w.evidence();
    w.openItem(QStringLiteral("1(c)"));
    if (e.version.framework.isEmpty()) {
        w.gap(annexTr("framework or software version"));
        return;
    }
    KeyValueList facts;
    facts.rows = {{annexTr("Framework"), frameworkText(e.version)},
                  {annexTr("Code commit"), e.version.codeCommit},
                  {annexTr("Training environment"), e.version.trainingEnvironment}};
    w.facts(std::move(facts));
    w.body().paragraph(annexTr("Version updates: every change is registered as a new model "
                               "version and reaches production only through a release request "
                               "judged under the policy of risk tier %1 (version %2), with "
                               "threshold checks and signed approvals.")
                           .arg(e.policy.tier)
                           .arg(e.policy.version));
    w.evidenced({versionSource(e), QStringLiteral("policies #%1").arg(e.policy.id)});
}

void marketForms(AnnexIvWriter &w)
{
    const ModelVersion &v = w.evidence().version;
    w.openItem(QStringLiteral("1(d)"));
    if (v.artifactUri.isEmpty()) {
        w.gap(annexTr("artefact or distribution form"));
        return;
    }
    KeyValueList facts;
    facts.rows = {{annexTr("Model artefact"), v.artifactUri},
                  {annexTr("Artefact SHA-256"),
                   v.artifactSha256.isEmpty() ? annexTr("not recorded") : v.artifactSha256}};
    if (!v.deploymentUrl.isEmpty()) {
        facts.rows.emplace_back(annexTr("Put into service as an API"), v.deploymentUrl);
    }
    w.facts(std::move(facts));
    w.evidenced({versionSource(w.evidence())});
}

void hardware(AnnexIvWriter &w)
{
    const ModelVersion &v = w.evidence().version;
    w.openItem(QStringLiteral("1(e)"));
    if (v.trainingEnvironment.isEmpty() && v.deploymentTarget.isEmpty()) {
        w.gap(annexTr("training environment or deployment hardware"));
        return;
    }
    KeyValueList facts;
    facts.rows = {{annexTr("Runs on"), v.deploymentTarget},
                  {annexTr("Trained on"), v.trainingEnvironment}};
    w.facts(std::move(facts));
    w.evidenced({versionSource(w.evidence())});
}

void productComponent(AnnexIvWriter &w)
{
    w.openItem(QStringLiteral("1(f)"));
    w.body().paragraph(annexTr("Applies only where the AI system is a component of a product; "
                               "the provider states here whether it is."));
    w.gap(annexTr("product integration"));
}

void userInterface(AnnexIvWriter &w)
{
    const VersionEvidence &e = w.evidence();
    w.openItem(QStringLiteral("1(g)"));
    const ModelCardFields card = modelCardFields(e.modelCard);
    if (!e.modelCard || (card.users.isEmpty() && card.outputFormat.isEmpty())) {
        w.gap(annexTr("model card describing the deployer's users and outputs"));
        return;
    }
    if (!card.users.isEmpty()) {
        w.body().paragraph(annexTr("Users of the system:"));
        w.body().add(BulletList{card.users});
    }
    if (!card.outputFormat.isEmpty()) {
        w.body().paragraph(annexTr("What the deployer sees: %1").arg(card.outputFormat));
    }
    w.evidenced({cardSource(e)});
}

void instructions(AnnexIvWriter &w)
{
    const VersionEvidence &e = w.evidence();
    w.openItem(QStringLiteral("1(h)"));
    const ModelCardFields card = modelCardFields(e.modelCard);
    if (!e.modelCard || (card.useCases.isEmpty() && card.limitations.isEmpty())) {
        w.gap(annexTr("model card with use cases and limitations"));
        return;
    }
    const auto list = [&](const char *label, const QStringList &items) {
        if (!items.isEmpty()) {
            w.body().paragraph(annexTr(label));
            w.body().add(BulletList{items});
        }
    };
    list(QT_TRANSLATE_NOOP("Quorum::Reports::AnnexIv", "Intended use cases:"), card.useCases);
    list(QT_TRANSLATE_NOOP("Quorum::Reports::AnnexIv", "Limitations:"), card.limitations);
    list(QT_TRANSLATE_NOOP("Quorum::Reports::AnnexIv", "Trade-offs:"), card.tradeoffs);
    w.evidenced({cardSource(e)});
}

} // namespace

void writeGeneralDescription(AnnexIvWriter &writer)
{
    writer.chapter(QStringLiteral("1"), false);
    intendedPurpose(writer);
    interaction(writer);
    softwareVersions(writer);
    marketForms(writer);
    hardware(writer);
    productComponent(writer);
    userInterface(writer);
    instructions(writer);
}

} // namespace Quorum::Reports::Internal
