// SPDX-License-Identifier: GPL-3.0-or-later
// How the drift analysis chooses, thresholds and reports its statistics (Evidently's defaults),
// and one run end to end from two CSV files.
#include "referencedata.h"
#include "stats/binning.h"
#include "stats/distances.h"
#include "stats/driftanalysis.h"
#include "stats/samplereader.h"
#include "stats/sortsamples.h"
#include "stats/statserror.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>

#include <cmath>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

using namespace Quorum;

namespace {

SampleColumn numericColumn(const QString &name, std::vector<double> values,
                           std::int64_t missing = 0)
{
    SampleColumn column;
    column.name = name;
    column.type = ColumnType::Numeric;
    column.numbers = std::move(values);
    column.missing = missing;
    return column;
}

SampleColumn categoricalColumn(const QString &name, const QStringList &values,
                               std::int64_t missing = 0)
{
    SampleColumn column;
    column.name = name;
    column.type = ColumnType::Categorical;
    for (const auto &value : values) {
        auto code = column.categories.indexOf(value);
        if (code < 0) {
            code = column.categories.size();
            column.categories.append(value);
        }
        column.codes.push_back(std::int32_t(code));
    }
    column.missing = missing;
    return column;
}

// n numbers cycling through `distinct` values, shifted by `offset`.
std::vector<double> cycling(int n, int distinct, double offset = 0.0)
{
    std::vector<double> values;
    for (int i = 0; i < n; ++i) {
        values.push_back(offset + double(i % distinct));
    }
    return values;
}

QStringList labels(int n, int distinct, const QString &prefix = QStringLiteral("c"))
{
    QStringList values;
    for (int i = 0; i < n; ++i) {
        values.append(prefix + QString::number(i % distinct));
    }
    return values;
}

// A smooth spread of n distinct numbers (not random: the behaviour, not the values, matters).
std::vector<double> spread(int n, double shift)
{
    std::vector<double> values;
    for (int i = 0; i < n; ++i) {
        values.push_back(shift + std::sin(double(i) * 0.7) * 3.0 + double(i % 11) * 0.25);
    }
    return values;
}

DriftResult drift(const SampleColumn &reference, const SampleColumn &current,
                  DriftMethod method = DriftMethod::Auto, std::optional<double> threshold = {},
                  int bins = 10)
{
    DriftOptions options;
    options.method = method;
    options.threshold = threshold;
    options.bins = bins;
    return analyzeColumnDrift(reference, current, options);
}

} // namespace

TEST_CASE("Method keys, directions and default thresholds follow Evidently", "[stats][drift]")
{
    const std::vector<std::pair<DriftMethod, QString>> keys = {
        {DriftMethod::Auto, QStringLiteral("auto")},
        {DriftMethod::Psi, QStringLiteral("psi")},
        {DriftMethod::KolmogorovSmirnov, QStringLiteral("ks")},
        {DriftMethod::ChiSquare, QStringLiteral("chi2")},
        {DriftMethod::JensenShannon, QStringLiteral("js")},
        {DriftMethod::Wasserstein, QStringLiteral("wasserstein")},
        {DriftMethod::Hellinger, QStringLiteral("hellinger")},
    };
    for (const auto &[method, key] : keys) {
        CHECK(driftMethodKey(method) == key);
        CHECK(driftMethodFromKey(key) == method);
    }
    CHECK_FALSE(driftMethodFromKey(u"kolmogorov").has_value());
    CHECK_FALSE(driftMethodFromKey(u"").has_value());

    for (auto method : {DriftMethod::KolmogorovSmirnov, DriftMethod::ChiSquare}) {
        CHECK(driftDirection(method) == DriftDirection::PValueBelow);
        CHECK(defaultDriftThreshold(method) == 0.05);
    }
    for (auto method : {DriftMethod::Psi, DriftMethod::JensenShannon, DriftMethod::Wasserstein,
                        DriftMethod::Hellinger}) {
        CHECK(driftDirection(method) == DriftDirection::DistanceAbove);
        CHECK(defaultDriftThreshold(method) == 0.1);
    }
    CHECK(driftDirectionKey(DriftDirection::PValueBelow) == QStringLiteral("p_value_below"));
    CHECK(driftDirectionKey(DriftDirection::DistanceAbove) == QStringLiteral("distance_above"));
}

