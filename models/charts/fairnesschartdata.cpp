// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairnesschartdata.h"

#include <QCoreApplication>

#include <algorithm>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::FairnessChartData", text);
}

std::vector<FairnessSummaryRow> summaryRows(const FairnessReport &r)
{
    return {
        {QStringLiteral("disparate_impact"),
         tr("Disparate impact ratio"),
         r.disparateImpact,
         tr("< 0.8 (four-fifths rule)"),
         {}},
        {QStringLiteral("demographic_parity_difference"),
         tr("Demographic parity difference"),
         r.demographicParityDifference,
         tr("> 0.20 (policy)"),
         {}},
        {QStringLiteral("demographic_parity_ratio"),
         tr("Demographic parity ratio"),
         r.demographicParityRatio,
         tr("< 0.8 (four-fifths rule)"),
         {}},
        {QStringLiteral("statistical_parity_difference"),
         tr("Statistical parity difference (AIF360)"),
         r.statisticalParityDifference,
         {},
         {}},
        {QStringLiteral("equal_opportunity_difference"),
         tr("Equal opportunity difference"),
         r.equalOpportunityDifference,
         {},
         {}},
        {QStringLiteral("equalized_odds_difference"),
         tr("Equalized odds difference"),
         r.equalizedOddsDifference,
         {},
         {}},
        {QStringLiteral("average_odds_difference"),
         tr("Average odds difference"),
         r.averageOddsDifference,
         {},
         {}},
    };
}

// Gives each stored flag to the row it names; returns the flags no row claims.
QStringList assignFlags(std::vector<FairnessSummaryRow> &rows, const QStringList &flags)
{
    QStringList others;
    for (const QString &flag : flags) {
        const auto row = std::find_if(rows.begin(), rows.end(), [&](const auto &candidate) {
            return flag.startsWith(candidate.key, Qt::CaseInsensitive);
        });
        if (row == rows.end()) {
            others << flag;
        } else if (row->flag.isEmpty()) {
            row->flag = flag;
        }
    }
    return others;
}

} // namespace

int FairnessChartData::flagCount() const
{
    const auto flagged = std::count_if(summary.begin(), summary.end(),
                                       [](const auto &row) { return row.isFlagged(); });
    return static_cast<int>(flagged) + static_cast<int>(otherFlags.size());
}

FairnessChartData fairnessChartData(const FairnessReport &report)
{
    FairnessChartData data;
    data.attribute = report.protectedAttribute;
    data.privilegedGroup = report.privilegedGroup;
    for (const FairnessGroup &g : report.groups) {
        data.groups.push_back({g.name, g.count, g.selectionRate, g.tpr, g.fpr,
                               g.name == report.privilegedGroup, false});
        data.totalCount += g.count;
    }
    const auto privileged = std::find_if(data.groups.begin(), data.groups.end(),
                                         [](const FairnessBars &g) { return g.privileged; });
    if (privileged != data.groups.end() && privileged->selectionRate) {
        data.fourFifthsLine = kFourFifths * *privileged->selectionRate;
        for (FairnessBars &g : data.groups) {
            g.belowFourFifths
                = !g.privileged && g.selectionRate && *g.selectionRate < *data.fourFifthsLine;
        }
    }
    data.summary = summaryRows(report);
    data.otherFlags = assignFlags(data.summary, report.flags);
    // Both ratios answer to the four-fifths rule, even in reports stored without the flag.
    for (FairnessSummaryRow &row : data.summary) {
        const bool ratio = row.key == QLatin1String("disparate_impact")
            || row.key == QLatin1String("demographic_parity_ratio");
        if (ratio && row.flag.isEmpty() && row.value && *row.value < kFourFifths) {
            row.flag = tr("%1 < 0.8 (four-fifths rule)").arg(row.key);
        }
    }
    return data;
}

} // namespace Quorum
