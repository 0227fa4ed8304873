// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/fairnessreport.h"

namespace Quorum::Demo {

/// Confusion counts of one group, with the favourable outcome as the positive class.
struct GroupCounts
{
    QString name;
    qint64 truePositives = 0;
    qint64 falsePositives = 0;
    qint64 trueNegatives = 0;
    qint64 falseNegatives = 0;
};

/// The true positive rate of the favourable outcome for a calibrated classifier of @p accuracy
/// that selects at the base rate @p selectionRate: accuracy = 1 − 2·s·(1 − TPR). A calibrated
/// classifier's precision equals this TPR too.
double calibratedTruePositiveRate(double accuracy, double selectionRate);

/// The group's row of a fairness report: its counts and the rates they give (nullopt where a
/// denominator is zero).
FairnessGroup groupFromCounts(const GroupCounts &counts);

/// Fills the summary metrics and flags of @p report from its groups and privileged group, with
/// the statistics engine's definitions (stats/fairnessanalysis.h): AIF360's pooled
/// unprivileged-vs-privileged metrics and Fairlearn's max-vs-min ones. Flags: disparate impact
/// or demographic parity ratio < 0.8 (four-fifths rule), demographic parity difference > 0.20.
void summarise(FairnessReport &report);

} // namespace Quorum::Demo
