// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Quorum {

/// A metric name as Quorum stores it, and the split a prefix or suffix named.
struct MetricName
{
    QString metric;               ///< e.g. "accuracy", "f1_macro", "roc_auc", "mae"
    std::optional<QString> split; ///< "train", "validation" or "test" when the name said so
};

/// Normalises a metric name from another tool: lower case, spaces and dashes to "_";
/// split prefixes/suffixes (train_, training_, val_, valid_, validation_, eval_, test_ and
/// the same as suffixes) become the split; synonyms map to SPEC §2's standard names
/// (accuracy_score → accuracy, f1_score → f1, auc / roc_auc_score → roc_auc, precision_score →
/// precision, recall_score → recall, average_precision → pr_auc, brier_score_loss → brier,
/// logloss / log_loss_score → log_loss). Unknown names are kept (normalised).
MetricName normalizeMetricName(const QString &raw);

/// Whether values of @p metric (a normalised name) lie in [0, 1], so that a value in (1, 100]
/// can only be a percentage: accuracy, precision, recall, f1 (and its _macro/_micro/_weighted
/// forms), roc_auc, pr_auc, exact_match, specificity, balanced_accuracy.
bool isUnitIntervalMetric(const QString &metric);

} // namespace Quorum
