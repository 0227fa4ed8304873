// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/fairnesschartdata.h"

class QTableWidget;

namespace Quorum::Ui {

/// A table for the summary metrics: Metric, Value, Flag, Rule (the stored flag when flagged).
QTableWidget *createSummaryTable();
/// Fills @p table with the summary rows of @p data and its other flags, flagged rows coloured.
void fillSummaryTable(QTableWidget *table, const FairnessChartData &data);

/// A table for the groups: Group, People, Share, Selection (rate), TPR, FPR.
QTableWidget *createGroupTable();
/// Fills @p table with the groups of @p data; a group selected below the four-fifths line is
/// coloured.
void fillGroupTable(QTableWidget *table, const FairnessChartData &data);

} // namespace Quorum::Ui
