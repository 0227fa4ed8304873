// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/fairnessreport.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Quorum {

/// One group of a protected attribute in both versions, aligned by the group's name.
struct FairnessGroupComparison
{
    QString name;
    std::optional<FairnessGroup> baseline;  ///< nullopt: the baseline's report lacks the group
    std::optional<FairnessGroup> candidate; ///< nullopt: the candidate's report lacks it
};

/// Keys of the summary metrics, in the order they are listed.
enum class FairnessSummaryMetric {
    DemographicParityDifference,
    DemographicParityRatio,
    DisparateImpact,
    StatisticalParityDifference,
    EqualOpportunityDifference,
    EqualizedOddsDifference,
    AverageOddsDifference,
};

/// One summary metric of an attribute in both versions.
struct FairnessSummaryComparison
{
    FairnessSummaryMetric metric = FairnessSummaryMetric::DemographicParityDifference;
    std::optional<double> baseline;
    std::optional<double> candidate;
};

/// The newest report of one protected attribute of each version, side by side.
struct FairnessAttributeComparison
{
    QString attribute;
    QString privilegedGroup; ///< the candidate's, else the baseline's
    bool inBaseline = false;
    bool inCandidate = false;
    /// The candidate's groups in its order, then groups only the baseline has.
    std::vector<FairnessGroupComparison> groups;
    /// The summary metrics either report defines, in FairnessSummaryMetric order.
    std::vector<FairnessSummaryComparison> summary;
    QStringList baselineFlags;
    QStringList candidateFlags;
};

/// Lines up the newest report per protected attribute of @p baseline and @p candidate (each as
/// FairnessRepository::forVersion lists them: attribute by attribute, newest first). Attributes
/// are sorted by name.
std::vector<FairnessAttributeComparison>
compareFairness(const std::vector<FairnessReport> &baseline,
                const std::vector<FairnessReport> &candidate);

} // namespace Quorum
