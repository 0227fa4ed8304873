// SPDX-License-Identifier: GPL-3.0-or-later
#include "chisquare.h"

#include "statserror.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

#include <boost/math/distributions/chi_squared.hpp>

namespace Quorum {

ChiSquareResult chiSquareTest(std::span<const std::int64_t> referenceCounts,
                              std::span<const std::int64_t> currentCounts)
{
    std::int64_t referenceTotal = 0;
    std::int64_t currentTotal = 0;
    for (auto c : referenceCounts) {
        referenceTotal += c;
    }
    for (auto c : currentCounts) {
        currentTotal += c;
    }
    if (referenceCounts.size() != currentCounts.size() || referenceTotal <= 0
        || currentTotal <= 0) {
        throw StatsError(StatsErrorKind::InvalidInput,
                         QCoreApplication::translate("Quorum::ChiSquare",
                                                     "The chi-squared test needs counts of the "
                                                     "same categories in two non-empty samples."));
    }
    ChiSquareResult result;
    // Only the categories either sample has count: an empty one adds nothing but a degree.
    int categories = 0;
    for (std::size_t i = 0; i < referenceCounts.size(); ++i) {
        categories += referenceCounts[i] > 0 || currentCounts[i] > 0 ? 1 : 0;
    }
    result.degreesOfFreedom = categories - 1;
    if (result.degreesOfFreedom < 1) {
        return result; // one category on both sides: nothing can differ
    }
    const double scale = double(currentTotal) / double(referenceTotal);
    for (std::size_t i = 0; i < referenceCounts.size(); ++i) {
        if (referenceCounts[i] == 0 && currentCounts[i] == 0) {
            continue;
        }
        const double expected = double(referenceCounts[i]) * scale;
        const double observed = double(currentCounts[i]);
        if (expected == 0.0) {
            // A category the reference never saw: SciPy gives an infinite statistic.
            result.statistic = std::numeric_limits<double>::infinity();
            result.pValue = 0.0;
            return result;
        }
        result.statistic += (observed - expected) * (observed - expected) / expected;
    }
    const boost::math::chi_squared_distribution<double> distribution(result.degreesOfFreedom);
    result.pValue = boost::math::cdf(boost::math::complement(distribution, result.statistic));
    return result;
}

} // namespace Quorum
