// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Quorum {

/// Confusion counts and rates of one group of a protected attribute.
/// Rates are nullopt where undefined (e.g. TPR of a group without positives).
struct FairnessGroup
{
    QString name;
    qint64 count = 0;
    std::optional<qint64> truePositives;
    std::optional<qint64> falsePositives;
    std::optional<qint64> trueNegatives;
    std::optional<qint64> falseNegatives;
    std::optional<double> selectionRate;
    std::optional<double> tpr;
    std::optional<double> fpr;
    std::optional<double> precision;
    std::optional<double> accuracy;
    std::optional<double> brier;
};

/// Fairness of one model version for one protected attribute (SPEC §2, §6).
/// Two conventions side by side: AIF360's signed metrics compare all unprivileged rows pooled
/// with the privileged rows (unprivileged − privileged, or their ratio); Fairlearn's unsigned
/// ones span every group of the attribute (max − min, min / max).
struct FairnessReport
{
    qint64 id = 0;
    qint64 versionId = 0;
    QString protectedAttribute; ///< e.g. "sex"
    QString privilegedGroup;    ///< e.g. "male"
    QString favourableOutcome = QStringLiteral("1");
    QString split = QStringLiteral("test");
    std::vector<FairnessGroup> groups;
    std::optional<double> demographicParityDifference; ///< Fairlearn: max − min selection rate
    std::optional<double> demographicParityRatio;      ///< Fairlearn: min / max selection rate
    std::optional<double> disparateImpact; ///< AIF360: unprivileged / privileged selection rate
    std::optional<double> statisticalParityDifference;   ///< AIF360: unpriv. − priv. sel. rate
    std::optional<double> equalOpportunityDifference;    ///< AIF360: unpriv. − priv. TPR
    std::optional<double> equalizedOddsDifference;       ///< Fairlearn: max of TPR and FPR ranges
    std::optional<double> averageOddsDifference;         ///< AIF360: mean of the FPR and TPR gaps
    QString undefinedReasonsJson = QStringLiteral("{}"); ///< metric → why it is null
    /// Bootstrap confidence intervals by metric name: {"disparate_impact":{"low":…,"high":…,
    /// "level":0.95,"samples":1000,"seed":…}}; "{}" when none were computed.
    QString intervalsJson = QStringLiteral("{}");
    QStringList flags; ///< e.g. "disparate_impact < 0.8 (four-fifths rule)"
    QDateTime recordedAt;
    QString source;
};

} // namespace Quorum