TEST_CASE("The automatic choice switches at 1,000 reference rows and 5 distinct values",
          "[stats][drift]")
{
    using enum ColumnType;
    CHECK(chooseDriftMethod(Numeric, 1000, 6) == DriftMethod::KolmogorovSmirnov);
    CHECK(chooseDriftMethod(Numeric, 1000, 5) == DriftMethod::ChiSquare);
    CHECK(chooseDriftMethod(Numeric, 1001, 6) == DriftMethod::Wasserstein);
    CHECK(chooseDriftMethod(Numeric, 1001, 5) == DriftMethod::JensenShannon);
    CHECK(chooseDriftMethod(Numeric, 1, 1) == DriftMethod::ChiSquare);
    CHECK(chooseDriftMethod(Categorical, 1000, 50) == DriftMethod::ChiSquare);
    CHECK(chooseDriftMethod(Categorical, 1001, 50) == DriftMethod::JensenShannon);
    CHECK(chooseDriftMethod(Categorical, 1000, 2) == DriftMethod::ChiSquare);
    CHECK(chooseDriftMethod(Categorical, 5000, 6) == DriftMethod::JensenShannon);
}

TEST_CASE("The drift analysis applies the automatic choice to each column", "[stats][drift]")
{
    const auto x = QStringLiteral("x");
    const auto method = [&](const SampleColumn &reference, const SampleColumn &current) {
        return drift(reference, current).method;
    };
    // Only the reference decides: size and distinct values.
    CHECK(method(numericColumn(x, cycling(1000, 6)), numericColumn(x, cycling(40, 3)))
          == DriftMethod::KolmogorovSmirnov);
    CHECK(method(numericColumn(x, cycling(1000, 5)), numericColumn(x, cycling(40, 9)))
          == DriftMethod::ChiSquare);
    CHECK(method(numericColumn(x, cycling(1001, 6)), numericColumn(x, cycling(40, 6)))
          == DriftMethod::Wasserstein);
    CHECK(method(numericColumn(x, cycling(1001, 5)), numericColumn(x, cycling(40, 5)))
          == DriftMethod::JensenShannon);
    CHECK(method(categoricalColumn(x, labels(1000, 50)), categoricalColumn(x, labels(30, 7)))
          == DriftMethod::ChiSquare);
    CHECK(method(categoricalColumn(x, labels(1001, 50)), categoricalColumn(x, labels(30, 7)))
          == DriftMethod::JensenShannon);
}

TEST_CASE("Each result records its method, threshold, direction, sizes and missing counts",
          "[stats][drift]")
{
    const auto reference = numericColumn(QStringLiteral("age"), spread(200, 0.0), 3);
    const auto current = numericColumn(QStringLiteral("age"), spread(150, 0.5), 5);

    const auto ks = drift(reference, current);
    CHECK(ks.column == QStringLiteral("age"));
    CHECK(ks.type == ColumnType::Numeric);
    CHECK(ks.method == DriftMethod::KolmogorovSmirnov);
    CHECK(ks.direction == DriftDirection::PValueBelow);
    CHECK(ks.threshold == 0.05);
    REQUIRE(ks.pValue.has_value());
    CHECK(*ks.pValue >= 0.0);
    CHECK(*ks.pValue <= 1.0);
    CHECK(ks.drift == (*ks.pValue < 0.05));
    CHECK(ks.referenceSize == 200);
    CHECK(ks.currentSize == 150);
    CHECK(ks.referenceMissing == 3);
    CHECK(ks.currentMissing == 5);

    for (auto method : {DriftMethod::Psi, DriftMethod::JensenShannon, DriftMethod::Wasserstein,
                        DriftMethod::Hellinger}) {
        INFO(driftMethodKey(method).toStdString());
        const auto result = drift(reference, current, method);
        CHECK(result.method == method);
        CHECK(result.direction == DriftDirection::DistanceAbove);
        CHECK(result.threshold == 0.1);
        CHECK_FALSE(result.pValue.has_value());
        CHECK(result.drift == (result.statistic >= 0.1));
        CHECK(result.referenceSize == 200);
        CHECK(result.currentMissing == 5);
        CHECK_FALSE(result.bins.reference.empty());
    }
}

