// SPDX-License-Identifier: GPL-3.0-or-later
#include "demofairnessmath.h"

#include "stats/fairnesscounts.h"

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
    // The statistics engine's own summary, so demo reports read like computed ones.
    std::vector<Internal::GroupCounts> counts;
    std::vector<bool> privileged;
    for (const FairnessGroup &g : report.groups) {
        Internal::GroupCounts c;
        c.n = g.count;
        c.tp = g.truePositives.value_or(0);
        c.fp = g.falsePositives.value_or(0);
        c.tn = g.trueNegatives.value_or(0);
        c.fn = g.falseNegatives.value_or(0);
        counts.push_back(c);
        privileged.push_back(g.name == report.privilegedGroup);
    }
    const auto summary = Internal::summarize(counts, privileged);
    Internal::storeSummary(report, summary);
    report.flags.clear();
    if (report.disparateImpact && *report.disparateImpact < 0.8) {
        report.flags << QStringLiteral("disparate_impact < 0.8 (four-fifths rule)");
    }
    if (report.demographicParityRatio && *report.demographicParityRatio < 0.8) {
        report.flags << QStringLiteral("demographic_parity_ratio < 0.8 (four-fifths rule)");
    }
    if (report.demographicParityDifference && *report.demographicParityDifference > 0.20) {
        report.flags << QStringLiteral("demographic_parity_difference > 0.20");
    }
}

} // namespace Quorum::Demo
