// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchdata.h"
#include "stats/kolmogorovsmirnov.h"
#include "stats/samplecolumn.h"

#include <QString>

#include <cstdint>
#include <span>

namespace Quorum::Bench {

/// PSI's quantile bins, as DriftOptions has them by default.
constexpr int kPsiBins = 10;

/// What a drift run computes for a numeric column checked with KS and PSI.
struct KsPsi
{
    KsResult ks;
    double psi = 0.0;
};

/// KS and PSI the way analyzeColumnDrift() does them: each sample sorted once, then
/// ksTwoSampleSorted(), quantileBins() and populationStabilityIndex().
KsPsi ksAndPsi(std::span<const double> reference, std::span<const double> current);

/// PSI alone from unsorted samples.
double psiOnly(std::span<const double> reference, std::span<const double> current);

/// A categorical column of @p codes over the categories "c0" … "c<categories − 1>".
SampleColumn codeColumn(std::span<const std::int32_t> codes, int categories);

/// Writes what the engine computes on @p data into @p directory, for compare_with_scipy.py:
/// quorum_results.json (KS, PSI and χ² per size, full precision; the CSV's row count) and each
/// numeric CSV column as raw float64 in csv_<column>.f64.
void writeResults(const BenchData &data, const QString &directory);

} // namespace Quorum::Bench