TEST_CASE("A distance drifts once it reaches the threshold", "[stats][drift]")
{
    const auto reference = numericColumn(QStringLiteral("x"), spread(300, 0.0));
    const auto current = numericColumn(QStringLiteral("x"), spread(250, 0.4));
    for (auto method : {DriftMethod::Psi, DriftMethod::JensenShannon, DriftMethod::Wasserstein,
                        DriftMethod::Hellinger}) {
        INFO(driftMethodKey(method).toStdString());
        const double statistic = drift(reference, current, method).statistic;
        REQUIRE(statistic > 0.0);
        CHECK(drift(reference, current, method, statistic).drift);
        CHECK(drift(reference, current, method, std::nextafter(statistic, 0.0)).drift);
        CHECK_FALSE(drift(reference, current, method, std::nextafter(statistic, 1e300)).drift);
    }
}

TEST_CASE("A test drifts only when its p-value is below the threshold", "[stats][drift]")
{
    const auto reference
        = categoricalColumn(QStringLiteral("colour"), labels(120, 4, QStringLiteral("k")));
    auto shifted = labels(90, 4, QStringLiteral("k"));
    shifted.append(labels(12, 1, QStringLiteral("k")));
    const auto current = categoricalColumn(QStringLiteral("colour"), shifted);
    const auto chi = drift(reference, current, DriftMethod::ChiSquare);
    REQUIRE(chi.pValue.has_value());
    const double p = *chi.pValue;
    REQUIRE(p > 0.0);
    REQUIRE(p < 1.0);
    CHECK_FALSE(drift(reference, current, DriftMethod::ChiSquare, p).drift);
    CHECK(drift(reference, current, DriftMethod::ChiSquare, std::nextafter(p, 1.0)).drift);

    const auto numbersRef = numericColumn(QStringLiteral("x"), spread(200, 0.0));
    const auto numbersCur = numericColumn(QStringLiteral("x"), spread(180, 0.3));
    const auto ks = drift(numbersRef, numbersCur, DriftMethod::KolmogorovSmirnov);
    REQUIRE(ks.pValue.has_value());
    CHECK_FALSE(drift(numbersRef, numbersCur, DriftMethod::KolmogorovSmirnov, *ks.pValue).drift);
    CHECK(drift(numbersRef, numbersCur, DriftMethod::KolmogorovSmirnov,
                std::nextafter(*ks.pValue, 1.0))
              .drift);
}

TEST_CASE("A threshold override applies to every method", "[stats][drift]")
{
    const auto reference = numericColumn(QStringLiteral("x"), spread(100, 0.0));
    const auto current = numericColumn(QStringLiteral("x"), spread(100, 0.2));
    for (auto method :
         {DriftMethod::Psi, DriftMethod::KolmogorovSmirnov, DriftMethod::ChiSquare,
          DriftMethod::JensenShannon, DriftMethod::Wasserstein, DriftMethod::Hellinger}) {
        INFO(driftMethodKey(method).toStdString());
        CHECK(drift(reference, current, method, 0.3).threshold == 0.3);
    }
}

TEST_CASE("Numeric-only methods on a categorical column are refused with a clear message",
          "[stats][drift]")
{
    const auto reference = categoricalColumn(QStringLiteral("workclass"), labels(50, 3));
    const auto current = categoricalColumn(QStringLiteral("workclass"), labels(40, 3));
    // A numeric reference against a categorical current is compared as categories too.
    const auto numbers = numericColumn(QStringLiteral("workclass"), cycling(50, 8));
    for (auto method : {DriftMethod::KolmogorovSmirnov, DriftMethod::Wasserstein}) {
        const auto key = driftMethodKey(method);
        INFO(key.toStdString());
        for (const auto *ref : {&reference, &numbers}) {
            try {
                drift(*ref, current, method);
                FAIL("no StatsError");
            } catch (const StatsError &error) {
                INFO(error.message().toStdString());
                CHECK(error.kind() == StatsErrorKind::InvalidInput);
                CHECK(error.message().contains(QStringLiteral("workclass")));
                CHECK(error.message().contains(key));
                CHECK(error.message().contains(QStringLiteral("categorical")));
            }
        }
    }
}

TEST_CASE("A column with no values on one side is refused", "[stats][drift]")
{
    const auto full = numericColumn(QStringLiteral("x"), spread(20, 0.0));
    const auto empty = numericColumn(QStringLiteral("x"), {}, 20);
    for (const auto &[reference, current] : {std::pair{&full, &empty}, std::pair{&empty, &full}}) {
        try {
            drift(*reference, *current);
            FAIL("no StatsError");
        } catch (const StatsError &error) {
            CHECK(error.kind() == StatsErrorKind::InvalidInput);
            CHECK(error.message().contains(QStringLiteral("'x'")));
        }
    }
}

