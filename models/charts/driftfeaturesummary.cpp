// SPDX-License-Identifier: GPL-3.0-or-later
#include "driftfeaturesummary.h"

namespace Quorum {

DriftFeatureSummary summarizeDrift(const DriftSeries &series)
{
    DriftFeatureSummary s;
    s.feature = series.feature;
    s.statistic = series.statistic;
    s.quantity = series.quantity;
    s.side = series.side;
    s.threshold = series.threshold;
    const DriftPoint &newest = series.points.back();
    s.latest = newest.y;
    s.latestStatus = newest.status;
    s.latestWindowEnd = newest.windowEnd;
    s.windows = static_cast<int>(series.points.size());
    for (const DriftPoint &p : series.points) {
        if (driftSeverity(p.status) > driftSeverity(s.worstStatus)) {
            s.worstStatus = p.status;
        }
        if (p.status == DriftStatus::Warning) {
            ++s.warningWindows;
        } else if (p.status == DriftStatus::Drift) {
            ++s.driftWindows;
            s.lastDriftWindowEnd = p.windowEnd;
        }
    }
    return s;
}

} // namespace Quorum
