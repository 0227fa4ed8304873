// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairnesscomparison.h"

#include <algorithm>
#include <array>
#include <map>

namespace Quorum {

namespace {

// The newest report per attribute: forVersion lists attribute by attribute, newest first.
std::map<QString, const FairnessReport *>
newestByAttribute(const std::vector<FairnessReport> &reports)
{
    std::map<QString, const FairnessReport *> newest;
    for (const FairnessReport &r : reports) {
        newest.try_emplace(r.protectedAttribute, &r);
    }
    return newest;
}

std::optional<double> summaryValue(const FairnessReport *report, FairnessSummaryMetric metric)
{
    if (!report) {
        return std::nullopt;
    }
    switch (metric) {
    case FairnessSummaryMetric::DemographicParityDifference:
        return report->demographicParityDifference;
    case FairnessSummaryMetric::DemographicParityRatio:
        return report->demographicParityRatio;
    case FairnessSummaryMetric::DisparateImpact:
        return report->disparateImpact;
    case FairnessSummaryMetric::StatisticalParityDifference:
        return report->statisticalParityDifference;
    case FairnessSummaryMetric::EqualOpportunityDifference:
        return report->equalOpportunityDifference;
    case FairnessSummaryMetric::EqualizedOddsDifference:
        return report->equalizedOddsDifference;
    case FairnessSummaryMetric::AverageOddsDifference:
        return report->averageOddsDifference;
    }
    return std::nullopt;
}

std::vector<FairnessGroupComparison> alignGroups(const FairnessReport *baseline,
                                                 const FairnessReport *candidate)
{
    std::vector<FairnessGroupComparison> groups;
    if (candidate) {
        for (const FairnessGroup &g : candidate->groups) {
            groups.push_back({g.name, std::nullopt, g});
        }
    }
    if (baseline) {
        for (const FairnessGroup &g : baseline->groups) {
            auto same = std::find_if(groups.begin(), groups.end(),
                                     [&g](const auto &row) { return row.name == g.name; });
            if (same == groups.end()) {
                groups.push_back({g.name, g, std::nullopt});
            } else {
                same->baseline = g;
            }
        }
    }
    return groups;
}

FairnessAttributeComparison compareAttribute(const QString &attribute,
                                             const FairnessReport *baseline,
                                             const FairnessReport *candidate)
{
    static constexpr std::array kMetrics{FairnessSummaryMetric::DemographicParityDifference,
                                         FairnessSummaryMetric::DemographicParityRatio,
                                         FairnessSummaryMetric::DisparateImpact,
                                         FairnessSummaryMetric::StatisticalParityDifference,
                                         FairnessSummaryMetric::EqualOpportunityDifference,
                                         FairnessSummaryMetric::EqualizedOddsDifference,
                                         FairnessSummaryMetric::AverageOddsDifference};
    FairnessAttributeComparison c;
    c.attribute = attribute;
    c.inBaseline = baseline != nullptr;
    c.inCandidate = candidate != nullptr;
    c.privilegedGroup = candidate ? candidate->privilegedGroup : baseline->privilegedGroup;
    c.groups = alignGroups(baseline, candidate);
    for (FairnessSummaryMetric metric : kMetrics) {
        FairnessSummaryComparison s{metric, summaryValue(baseline, metric),
                                    summaryValue(candidate, metric)};
        if (s.baseline || s.candidate) {
            c.summary.push_back(s);
        }
    }
    c.baselineFlags = baseline ? baseline->flags : QStringList();
    c.candidateFlags = candidate ? candidate->flags : QStringList();
    return c;
}

} // namespace

std::vector<FairnessAttributeComparison>
compareFairness(const std::vector<FairnessReport> &baseline,
                const std::vector<FairnessReport> &candidate)
{
    const auto before = newestByAttribute(baseline);
    const auto after = newestByAttribute(candidate);
    std::map<QString, std::pair<const FairnessReport *, const FairnessReport *>> attributes;
    for (const auto &[attribute, report] : before) {
        attributes[attribute].first = report;
    }
    for (const auto &[attribute, report] : after) {
        attributes[attribute].second = report;
    }
    std::vector<FairnessAttributeComparison> result;
    for (const auto &[attribute, reports] : attributes) {
        result.push_back(compareAttribute(attribute, reports.first, reports.second));
    }
    return result;
}

} // namespace Quorum