TEST_CASE("Numeric and categorical columns of the same name are compared as categories",
          "[stats][drift]")
{
    const auto reference = numericColumn(QStringLiteral("code"), {1.0, 2.0, 2.0, 3.0, 3.0, 3.0});
    const auto current = categoricalColumn(
        QStringLiteral("code"),
        {QStringLiteral("2"), QStringLiteral("x"), QStringLiteral("3"), QStringLiteral("2")});
    const auto result = drift(reference, current, DriftMethod::Psi);
    CHECK(result.type == ColumnType::Categorical);
    CHECK(result.bins.labels
          == QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                          QStringLiteral("x")}));
    CHECK(result.bins.referenceCounts == std::vector<std::int64_t>{1, 2, 3, 0});
    CHECK(result.bins.currentCounts == std::vector<std::int64_t>{0, 2, 1, 1});
}

TEST_CASE("A single-category column shows no drift", "[stats][drift]")
{
    const auto reference
        = categoricalColumn(QStringLiteral("country"), QStringList(12, QStringLiteral("NL")));
    const auto current
        = categoricalColumn(QStringLiteral("country"), QStringList(9, QStringLiteral("NL")));
    const auto chi = drift(reference, current);
    CHECK(chi.method == DriftMethod::ChiSquare);
    CHECK(chi.statistic == 0.0);
    CHECK(chi.pValue == 1.0);
    CHECK_FALSE(chi.drift);
    for (auto method : {DriftMethod::Psi, DriftMethod::JensenShannon, DriftMethod::Hellinger}) {
        const auto result = drift(reference, current, method);
        CHECK(result.statistic == 0.0);
        CHECK_FALSE(result.drift);
    }
}

TEST_CASE("The PSI bin count is respected", "[stats][drift]")
{
    const auto reference = numericColumn(QStringLiteral("x"), spread(500, 0.0));
    const auto current = numericColumn(QStringLiteral("x"), spread(400, 0.6));
    const auto ref = sortedSamples(reference.numbers);
    const auto cur = sortedSamples(current.numbers);
    double previous = -1.0;
    for (int bins : {5, 10, 17}) {
        INFO(bins << " bins");
        const auto result = drift(reference, current, DriftMethod::Psi, {}, bins);
        const auto expected = quantileBins(ref, cur, bins);
        CHECK(result.bins.edges.size() == std::size_t(bins + 1));
        CHECK(result.bins.edges == expected.edges);
        CHECK(result.bins.referenceCounts == expected.referenceCounts);
        CHECK(result.statistic == populationStabilityIndex(expected.reference, expected.current));
        CHECK(result.statistic != previous);
        previous = result.statistic;
    }
}

TEST_CASE("PSI of a numeric column with few distinct values takes one bin per value",
          "[stats][drift]")
{
    const auto reference = numericColumn(QStringLiteral("rooms"), cycling(300, 3, 1.0));
    const auto current = numericColumn(QStringLiteral("rooms"), cycling(200, 4, 1.0));
    const auto result = drift(reference, current, DriftMethod::Psi);
    const auto expected
        = valueBins(sortedSamples(reference.numbers), sortedSamples(current.numbers));
    CHECK(result.bins.referenceCounts == expected.referenceCounts);
    CHECK(result.bins.currentCounts == expected.currentCounts);
    CHECK(result.bins.currentCounts.size() == 4);
    CHECK(result.statistic == populationStabilityIndex(expected.reference, expected.current));
}

TEST_CASE("Jensen–Shannon and Hellinger bin numbers per value up to 20 distinct values, "
          "by Sturges above, as Evidently",
          "[stats][drift]")
{
    for (auto method : {DriftMethod::JensenShannon, DriftMethod::Hellinger}) {
        INFO(driftMethodKey(method).toStdString());
        for (int distinct : {20, 21}) {
            INFO(distinct << " distinct reference values");
            const auto reference = numericColumn(QStringLiteral("x"), cycling(400, distinct));
            const auto current = numericColumn(QStringLiteral("x"), cycling(300, distinct, 0.5));
            const auto ref = sortedSamples(reference.numbers);
            const auto cur = sortedSamples(current.numbers);
            const auto expected = distinct > 20 ? sturgesBins(ref, cur) : valueBins(ref, cur);
            const auto result = drift(reference, current, method);
            CHECK(result.bins.edges == expected.edges);
            CHECK(result.bins.referenceCounts == expected.referenceCounts);
            CHECK(result.bins.currentCounts == expected.currentCounts);
        }
    }
}

