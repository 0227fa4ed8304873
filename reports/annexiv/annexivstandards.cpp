// SPDX-License-Identifier: GPL-3.0-or-later
// Annex IV points 7 (harmonised standards: the documented default) and 8 (declaration of
// conformity, drawn up in the Annex V appendix).
#include "annexivwriter_p.h"

namespace Quorum::Reports::Internal {

namespace {

QStringList solutionsAdopted(const VersionEvidence &e, const ReportContext &c)
{
    const ReleaseThresholds &t = e.policy.thresholds;
    return {
        annexTr("Release thresholds of the policy of risk tier %1 (version %2): accuracy ≥ %3, "
                "demographic parity difference ≤ %4, risk score ≤ %5, PSI ≤ %6, checked "
                "automatically on every release request.")
            .arg(QString::number(e.policy.tier), QString::number(e.policy.version),
                 c.number(t.minAccuracy, 2), c.number(t.maxBiasDisparity, 2),
                 c.number(t.maxRiskScore, 2), c.number(t.maxPsi, 2)),
        annexTr("Signed approvals with a quorum before release: %1.")
            .arg(approvalMatrix(e.policy).join(QStringLiteral("; "))),
        annexTr("Drift monitoring against the tier's thresholds: data drift PSI %1, prediction "
                "drift PSI %2, accuracy decay %3 %.")
            .arg(c.number(e.policy.monitoring.dataDriftPsi, 2),
                 c.number(e.policy.monitoring.predictionDriftPsi, 2),
                 c.number(e.policy.monitoring.accuracyDecayPct, 2)),
        annexTr("Fairness assessment per protected attribute with the four-fifths rule."),
        annexTr("A hash-chained, append-only audit trail of every change, with signed "
                "checkpoints."),
        annexTr("Model documentation in the Model Card Toolkit schema."),
    };
}

} // namespace

void writeStandardsAndDeclaration(AnnexIvWriter &w)
{
    const VersionEvidence &e = w.evidence();
    w.chapter(QStringLiteral("7"), true);
    w.body().paragraph(annexTr("No harmonised standards cited; solutions adopted:"));
    w.body().add(BulletList{solutionsAdopted(e, w.context())});
    w.body().note(annexTr("Default: the provider replaces this with the harmonised standards "
                          "applied once their references are published in the Official Journal "
                          "of the European Union."));
    w.defaulted(annexTr("Quorum default; %1").arg(policySource(e.policy)));

    w.chapter(QStringLiteral("8"), true);
    w.body().paragraph(annexTr("The EU declaration of conformity is drawn up in the appendix "
                               "(Annex V) from the evidence available."));
    Document scratch;
    const QStringList missing = writeDeclaration(scratch, e, w.context());
    if (missing.isEmpty()) {
        w.evidenced({annexTr("Annex V appendix")});
        return;
    }
    w.body().gap(annexTr("Gap: the declaration lacks Annex V item(s) %1.")
                     .arg(missing.join(QStringLiteral("; "))));
    w.gapAfter(annexTr("Annex V item(s) %1").arg(missing.join(QStringLiteral("; "))));
}

} // namespace Quorum::Reports::Internal
