// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/fairnessreport.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Quorum {

/// The four-fifths rule: a group selected at less than this share of the privileged group's
/// rate shows disparate impact (SPEC §6).
inline constexpr double kFourFifths = 0.8;

/// One group's bars: its rates (0–1, nullopt where undefined) and size.
struct FairnessBars
{
    QString group;
    qint64 count = 0;
    std::optional<double> selectionRate;
    std::optional<double> tpr;
    std::optional<double> fpr;
    bool privileged = false;
    /// Selected below the four-fifths line (false for the privileged group or without a line).
    bool belowFourFifths = false;
};

/// One row of the summary table: a metric, its value and whether it is flagged.
struct FairnessSummaryRow
{
    QString key;   ///< e.g. "disparate_impact"
    QString label; ///< translated, e.g. "Disparate impact ratio"
    std::optional<double> value;
    QString rule; ///< what is flagged, e.g. "< 0.8 (four-fifths rule)"; empty when nothing
    QString flag; ///< the flag's text when flagged, else empty
    bool isFlagged() const { return !flag.isEmpty(); }
};

/// What the fairness charts and tables show of one report.
struct FairnessChartData
{
    QString attribute;
    QString privilegedGroup;
    std::vector<FairnessBars> groups; ///< in the report's order
    /// kFourFifths × the privileged group's selection rate; nullopt when the privileged group
    /// is not among the groups or has no selection rate.
    std::optional<double> fourFifthsLine;
    std::vector<FairnessSummaryRow> summary;
    QStringList otherFlags; ///< stored flags that belong to no summary row
    qint64 totalCount = 0;

    int flagCount() const;
};

/// The chart data of @p report. A summary row is flagged when a stored flag names its metric
/// (the flag text starts with the key), and disparate impact below kFourFifths is flagged even
/// when the report stored no flag for it.
FairnessChartData fairnessChartData(const FairnessReport &report);

} // namespace Quorum
