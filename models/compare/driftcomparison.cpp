// SPDX-License-Identifier: GPL-3.0-or-later
#include "driftcomparison.h"

#include <map>
#include <utility>

namespace Quorum {

namespace {

using Key = std::pair<QString, QString>; // feature, statistic

std::map<Key, DriftReading> latestReadings(const std::vector<DriftObservation> &observations)
{
    std::map<Key, DriftReading> latest;
    for (const DriftObservation &o : observations) {
        const Key key{o.feature, o.statistic};
        const auto found = latest.find(key);
        // Oldest window first: a later entry with the same end date was recorded later.
        if (found == latest.end() || o.windowEnd >= found->second.windowEnd) {
            latest[key] = DriftReading{o.windowStart, o.windowEnd, o.value,
                                       o.pValue,      o.threshold, o.status};
        }
    }
    return latest;
}

} // namespace

bool DriftComparison::isWorse() const
{
    if (!candidate) {
        return false;
    }
    const int before = baseline ? driftSeverity(baseline->status) : 0;
    return driftSeverity(candidate->status) > before;
}

std::vector<DriftComparison> compareDrift(const std::vector<DriftObservation> &baseline,
                                          const std::vector<DriftObservation> &candidate)
{
    std::map<Key, DriftComparison> rows;
    for (auto &[key, reading] : latestReadings(baseline)) {
        rows[key].baseline = reading;
    }
    for (auto &[key, reading] : latestReadings(candidate)) {
        rows[key].candidate = reading;
    }
    std::vector<DriftComparison> result;
    result.reserve(rows.size());
    for (auto &[key, row] : rows) {
        row.feature = key.first;
        row.statistic = key.second;
        result.push_back(std::move(row));
    }
    return result;
}

} // namespace Quorum
