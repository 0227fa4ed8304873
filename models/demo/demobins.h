// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace Quorum::Demo {

class DemoRandom;
struct FeatureSpec;

/// A binned reference and current distribution of one feature over one window.
struct DriftBins
{
    std::vector<double> edges;     ///< 11 edges of 10 bins
    std::vector<double> reference; ///< shares per bin, summing to 1
    std::vector<double> current;   ///< shares per bin, summing to 1
    double psi = 0.0;              ///< PSI of current against reference, from the shares
};

/// Population stability index Σ (aᵢ − eᵢ)·ln(aᵢ/eᵢ), empty bins floored at 1e-4 (SPEC §6).
double populationStabilityIndex(const std::vector<double> &reference,
                                const std::vector<double> &current);

/// Ten bins on the reference quantiles of @p feature (so each holds a tenth of the reference)
/// and a current sample of 20,000 rows shifted until its PSI is close to @p targetPsi.
DriftBins driftBins(const FeatureSpec &feature, double targetPsi, DemoRandom &random);

/// {"edges":[…],"reference":[…],"current":[…]} as stored in drift_observations.bins_json.
QString binsJson(const DriftBins &bins);

} // namespace Quorum::Demo
