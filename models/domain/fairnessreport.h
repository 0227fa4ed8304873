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
/// Differences follow AIF360's sign convention (unprivileged minus privileged) where signed.
struct FairnessReport
{
    qint64 id = 0;
    qint64 versionId = 0;
    QString protectedAttribute; ///< e.g. "sex"
    QString privilegedGroup;    ///< e.g. "male"
    QString favourableOutcome = QStringLiteral("1");
    QString split = QStringLiteral("test");
    std::vector<FairnessGroup> groups;
    std::optional<double> demographicParityDifference; ///< max − min selection rate
    std::optional<double> demographicParityRatio;      ///< min / max selection rate
    std::optional<double> disparateImpact; ///< worst unprivileged / privileged selection rate
    std::optional<double> equalOpportunityDifference; ///< worst unprivileged − privileged TPR
    std::optional<double> equalizedOddsDifference;    ///< max of TPR and FPR ranges
    std::optional<double> averageOddsDifference;
    QString undefinedReasonsJson = QStringLiteral("{}"); ///< metric → why it is null
    QStringList flags; ///< e.g. "disparate_impact < 0.8 (four-fifths rule)"
    QDateTime recordedAt;
    QString source;
};

} // namespace Quorum
