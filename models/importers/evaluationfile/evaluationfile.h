// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/source/importlimits.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace Quorum {

/// One metric row of Quorum's own evaluation file (README "Evaluation and fairness files").
struct EvaluationRow
{
    QString metric;
    double value = 0.0;
    QString split = QStringLiteral("test"); ///< train, validation, test, production
    QString segment = QStringLiteral("all");
    QDateTime windowStart; ///< production windows only
    QDateTime windowEnd;
    QString where; ///< "line 4" (CSV) or "evaluations[3]" (JSON)
};

/// Confusion counts of one group of a fairness result.
struct FairnessGroupRow
{
    QString group;
    qint64 truePositives = 0;
    qint64 falsePositives = 0;
    qint64 trueNegatives = 0;
    qint64 falseNegatives = 0;
    std::optional<double> brier;
};

/// One protected attribute's per-group counts; Quorum computes the metrics itself.
struct FairnessResult
{
    QString attribute;
    QString privilegedGroup;
    QString favourableOutcome = QStringLiteral("1");
    QString split = QStringLiteral("test");
    std::vector<FairnessGroupRow> groups; ///< at least two, names unique
    QString where;
};

struct EvaluationFile
{
    std::vector<EvaluationRow> evaluations;
    std::vector<FairnessResult> fairness;
};

/// Parses an evaluation file: JSON or CSV, told apart by the file's first non-blank byte
/// ('{' or '[' is JSON; a leading byte-order mark is skipped). README "Evaluation and
/// fairness files" documents both:
/// - JSON: {"evaluations": [{"metric", "value", "split", "segment", "window_start",
///   "window_end"}], "fairness": [{"attribute", "privileged_group", "favourable_outcome",
///   "split", "groups": [{"group", "tp", "fp", "tn", "fn", "brier"}]}]}; either list may be
///   absent, not both empty.
/// - CSV with a header (RFC 4180 quoting, LF or CRLF): an evaluation CSV has columns
///   metric,value[,split][,segment][,window_start][,window_end]; a fairness CSV has
///   attribute,group,privileged,tp,fp,tn,fn[,brier][,split][,favourable_outcome] and one
///   result per attribute and split, with exactly one row privileged (true/false, 1/0,
///   yes/no). Unknown columns are refused; empty cells take the defaults.
/// Rules: metric names are normalised (metricnames.h; a split the name carries is used when
/// none is given); values finite, within 0–1 for unit-interval metrics; splits train,
/// validation, test or production; production rows need window_start and window_end (ISO
/// dates, a whole day in UTC, or ISO date-times), other rows have none; at least two groups
/// with unique names; counts whole and ≥ 0; Brier within 0–1. Errors are
/// ImportError(Invalid) naming @p file and "line N, column \"name\"" (CSV) or the key path
/// (JSON); broken quoting is Malformed with "line L, column C"; over
/// limits.maxDocumentBytes is TooLarge.
EvaluationFile parseEvaluationFile(const QByteArray &bytes, const QString &file,
                                   const ImportLimits &limits);

} // namespace Quorum
