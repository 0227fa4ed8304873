// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/fairnessreport.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace Quorum::Internal {

/// One usable row of a predictions sample, reduced to what fairness needs.
struct FairnessRow
{
    std::int32_t group = 0;
    bool label = false;      ///< the label is the favourable outcome
    bool prediction = false; ///< the prediction is the favourable outcome
    double score = 0.0;      ///< NaN when there is no score
};

/// Confusion counts of one group (or of pooled groups).
struct GroupCounts
{
    std::int64_t n = 0;
    std::int64_t tp = 0;
    std::int64_t fp = 0;
    std::int64_t tn = 0;
    std::int64_t fn = 0;
    double brierSum = 0.0;
    std::int64_t scored = 0;

    void add(const FairnessRow &row);
    void add(const GroupCounts &other);
    std::optional<double> selectionRate() const;
    std::optional<double> tpr() const;
    std::optional<double> fpr() const;
    std::optional<double> precision() const;
    std::optional<double> accuracy() const;
    std::optional<double> brier() const;
};

/// Counts per group of @p rows (all of them, or the rows at @p picks when given).
std::vector<GroupCounts> countGroups(const std::vector<FairnessRow> &rows, int groups,
                                     const std::vector<std::uint32_t> *picks = nullptr);

FairnessGroup toFairnessGroup(const QString &name, const GroupCounts &counts);

/// The summary metrics by name, and why each undefined one is undefined.
struct FairnessSummary
{
    std::map<QString, std::optional<double>> values;
    std::map<QString, QString> undefinedReasons;
};

/// AIF360's signed metrics between the pooled unprivileged and privileged groups, and
/// Fairlearn's max − min metrics over every group. @p privileged marks the groups that are.
FairnessSummary summarize(const std::vector<GroupCounts> &groups,
                          const std::vector<bool> &privileged);

/// Copies the summary's metrics into the report's stored fields (the flags are left alone).
void storeSummary(FairnessReport &report, const FairnessSummary &summary);

/// The flags of a summary (SPEC §6): disparate_impact and demographic_parity_ratio below
/// @p fourFifths (the four-fifths rule) and, when @p maxParityGap is given, the differences
/// (statistical parity, equal opportunity, average odds, demographic parity, equalized odds)
/// beyond ±maxParityGap. Shared by analyzeFairness() and the evaluation-file importer.
QStringList fairnessFlags(const std::map<QString, std::optional<double>> &summary,
                          double fourFifths, std::optional<double> maxParityGap);

} // namespace Quorum::Internal
