// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/evaluationfile/evaluationfile.h"
#include "importers/source/sourcenode.h"

#include <vector>

namespace Quorum::Internal {

/// The cells of one evaluation, from a JSON object or a CSV row (a missing CSV column or an
/// empty cell is a missing node); errors are raised at the cell's node, so they name its key
/// path or its line and column.
struct EvaluationCells
{
    SourceNode metric;
    SourceNode value;
    SourceNode split;
    SourceNode segment;
    SourceNode windowStart;
    SourceNode windowEnd;
};

/// Checks and converts one evaluation: the metric name normalised (a split it names is used
/// when the split cell is empty), a finite value (within 0–1 for unit-interval metrics), a
/// split among train, validation, test and production, a window of ISO dates or date-times
/// on production rows only (both ends, the end not before the start).
EvaluationRow evaluationRow(const EvaluationCells &cells, const QString &where);

/// The cells of one group of a fairness result.
struct GroupCells
{
    SourceNode group;
    SourceNode tp;
    SourceNode fp;
    SourceNode tn;
    SourceNode fn;
    SourceNode brier;
};

/// Checks and converts one group: a non-empty name, whole counts of 0 or more, a Brier score
/// within 0–1 when given.
FairnessGroupRow groupRow(const GroupCells &cells);

/// A split cell: train, validation, test or production (any case); "test" when missing.
QString splitOf(const SourceNode &cell);

/// Non-empty text (trimmed).
QString requiredText(const SourceNode &cell);

/// true/false, 1/0, yes/no in any case.
bool flagOf(const SourceNode &cell);

/// Groups named in @p result, for messages: "female, male".
QString groupNames(const FairnessResult &result);

} // namespace Quorum::Internal
