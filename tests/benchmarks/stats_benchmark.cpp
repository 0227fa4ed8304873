// SPDX-License-Identifier: GPL-3.0-or-later
// Timings of the statistics engine on millions of values: sorting, KS, PSI, χ² and reading a
// sample CSV. A benchmark, not a test: nothing is asserted. README.md says how to run it and
// how compare_with_scipy.py puts the numbers next to SciPy's, NumPy's and pandas'.
#include "benchcomputations.h"
#include "benchdata.h"
#include "stats/driftanalysis.h"
#include "stats/samplereader.h"
#include "stats/sortsamples.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <cstdio>
#include <exception>
#include <memory>
#include <string>
#include <string_view>

#include <benchmark/benchmark.h>

namespace {

using namespace Quorum;
using namespace Quorum::Bench;

constexpr std::array<std::size_t, 2> kFullSizes = {1000000, 10000000};
constexpr std::array<std::size_t, 2> kSmokeSizes = {1000, 20000};
constexpr std::size_t kFullCsvRows = 1000000;
constexpr std::size_t kSmokeCsvRows = 2000;

// What the command line asked for beyond Google Benchmark's own flags.
struct Mode
{
    bool smoke = false;    // tiny inputs: proves the benchmarks run
    QString dataDirectory; // the files compare_with_scipy.py wrote, instead of generated data
    bool valid = true;
};

Mode parseMode(int &argc, char **argv)
{
    constexpr std::string_view kDataFlag = "--quorum_data_dir=";
    Mode mode;
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--quorum_smoke") {
            mode.smoke = true;
        } else if (arg.starts_with(kDataFlag)) {
            mode.dataDirectory = QString::fromUtf8(arg.substr(kDataFlag.size()));
        } else {
            argv[kept++] = argv[i];
        }
    }
    argc = kept;
    mode.valid = !benchmark::ReportUnrecognizedArguments(argc, argv);
    return mode;
}

std::string name(const char *what, const QString &label)
{
    return std::string(what) + '/' + label.toStdString();
}

// Registers @p body, timed per call, as processing @p values values.
template<typename Body>
void add(const std::string &name, std::size_t values, Body body)
{
    benchmark::RegisterBenchmark(name.c_str(), [values, body](benchmark::State &state) {
        for (auto _ : state) {
            body();
        }
        state.SetItemsProcessed(std::int64_t(state.iterations()) * std::int64_t(values));
    })->Unit(benchmark::kMillisecond);
}

void registerSampleBenchmarks(const SamplePair &pair)
{
    const std::vector<double> &ref = pair.reference;
    const std::vector<double> &cur = pair.current;
    const std::size_t both = ref.size() + cur.size();
    add(name("sort/std::sort", pair.label), ref.size(), [&ref] {
        std::vector<double> copy = ref;
        std::sort(copy.begin(), copy.end());
        benchmark::DoNotOptimize(copy.data());
    });
    add(name("sort/radix", pair.label), ref.size(), [&ref] {
        const std::vector<double> sorted = sortedSamples(ref);
        benchmark::DoNotOptimize(sorted.data());
    });
    add(name("ks", pair.label), both,
        [&ref, &cur] { benchmark::DoNotOptimize(ksTwoSample(ref, cur)); });
    add(name("psi", pair.label), both,
        [&ref, &cur] { benchmark::DoNotOptimize(psiOnly(ref, cur)); });
    add(name("ks+psi", pair.label), both,
        [&ref, &cur] { benchmark::DoNotOptimize(ksAndPsi(ref, cur)); });
}

// χ² as a drift run does it on a categorical column: counting the codes, then the test.
void registerCodeBenchmark(const CodePair &pair)
{
    auto reference = std::make_shared<SampleColumn>(codeColumn(pair.reference, pair.categories));
    auto current = std::make_shared<SampleColumn>(codeColumn(pair.current, pair.categories));
    DriftOptions options;
    options.method = DriftMethod::ChiSquare;
    add(name("chi2", pair.label), pair.reference.size() + pair.current.size(),
        [reference, current, options] {
            benchmark::DoNotOptimize(analyzeColumnDrift(*reference, *current, options));
        });
}

void registerCsvBenchmark(const QString &path)
{
    benchmark::RegisterBenchmark("csv/readSamples", [path](benchmark::State &state) {
        std::int64_t rows = 0;
        for (auto _ : state) {
            const SampleTable table = readSamples(path, CsvOptions{});
            rows = table.rows;
            benchmark::DoNotOptimize(table.columns.data());
        }
        state.SetBytesProcessed(std::int64_t(state.iterations()) * QFileInfo(path).size());
        state.SetItemsProcessed(std::int64_t(state.iterations()) * rows);
    })->Unit(benchmark::kMillisecond);
}

void registerAll(const BenchData &data)
{
    for (const SamplePair &pair : data.samples) {
        registerSampleBenchmarks(pair);
    }
    for (const CodePair &pair : data.codes) {
        registerCodeBenchmark(pair);
    }
    registerCsvBenchmark(data.csvPath);
}

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    const Mode mode = parseMode(argc, argv);
    if (!mode.valid) {
        return 1;
    }
    try {
        QTemporaryDir scratch;
        BenchData data;
        if (mode.dataDirectory.isEmpty()) {
            const std::span<const std::size_t> sizes = mode.smoke ? kSmokeSizes : kFullSizes;
            data = generatedData(sizes, mode.smoke ? kSmokeCsvRows : kFullCsvRows, scratch.path());
        } else {
            data = loadedData(mode.dataDirectory);
            writeResults(data, mode.dataDirectory);
        }
        registerAll(data);
        benchmark::RunSpecifiedBenchmarks();
        benchmark::Shutdown();
    } catch (const std::exception &error) {
        std::fprintf(stderr, "quorum_stats_benchmark: %s\n", error.what());
        return 1;
    }
    return 0;
}
