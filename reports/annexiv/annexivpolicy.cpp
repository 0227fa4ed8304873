// SPDX-License-Identifier: GPL-3.0-or-later
// The tier's policy in words: approval matrix, release and monitoring thresholds.
#include "annexivwriter_p.h"

namespace Quorum::Reports::Internal {

QStringList approvalMatrix(const Policy &policy)
{
    QStringList lines;
    for (const ApprovalRequirement &r : policy.approvals) {
        const QString count
            = r.of > 0 ? annexTr("%1 of %2").arg(r.count).arg(r.of) : QString::number(r.count);
        QString line = annexTr("%1: %2 approval(s)").arg(roleLabel(r.role), count);
        if (!r.label.isEmpty() && r.label != roleLabel(r.role)) {
            line += QStringLiteral(" (") + r.label + QLatin1Char(')');
        }
        lines.append(line);
    }
    return lines;
}

KeyValueList monitoringThresholds(const Policy &policy, const ReportContext &context)
{
    const MonitoringThresholds &m = policy.monitoring;
    const auto pct
        = [&](double value) -> QString { return context.number(value, 2) + QStringLiteral(" %"); };
    KeyValueList list;
    list.rows = {
        {annexTr("Data drift (PSI of a feature)"), context.number(m.dataDriftPsi, 2)},
        {annexTr("Prediction drift (PSI)"), context.number(m.predictionDriftPsi, 2)},
        {annexTr("Accuracy decay"), pct(m.accuracyDecayPct)},
        {annexTr("Recall decay"), pct(m.recallDecayPct)},
        {annexTr("Missing-value increase"), pct(m.missingValueIncreasePct)},
        {annexTr("Calibration drift (Brier score)"), context.number(m.calibrationDriftBrier, 3)},
    };
    return list;
}

KeyValueList releaseThresholds(const Policy &policy, const ReportContext &context)
{
    const ReleaseThresholds &t = policy.thresholds;
    KeyValueList list;
    list.rows = {
        {annexTr("Minimum accuracy"), context.number(t.minAccuracy, 2)},
        {annexTr("Largest demographic parity difference"), context.number(t.maxBiasDisparity, 2)},
        {annexTr("Largest risk score"), context.number(t.maxRiskScore, 2)},
        {annexTr("Fairness flags allowed"), QString::number(t.maxFairnessFlags)},
        {annexTr("Largest accuracy regression"),
         context.number(t.maxRegressionPct, 2) + QStringLiteral(" %")},
        {annexTr("Largest PSI before release"), context.number(t.maxPsi, 2)},
        {annexTr("QA tester's check required"), t.requireQaCheck ? annexTr("yes") : annexTr("no")},
    };
    return list;
}

QString policySource(const Policy &policy)
{
    return annexTr("policies #%1 (tier %2, version %3)")
        .arg(policy.id)
        .arg(policy.tier)
        .arg(policy.version);
}

} // namespace Quorum::Reports::Internal
