// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Quorum::Internal {

/// One statistical test of Evidently's registry (evidently.legacy.calculations.stattests) and
/// the drift_observations.statistic key Quorum stores it under.
struct StattestInfo
{
    const char *id;          ///< Evidently's name: "ks", "chisquare", "TVD", …
    const char *displayName; ///< what reports write: "K-S p_value", "PSI", …
    const char *statistic;   ///< Quorum's key: ks, chi2, tvd, …
    bool pValueTest;         ///< the drift score is a p-value: drift when below the threshold
    double defaultThreshold; ///< what Evidently uses when no threshold is given
};

/// The test named by an Evidently id or display name (any case; a display name with an
/// extra " p_value" suffix is found too); nullptr when unknown.
const StattestInfo *findStattest(const QString &nameOrId);

} // namespace Quorum::Internal
