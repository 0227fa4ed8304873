// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace Quorum::Bench {

/// A reference and a current numeric sample of the same size, e.g. "1m".
struct SamplePair
{
    QString label;
    std::vector<double> reference;
    std::vector<double> current;
};

/// A reference and a current categorical sample: codes 0 … categories − 1.
struct CodePair
{
    QString label;
    int categories = 0;
    std::vector<std::int32_t> reference;
    std::vector<std::int32_t> current;
};

/// Everything the benchmarks run on.
struct BenchData
{
    std::vector<SamplePair> samples;
    std::vector<CodePair> codes;
    QString csvPath; ///< a numeric sample CSV file
};

/// Deterministic data (fixed seeds): a pair of normal samples and a pair of code samples for each
/// size, and a CSV file of @p csvRows rows written into @p csvDirectory.
BenchData generatedData(std::span<const std::size_t> sizes, std::size_t csvRows,
                        const QString &csvDirectory);

/// The files compare_with_scipy.py wrote into @p directory: samples_<label>_{reference,current}
/// .f64 (raw little-endian float64), codes_<label>_{reference,current}.i32 (raw int32) with the
/// number of categories in codes_<label>.count, and sample.csv. Throws std::runtime_error when a
/// file cannot be read.
BenchData loadedData(const QString &directory);

/// A short label for a sample size: 1000 → "1k", 1000000 → "1m".
QString sizeLabel(std::size_t size);

} // namespace Quorum::Bench