TEST_CASE("A column missing from the current file is an error naming the file and the column",
          "[stats][drift]")
{
    SampleTable reference;
    reference.path = QStringLiteral("/data/reference.csv");
    reference.columns = {numericColumn(QStringLiteral("age"), spread(10, 0.0)),
                         categoricalColumn(QStringLiteral("income"), labels(10, 2))};
    SampleTable current;
    current.path = QStringLiteral("/data/current.csv");
    current.columns = {numericColumn(QStringLiteral("age"), spread(10, 1.0))};
    try {
        analyzeDrift(reference, current, {});
        FAIL("no StatsError");
    } catch (const StatsError &error) {
        INFO(error.message().toStdString());
        CHECK(error.kind() == StatsErrorKind::Column);
        CHECK(error.message().contains(QStringLiteral("/data/current.csv")));
        CHECK(error.message().contains(QStringLiteral("income")));
    }
}

TEST_CASE("The analysis follows the reference's column order and ignores extra current columns",
          "[stats][drift]")
{
    SampleTable reference;
    reference.columns = {categoricalColumn(QStringLiteral("b"), labels(30, 3)),
                         numericColumn(QStringLiteral("a"), spread(30, 0.0))};
    SampleTable current;
    current.columns = {numericColumn(QStringLiteral("a"), spread(20, 0.0)),
                       numericColumn(QStringLiteral("extra"), spread(20, 0.0)),
                       categoricalColumn(QStringLiteral("b"), labels(20, 3))};
    const auto results = analyzeDrift(reference, current, {});
    REQUIRE(results.size() == 2);
    CHECK(results[0].column == QStringLiteral("b"));
    CHECK(results[0].type == ColumnType::Categorical);
    CHECK(results[1].column == QStringLiteral("a"));
    CHECK(results[1].type == ColumnType::Numeric);
}

TEST_CASE("Drift between two CSV files matches SciPy end to end", "[stats][drift]")
{
    const QString folder = QStringLiteral(QUORUM_STATS_REFERENCE_DIR "/drift/");
    const auto reference = readSamples(folder + QStringLiteral("reference.csv"), CsvOptions());
    const auto current = readSamples(folder + QStringLiteral("current.csv"), CsvOptions());
    const auto results = analyzeDrift(reference, current, DriftOptions());
    const auto expected = Test::referenceJson(QStringLiteral("drift_reference.json"))
                              .object()
                              .value(QStringLiteral("end_to_end"))
                              .toArray();
    REQUIRE(results.size() == std::size_t(expected.size()));
    for (std::size_t i = 0; i < results.size(); ++i) {
        const auto &got = results[i];
        const auto want = expected.at(qsizetype(i)).toObject();
        INFO(want.value(QStringLiteral("column")).toString().toStdString());
        CHECK(got.column == want.value(QStringLiteral("column")).toString());
        CHECK(columnTypeKey(got.type) == want.value(QStringLiteral("type")).toString());
        CHECK(driftMethodKey(got.method) == want.value(QStringLiteral("method")).toString());
        CHECK(got.referenceSize == want.value(QStringLiteral("reference_size")).toInteger());
        CHECK(got.currentSize == want.value(QStringLiteral("current_size")).toInteger());
        CHECK(got.referenceMissing == want.value(QStringLiteral("reference_missing")).toInteger());
        CHECK(got.currentMissing == want.value(QStringLiteral("current_missing")).toInteger());
        const auto statistic = want.value(QStringLiteral("statistic"));
        if (statistic.isString()) {
            CHECK(std::isinf(got.statistic));
        } else {
            CHECK(std::abs(got.statistic - statistic.toDouble())
                  <= 1e-9 * std::abs(statistic.toDouble()));
        }
        REQUIRE(got.pValue.has_value());
        const double p = want.value(QStringLiteral("p_value")).toDouble();
        CHECK(std::abs(*got.pValue - p) <= 1e-9 * p);
        CHECK(got.threshold == 0.05);
        CHECK(got.drift == want.value(QStringLiteral("drift")).toBool());
    }
}
