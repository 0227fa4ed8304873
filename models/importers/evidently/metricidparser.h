// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

#include <optional>

namespace Quorum::Internal {

/// An Evidently 0.7 metric id such as "ValueDrift(column=age,method=K-S p_value,threshold=0.1)"
/// (MetricResult.explicit_metric_id(): the metric's type, then its parameters as key=value
/// joined by commas, lists joined by commas too, None values left out).
struct MetricIdentity
{
    QString name;                  ///< "ValueDrift"
    QMap<QString, QString> params; ///< "column" → "age", "method" → "K-S p_value", …
};

/// Splits @p text into its name and parameters. Values may hold spaces, parentheses
/// ("Wasserstein distance (normed)") and commas (a list): a comma separates parameters only
/// outside parentheses and quotes and when a "key=" follows it. nullopt when @p text is not
/// "Name" or "Name(key=value,…)"; @p problem then says why.
std::optional<MetricIdentity> parseMetricId(const QString &text, QString &problem);

} // namespace Quorum::Internal
