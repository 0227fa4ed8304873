// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Quorum {

enum class DriftStatus {
    Stable,
    Warning,
    Drift,
};

QString driftStatusKey(DriftStatus status);
std::optional<DriftStatus> driftStatusFromKey(QStringView key);
QString driftStatusLabel(DriftStatus status);
/// A sort key: higher for worse, Stable 0, Warning 1, Drift 2.
int driftSeverity(DriftStatus status);

/// PSI bands of SPEC §6: < 0.1 stable, 0.1–0.2 warning, ≥ 0.2 drift.
DriftStatus psiStatus(double psi);

/// PSI judged against a tier's monitoring threshold (SPEC §2): drift from the threshold on;
/// below it, a warning where SPEC §6's bands call for one (≥ 0.1), else stable.
DriftStatus psiStatus(double psi, double tierThreshold);

/// One drift statistic for one feature of a version over one window (SPEC §2).
struct DriftObservation
{
    qint64 id = 0;
    qint64 versionId = 0;
    QString feature;   ///< a feature name, or "prediction" / "label"
    QDate windowStart; ///< first day of the window
    QDate windowEnd;   ///< last day of the window (inclusive)
    /// psi, ks, chi2, js, wasserstein or hellinger (computed by Quorum); imported from Evidently
    /// also z, kl, energy, tvd, anderson, cramer_von_mises, fisher_exact, g_test, mann_whitney,
    /// epps_singleton, t_test or mmd (schema 7)
    QString statistic;
    double value = 0.0;
    std::optional<double> pValue; ///< where the statistic is a test (ks, chi2, z, …)
    double threshold = 0.1;
    DriftStatus status = DriftStatus::Stable;
    QString binsJson; ///< optional {"edges":[…],"reference":[…],"current":[…]}
    QDateTime recordedAt;
    QString source;
};

} // namespace Quorum
