// SPDX-License-Identifier: GPL-3.0-or-later
#include "demofairnessmath.h"

#include <algorithm>
#include <cmath>

namespace Quorum::Demo {

namespace {

std::optional<double> ratio(qint64 numerator, qint64 denominator)
{
    if (denominator == 0) {
        return std::nullopt;
    }
    return double(numerator) / double(denominator);
}

// max − min of a rate over the groups that define it.
std::optional<double> range(const std::vector<FairnessGroup> &groups,
                            std::optional<double> FairnessGroup::*rate)
{
    std::optional<double> lo, hi;
    for (const FairnessGroup &g : groups) {
        if (const auto value = g.*rate) {
            lo = lo ? std::min(*lo, *value) : *value;
            hi = hi ? std::max(*hi, *value) : *value;
        }
    }
    return lo ? std::optional(*hi - *lo) : std::nullopt;
}

// The signed difference (unprivileged − privileged) of the unprivileged group that is furthest
// from the privileged one.
template<typename Difference>
std::optional<double> worst(const FairnessReport &report, const FairnessGroup &privileged,
                            Difference difference)
{
    std::optional<double> result;
    for (const FairnessGroup &g : report.groups) {
        if (g.name == privileged.name) {
            continue;
        }
        const std::optional<double> d = difference(g, privileged);
        if (d && (!result || std::abs(*d) > std::abs(*result))) {
            result = d;
        }
    }
    return result;
}

// The lowest selection-rate ratio of an unprivileged group to the privileged group: the
// four-fifths rule looks at the group the model favours least.
std::optional<double> lowestSelectionRatio(const FairnessReport &report,
                                           const FairnessGroup &privileged)
{
    if (!privileged.selectionRate || *privileged.selectionRate <= 0) {
        return std::nullopt;
    }
    std::optional<double> result;
    for (const FairnessGroup &g : report.groups) {
        if (g.name != privileged.name && g.selectionRate) {
            const double r = *g.selectionRate / *privileged.selectionRate;
            result = result ? std::min(*result, r) : r;
        }
    }
    return result;
}

} // namespace

double calibratedTruePositiveRate(double accuracy, double selectionRate)
{
    return std::clamp(1.0 - (1.0 - accuracy) / (2.0 * selectionRate), 0.5, 0.999);
}

FairnessGroup groupFromCounts(const GroupCounts &c)
{
    FairnessGroup g;
    g.name = c.name;
    g.count = c.truePositives + c.falsePositives + c.trueNegatives + c.falseNegatives;
    g.truePositives = c.truePositives;
    g.falsePositives = c.falsePositives;
    g.trueNegatives = c.trueNegatives;
    g.falseNegatives = c.falseNegatives;
    g.selectionRate = ratio(c.truePositives + c.falsePositives, g.count);
    g.tpr = ratio(c.truePositives, c.truePositives + c.falseNegatives);
    g.fpr = ratio(c.falsePositives, c.falsePositives + c.trueNegatives);
    g.precision = ratio(c.truePositives, c.truePositives + c.falsePositives);
    g.accuracy = ratio(c.truePositives + c.trueNegatives, g.count);
    return g;
}

void summarise(FairnessReport &report)
{
    const auto privileged
        = std::find_if(report.groups.begin(), report.groups.end(),
                       [&](const FairnessGroup &g) { return g.name == report.privilegedGroup; });
    std::optional<double> lo, hi;
    for (const FairnessGroup &g : report.groups) {
        if (g.selectionRate) {
            lo = lo ? std::min(*lo, *g.selectionRate) : *g.selectionRate;
            hi = hi ? std::max(*hi, *g.selectionRate) : *g.selectionRate;
        }
    }
    if (lo) {
        report.demographicParityDifference = *hi - *lo;
        report.demographicParityRatio = *hi > 0 ? std::optional(*lo / *hi) : std::nullopt;
    }
    const auto tprRange = range(report.groups, &FairnessGroup::tpr);
    const auto fprRange = range(report.groups, &FairnessGroup::fpr);
    if (tprRange && fprRange) {
        report.equalizedOddsDifference = std::max(*tprRange, *fprRange);
    }
    if (privileged != report.groups.end()) {
        const FairnessGroup &p = *privileged;
        report.disparateImpact = lowestSelectionRatio(report, p);
        report.equalOpportunityDifference = worst(report, p, [](const auto &g, const auto &q) {
            return g.tpr && q.tpr ? std::optional(*g.tpr - *q.tpr) : std::nullopt;
        });
        report.averageOddsDifference = worst(report, p, [](const auto &g, const auto &q) {
            return g.tpr && q.tpr && g.fpr && q.fpr
                ? std::optional(0.5 * ((*g.fpr - *q.fpr) + (*g.tpr - *q.tpr)))
                : std::nullopt;
        });
    }
    report.flags.clear();
    if (report.disparateImpact && *report.disparateImpact < 0.8) {
        report.flags << QStringLiteral("disparate_impact < 0.8 (four-fifths rule)");
    }
    if (report.demographicParityDifference && *report.demographicParityDifference > 0.20) {
        report.flags << QStringLiteral("demographic_parity_difference > 0.20");
    }
}

} // namespace Quorum::Demo
