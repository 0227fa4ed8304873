// SPDX-License-Identifier: GPL-3.0-or-later
#include "releasechecks.h"

#include "policy.h"
#include "storage/driftrepository.h"
#include "storage/evaluationrepository.h"
#include "storage/fairnessrepository.h"
#include "storage/riskassessmentrepository.h"
#include "storage/versionrepository.h"

#include <algorithm>
#include <cmath>

namespace Quorum {

namespace {

ThresholdCheck check(const QString &name, const QString &comparator, double threshold,
                     std::optional<double> actual, const QString &detail)
{
    ThresholdCheck c{name, comparator, threshold, actual, false, detail};
    if (actual) {
        const double a = *actual;
        c.passed = comparator == u">=" ? a >= threshold
            : comparator == u"<="      ? a <= threshold
            : comparator == u"<"       ? a < threshold
            : comparator == u">"       ? a > threshold
                                       : a == threshold;
    }
    return c;
}

QString number(double value)
{
    return QString::number(value, 'f', 4);
}

// Stored with the precision pipelines report, so a check reads the same everywhere.
double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

// The newest report per protected attribute (forVersion lists them attribute by attribute,
// newest first).
std::vector<FairnessReport> latestReports(Database &db, qint64 versionId)
{
    std::vector<FairnessReport> latest;
    for (FairnessReport &r : FairnessRepository(db).forVersion(versionId)) {
        if (latest.empty() || latest.back().protectedAttribute != r.protectedAttribute) {
            latest.push_back(std::move(r));
        }
    }
    return latest;
}

void addFairnessChecks(std::vector<ThresholdCheck> &checks, Database &db, const Policy &policy,
                       qint64 versionId)
{
    const std::vector<FairnessReport> reports = latestReports(db, versionId);
    if (reports.empty()) {
        return;
    }
    double disparity = 0.0;
    QString worstAttribute;
    QStringList flags;
    for (const FairnessReport &r : reports) {
        const double dpd = r.demographicParityDifference.value_or(0.0);
        if (worstAttribute.isEmpty() || dpd > disparity) {
            disparity = dpd;
            worstAttribute = r.protectedAttribute;
        }
        for (const QString &flag : r.flags) {
            flags << r.protectedAttribute + QStringLiteral(": ") + flag;
        }
    }
    disparity = rounded(disparity, 4);
    checks.push_back(check(QStringLiteral("bias_disparity"), QStringLiteral("<="),
                           policy.thresholds.maxBiasDisparity, disparity,
                           QStringLiteral("Largest demographic parity difference %1 (%2)")
                               .arg(number(disparity), worstAttribute)));
    checks.push_back(check(QStringLiteral("fairness_flags"), QStringLiteral("<="),
                           double(policy.thresholds.maxFairnessFlags), double(flags.size()),
                           flags.isEmpty() ? QStringLiteral("No fairness flags")
                                           : flags.join(QStringLiteral("; "))));
}

std::optional<ThresholdCheck> regressionCheck(Database &db, const Policy &policy, qint64 versionId,
                                              qint64 baselineId)
{
    EvaluationRepository evaluations(db);
    const std::optional<double> candidate
        = evaluations.latest(versionId, QStringLiteral("accuracy"));
    const std::optional<double> baseline
        = evaluations.latest(baselineId, QStringLiteral("accuracy"));
    const std::optional<ModelVersion> base = VersionRepository(db).byId(baselineId);
    if (!candidate || !baseline || *baseline <= 0 || !base) {
        return std::nullopt;
    }
    const double regression = rounded((*baseline - *candidate) / *baseline * 100.0, 2);
    return check(QStringLiteral("regression_vs_production"), QStringLiteral("<="),
                 policy.thresholds.maxRegressionPct, regression,
                 QStringLiteral("Test accuracy %1 against %2 of %3 in production (%4 %)")
                     .arg(number(*candidate), number(*baseline), base->version.toString())
                     .arg(regression, 0, 'f', 2));
}

ThresholdCheck psiCheck(Database &db, const Policy &policy, qint64 versionId, QDate submittedOn)
{
    const std::vector<DriftObservation> observations = DriftRepository(db).forVersion(versionId);
    QDate lastEnd;
    for (const DriftObservation &o : observations) {
        if (o.statistic == u"psi" && o.windowEnd < submittedOn && o.windowEnd > lastEnd) {
            lastEnd = o.windowEnd;
        }
    }
    std::optional<double> largest;
    QString feature;
    for (const DriftObservation &o : observations) {
        if (o.statistic == u"psi" && o.windowEnd == lastEnd && (!largest || o.value > *largest)) {
            largest = o.value;
            feature = o.feature;
        }
    }
    const QString detail = largest
        ? QStringLiteral("Largest PSI in the week ending %1: %2 (%3)")
              .arg(lastEnd.toString(Qt::ISODate), number(*largest), feature)
        : QStringLiteral("No drift observation before the submission");
    return check(QStringLiteral("psi"), QStringLiteral("<"), policy.thresholds.maxPsi, largest,
                 detail);
}

} // namespace

std::vector<ThresholdCheck> runReleaseChecks(Database &db, const Policy &policy, qint64 versionId,
                                             std::optional<qint64> baselineVersionId,
                                             QDate submittedOn)
{
    std::vector<ThresholdCheck> checks;
    const std::optional<double> accuracy
        = EvaluationRepository(db).latest(versionId, QStringLiteral("accuracy"));
    checks.push_back(check(QStringLiteral("accuracy"), QStringLiteral(">="),
                           policy.thresholds.minAccuracy, accuracy,
                           accuracy ? QStringLiteral("Test accuracy %1").arg(number(*accuracy))
                                    : QStringLiteral("No test accuracy recorded")));
    addFairnessChecks(checks, db, policy, versionId);
    const std::optional<RiskAssessment> risk = RiskAssessmentRepository(db).latest(versionId);
    checks.push_back(check(QStringLiteral("risk_score"), QStringLiteral("<="),
                           policy.thresholds.maxRiskScore,
                           risk ? std::optional(risk->riskScore) : std::nullopt,
                           risk ? QStringLiteral("Risk level %1").arg(riskLevelKey(risk->level))
                                : QStringLiteral("No risk assessment")));
    if (baselineVersionId) {
        if (auto regression = regressionCheck(db, policy, versionId, *baselineVersionId)) {
            checks.push_back(std::move(*regression));
        }
    }
    checks.push_back(psiCheck(db, policy, versionId, submittedOn));
    return checks;
}

} // namespace Quorum
