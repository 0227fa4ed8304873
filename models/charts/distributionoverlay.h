// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Quorum {

/// A window's reference and current distributions side by side: one label and two shares per
/// bin. Shares are fractions of each sample (0–1), each side summing to 1 when anything was
/// counted.
struct DistributionOverlay
{
    QStringList labels; ///< "16–72" for numeric bins, "≤ 16" / "> 1983" for open ends, or values
    std::vector<double> reference;
    std::vector<double> current;

    int binCount() const { return static_cast<int>(labels.size()); }
    /// The largest share of either side (0 when empty), for the axis range.
    double largestShare() const;
};

/// Reads the bins_json of a drift observation: {"edges":[…],"reference":[…],"current":[…]}
/// for numeric bins (one more edge than bins; an outer edge stored as null or a non-number is
/// open, ±∞) or {"labels":[…],"reference":[…],"current":[…]} for categories. Counts instead of
/// shares are turned into shares. nullopt when @p json is empty, not such an object, or its
/// arrays disagree in length.
std::optional<DistributionOverlay> parseDistributionOverlay(const QString &json);

} // namespace Quorum
