// SPDX-License-Identifier: GPL-3.0-or-later
// Annex IV points 2(e) human oversight, 2(f) pre-determined changes and 2(h) cybersecurity.
#include "annexivwriter_p.h"
#include "modelcardfields_p.h"

#include <algorithm>

namespace Quorum::Reports::Internal {

namespace {

int decisionCount(const VersionEvidence &e)
{
    int count = 0;
    for (const RequestEvidence &r : e.requests) {
        count += int(r.decisions.size());
    }
    return count;
}

int verifiedCount(const VersionEvidence &e)
{
    int count = 0;
    for (const RequestEvidence &r : e.requests) {
        count += int(std::ranges::count_if(r.decisions, &SignedDecision::verified));
    }
    return count;
}

} // namespace

QStringList testerCheckLines(const VersionEvidence &e, const ReportContext &context)
{
    QStringList lines;
    for (const RequestEvidence &r : e.requests) {
        for (std::size_t i = 0; i < r.testerChecks.size(); ++i) {
            const TesterCheck &c = r.testerChecks[i];
            const Person tester = i < r.testers.size() ? r.testers[i] : Person{};
            lines.append(annexTr("Request #%1: %2 by %3 on %4 — %5")
                             .arg(QString::number(r.request.id),
                                  c.passed ? annexTr("passed") : annexTr("failed"),
                                  personLabel(tester, c.personId), context.dateTime(c.checkedAt),
                                  c.comment));
        }
    }
    return lines;
}

void writeOversightAssessment(AnnexIvWriter &w)
{
    const VersionEvidence &e = w.evidence();
    w.openItem(QStringLiteral("2(e)"));
    w.body().paragraph(annexTr("Release to production needs the signed approvals of the policy "
                               "of risk tier %1 (all of them: the quorum):")
                           .arg(e.policy.tier));
    w.body().add(BulletList{approvalMatrix(e.policy)});
    if (e.policy.thresholds.requireQaCheck) {
        w.body().paragraph(annexTr("A QA tester's check is required before approval."));
    }
    const QStringList checks = testerCheckLines(e, w.context());
    if (!checks.isEmpty()) {
        w.body().paragraph(annexTr("Tester checks of this version:"));
        w.body().add(BulletList{checks});
    }
    w.body().paragraph(annexTr("Human review decisions recorded for this version: %1 signed "
                               "decision(s) on %2 release request(s).")
                           .arg(decisionCount(e))
                           .arg(qint64(e.requests.size())));
    const ModelCardFields card = modelCardFields(e.modelCard);
    QStringList measures;
    for (const auto &[risk, mitigation] : card.ethics) {
        if (!mitigation.isEmpty()) {
            measures.append(mitigation);
        }
    }
    if (!measures.isEmpty()) {
        w.body().paragraph(annexTr("Oversight measures in operation (model card):"));
        w.body().add(BulletList{measures});
    }
    QStringList sources{policySource(e.policy)};
    if (!e.requests.empty()) {
        sources.append(annexTr("release_requests of version %1").arg(e.version.id));
    }
    w.evidenced(sources);
}

void writePredeterminedChanges(AnnexIvWriter &w)
{
    const VersionEvidence &e = w.evidence();
    w.openItem(QStringLiteral("2(f)"));
    w.body().paragraph(annexTr("Monitoring triggers of risk tier %1 that call for retraining or "
                               "review:")
                           .arg(e.policy.tier));
    w.facts(monitoringThresholds(e.policy, w.context()));
    w.body().paragraph(annexTr("Any retrained model becomes a new version that passes the same "
                               "release checks and approvals before it is put into service."));
    w.body().gap(noEvidence(annexTr("pre-determined change plan")));
    w.gapAfter(annexTr("pre-determined changes"), {policySource(e.policy)});
}

void writeCybersecurity(AnnexIvWriter &w)
{
    const VersionEvidence &e = w.evidence();
    w.openItem(QStringLiteral("2(h)"));
    QStringList measures;
    if (!e.version.artifactSha256.isEmpty()) {
        measures.append(annexTr("Integrity of the model artefact: SHA-256 %1 recorded at "
                                "registration.")
                            .arg(e.version.artifactSha256));
    }
    const int decisions = decisionCount(e);
    if (decisions > 0) {
        measures.append(annexTr("Release decisions are signed (CMS, RSA with SHA-256): %1 of %2 "
                                "signatures verified.")
                            .arg(verifiedCount(e))
                            .arg(decisions));
    }
    measures.append(annexTr("Changes are recorded in a hash-chained, append-only audit trail: "
                            "%1 events about this model.")
                        .arg(qint64(e.auditEvents.size())));
    w.body().add(BulletList{measures});
    w.body().gap(annexTr("Gap: no security testing of the deployed system (access control, "
                         "adversarial robustness, model extraction) recorded in the governance "
                         "database."));
    if (e.version.artifactSha256.isEmpty()) {
        w.gapAfter(annexTr("artefact checksum and security testing"));
        return;
    }
    w.evidenced({QStringLiteral("model_versions #%1").arg(e.version.id),
                 annexTr("decisions and audit_events of model %1").arg(e.model.id)});
}

} // namespace Quorum::Reports::Internal
