// SPDX-License-Identifier: GPL-3.0-or-later
#include "compareformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace Quorum::Ui {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Quorum::Ui::CompareFormat", text, nullptr, n);
}

const QChar kMinus(0x2212);

// Two decimals, the second dropped when it is 0: 1.20 → "1.2", 5.00 → "5.0", 1.04 → "1.04".
QString twoDecimals(double magnitude)
{
    QString text = QLocale().toString(magnitude, 'f', 2);
    if (text.endsWith(QLatin1Char('0'))) {
        text.chop(1);
    }
    return text;
}

QString withSign(double value, const QString &magnitude)
{
    if (value > 0) {
        return QLatin1Char('+') + magnitude;
    }
    return value < 0 ? kMinus + magnitude : magnitude;
}

} // namespace

QString formatMetricValue(std::optional<double> value)
{
    return value ? QLocale().toString(*value, 'g', 6) : QStringLiteral("—");
}

QString formatSignedValue(std::optional<double> value)
{
    if (!value) {
        return QStringLiteral("—");
    }
    return withSign(*value, QLocale().toString(std::abs(*value), 'g', 6));
}

QString formatSignedPct(std::optional<double> pct)
{
    if (!pct) {
        return QStringLiteral("—");
    }
    return tr("%1 %").arg(withSign(*pct, twoDecimals(std::abs(*pct))));
}

QString formatAllowance(double pct)
{
    return tr("%1 %").arg(twoDecimals(pct));
}

QString metricVerdictText(const MetricComparison &m)
{
    const QString allowed = formatAllowance(m.allowedPct);
    switch (m.verdict) {
    case MetricVerdict::Regression:
        return m.deltaPct
            ? tr("Regression: %1 (allowed %2)").arg(formatSignedPct(m.deltaPct), allowed)
            : tr("Regression: worse than 0 (allowed %1)").arg(allowed);
    case MetricVerdict::WorseWithinAllowance:
        return tr("Within allowance: %1 (allowed %2)").arg(formatSignedPct(m.deltaPct), allowed);
    case MetricVerdict::Improved:
        return tr("Better");
    case MetricVerdict::Unchanged:
        return tr("Unchanged");
    case MetricVerdict::Changed:
        return tr("Changed (no better direction)");
    case MetricVerdict::OnlyInBaseline:
        return tr("Missing in the candidate");
    case MetricVerdict::OnlyInCandidate:
        return tr("Missing in the baseline");
    }
    return {};
}

QString versionLabel(const ModelVersion &version)
{
    return tr("%1 · %2").arg(version.version.toString(), stageLabel(version.stage));
}

QString baselineSentence(const VersionComparison &c)
{
    const QString candidate = versionLabel(c.candidate);
    if (!c.baseline) {
        return tr("%1 is the first version of %2: there is no earlier version to compare it "
                  "with, so every value is shown as new.")
            .arg(candidate, c.model.displayName.isEmpty() ? c.model.name : c.model.displayName);
    }
    const QString baseline = versionLabel(*c.baseline);
    switch (c.baselineKind) {
    case BaselineKind::Production:
        return tr("%1 against %2, the version in production.").arg(candidate, baseline);
    case BaselineKind::PreviousVersion:
        return tr("%1 against %2, the newest version before it (no other version is in "
                  "production).")
            .arg(candidate, baseline);
    case BaselineKind::Chosen:
    case BaselineKind::None:
        break;
    }
    return tr("%1 against %2.").arg(candidate, baseline);
}

QString regressionSummary(const VersionComparison &c)
{
    const QString allowed = formatAllowance(c.allowedRegressionPct);
    const int count = c.regressionCount();
    if (!c.baseline) {
        return tr("No baseline: nothing to judge against the %1 regression allowance.")
            .arg(allowed);
    }
    if (count == 0) {
        return tr("No regression beyond %1 (tier %2 policy, version %3).")
            .arg(allowed)
            .arg(tierNumber(c.model.tier))
            .arg(c.policyVersion);
    }
    return QCoreApplication::translate("Quorum::Ui::CompareFormat",
                                       "%n regression(s) beyond %1 (tier %2 policy, version %3).",
                                       nullptr, count)
        .arg(allowed)
        .arg(tierNumber(c.model.tier))
        .arg(c.policyVersion);
}

} // namespace Quorum::Ui
