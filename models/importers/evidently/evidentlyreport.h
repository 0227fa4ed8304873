// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/source/importlimits.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Quorum {

/// Which Evidently output a report came from.
enum class EvidentlyFormat {
    Legacy,   ///< Report.json() up to 0.6 (evidently.legacy in 0.7): metrics[].result
    Snapshot, ///< 0.7+: metrics[] with metric_id / metric_name and a value
};

/// One column's drift as Evidently judged it.
struct EvidentlyColumnDrift
{
    QString column;
    QString columnType;   ///< "num", "cat", … as written; may be empty (0.7)
    QString stattestName; ///< as written: "K-S p_value", "PSI", "Wasserstein distance (normed)"…
    /// Quorum's statistic key (drift_observations.statistic), from the stattest name:
    /// psi, ks, chi2, z, js, kl, wasserstein, hellinger, energy, tvd, anderson,
    /// cramer_von_mises, fisher_exact, g_test, mann_whitney, epps_singleton, t_test, mmd.
    /// Empty when the test is not one Quorum knows (the importer skips it with a warning).
    QString statistic;
    bool pValueTest = false; ///< the score is a p-value: drift when below the threshold
    double score = 0.0;      ///< drift_score / value, finite
    double threshold = 0.0;
    std::optional<bool> detected; ///< Evidently's own verdict when written (legacy)
    /// Binned distributions when both sides share the same bins, as the drift charts read them
    /// (parseDistributionOverlay): categorical columns {"labels","reference","current"} with
    /// counts, numeric columns with equal edges {"edges","reference","current"} with shares.
    QString binsJson;
    QString keyPath; ///< where it was read, e.g. "metrics[1].result.drift_by_columns.age"
};

struct EvidentlyReport
{
    EvidentlyFormat format = EvidentlyFormat::Legacy;
    QString evidentlyVersion; ///< "version", may be empty
    QDateTime timestamp;      ///< "timestamp" (UTC assumed when no zone), may be invalid
    std::vector<EvidentlyColumnDrift> columns; ///< sorted by column name then statistic
    std::optional<double> shareOfDriftedColumns;
    std::optional<bool> datasetDrift;
    QStringList ignoredMetrics; ///< metrics that are not drift (ColumnSummaryMetric, …)
};

/// Parses an Evidently report JSON (either format; detected from the content). Errors name
/// @p file and the key path; a report with no drift metric at all is ImportError(Invalid)
/// ("no data-drift metric: expected DataDriftTable, ColumnDriftMetric or ValueDrift").
/// Direction from Evidently's stattest registry: p-value tests (every name ending in
/// "p_value", and TVD, Anderson-Darling, Cramer-von Mises, Fisher, G, Mann-Whitney,
/// Epps-Singleton, t-test, MMD) drift below the threshold; distances and PSI at or above it.
/// Legacy reports say drift_detected themselves; in 0.7 it is computed from the direction.
/// Scores and thresholds must be finite numbers (NaN, Infinity and out-of-range numbers are
/// ImportError(Invalid) naming the key path); a file over limits.maxDocumentBytes is TooLarge.
EvidentlyReport parseEvidentlyReport(const QByteArray &bytes, const QString &file,
                                     const ImportLimits &limits);

/// The statistic key and direction for an Evidently stattest display name or id, any case
/// ("K-S p_value" or "ks" → ks, p-value test; "PSI" → psi, distance). Empty key when unknown
/// (the direction then follows a "p_value" suffix).
struct EvidentlyStattest
{
    QString statistic;
    bool pValueTest = false;
};
EvidentlyStattest evidentlyStattest(const QString &nameOrId);

} // namespace Quorum
