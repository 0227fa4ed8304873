// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <vector>

namespace Quorum {

/// Sorts finite doubles ascending (−0.0 before +0.0). NaNs must have been removed.
void sortSamples(std::vector<double> &values);

/// A sorted copy of @p values.
std::vector<double> sortedSamples(std::span<const double> values);

} // namespace Quorum
