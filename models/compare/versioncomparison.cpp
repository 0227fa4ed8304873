// SPDX-License-Identifier: GPL-3.0-or-later
#include "versioncomparison.h"

#include <algorithm>

namespace Quorum {

int VersionComparison::regressionCount() const
{
    return static_cast<int>(std::count_if(metrics.begin(), metrics.end(),
                                          [](const auto &m) { return m.isRegression(); }));
}

} // namespace Quorum
