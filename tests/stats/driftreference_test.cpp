// SPDX-License-Identifier: GPL-3.0-or-later
// Drift statistics against reference values written by reference/drift_reference.py with SciPy
// 1.10 and NumPy 1.24 (PSI, χ², Jensen–Shannon, Hellinger, Wasserstein, the bins), and against
// a real Evidently 0.3.3 report on the Adult data.
#include "referencedata.h"
#include "stats/binning.h"
#include "stats/chisquare.h"
#include "stats/distances.h"
#include "stats/driftanalysis.h"
#include "stats/kolmogorovsmirnov.h"
#include "stats/sortsamples.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <catch2/catch_test_macros.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

using namespace Quorum;

namespace {

constexpr double kRelative = 1e-9;

// The generator of drift_reference.py: Knuth's MMIX LCG, 53-bit uniforms and Irwin–Hall
// normals (no libm call, so both languages produce the same bits).
class Lcg
{
public:
    explicit Lcg(std::uint64_t seed)
        : m_state(seed)
    {}

    std::uint64_t next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return m_state;
    }
    double uniform() { return double(next() >> 11) * 0x1p-53; }
    double normal()
    {
        double total = 0.0;
        for (int i = 0; i < 12; ++i) {
            total += uniform();
        }
        return total - 6.0;
    }

private:
    std::uint64_t m_state;
};

std::vector<double> generate(const QJsonObject &spec)
{
    static constexpr double kPowersOfTen[] = {1.0, 10.0, 100.0, 1000.0, 1e4, 1e5, 1e6};
    Lcg rng(std::uint64_t(spec.value(QStringLiteral("seed")).toInteger()));
    const QString kind = spec.value(QStringLiteral("kind")).toString();
    const double shift = spec.value(QStringLiteral("shift")).toDouble(0.0);
    const double scale = spec.value(QStringLiteral("scale")).toDouble(1.0);
    const double step = spec.value(QStringLiteral("step")).toDouble(1.0);
    const double levels = spec.value(QStringLiteral("levels")).toDouble(1.0);
    std::vector<double> values;
    const auto n = spec.value(QStringLiteral("n")).toInteger();
    for (qint64 i = 0; i < n; ++i) {
        if (kind == QStringLiteral("normal")) {
            values.push_back(shift + scale * rng.normal());
        } else if (kind == QStringLiteral("rounded")) {
            values.push_back(step * std::floor((shift + scale * rng.normal()) / step));
        } else if (kind == QStringLiteral("wide")) {
            const double z = rng.normal();
            values.push_back(shift + z * kPowersOfTen[rng.next() % 7]);
        } else {
            REQUIRE(kind == QStringLiteral("integers"));
            values.push_back(shift + std::floor(rng.uniform() * levels));
        }
    }
    return values;
}

std::vector<double> doubles(const QJsonValue &value)
{
    if (value.isObject()) {
        return generate(value.toObject());
    }
    std::vector<double> out;
    for (const auto &v : value.toArray()) {
        out.push_back(v.toDouble());
    }
    return out;
}

std::vector<std::int64_t> integers(const QJsonValue &value)
{
    std::vector<std::int64_t> out;
    for (const auto &v : value.toArray()) {
        out.push_back(v.toInteger());
    }
    return out;
}

// JSON has no ∞ or NaN: the script writes them as strings.
double number(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString() == QStringLiteral("inf") ? std::numeric_limits<double>::infinity()
                                                         : std::numeric_limits<double>::quiet_NaN();
    }
    return value.toDouble();
}

bool close(double got, double expected)
{
    if (std::isinf(expected) || expected == 0.0) {
        // An exact value; a p-value that underflows may be 0 or subnormal.
        return got == expected || (expected == 0.0 && std::abs(got) <= 1e-300);
    }
    return std::abs(got - expected) <= kRelative * std::abs(expected);
}

#define CHECK_CLOSE(got, expected)                                                                 \
    do {                                                                                           \
        const double gotValue = (got);                                                             \
        const double expectedValue = (expected);                                                   \
        INFO(#got << " = " << gotValue << ", expected " << expectedValue);                         \
        CHECK(close(gotValue, expectedValue));                                                     \
    } while (false)

QJsonArray section(const char *name)
{
    static const QJsonObject document
        = Test::referenceJson(QStringLiteral("drift_reference.json")).object();
    return document.value(QLatin1String(name)).toArray();
}

void checkShares(const std::vector<double> &got, const QJsonValue &expected)
{
    const auto want = doubles(expected);
    REQUIRE(got.size() == want.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
        CHECK_CLOSE(got[i], want[i]);
    }
}

SampleColumn numericColumn(const QString &name, std::vector<double> values)
{
    SampleColumn column;
    column.name = name;
    column.type = ColumnType::Numeric;
    column.numbers = std::move(values);
    return column;
}

// A categorical column from [label, count] runs in file order.
SampleColumn categoricalColumn(const QString &name, const QJsonArray &runs)
{
    SampleColumn column;
    column.name = name;
    column.type = ColumnType::Categorical;
    for (const auto &run : runs) {
        const QString label = run.toArray().at(0).toString();
        auto code = column.categories.indexOf(label);
        if (code < 0) {
            code = column.categories.size();
            column.categories.append(label);
        }
        column.codes.insert(column.codes.end(), std::size_t(run.toArray().at(1).toInteger()),
                            std::int32_t(code));
    }
    return column;
}

DriftResult drift(const SampleColumn &reference, const SampleColumn &current, DriftMethod method,
                  int bins = 10)
{
    DriftOptions options;
    options.method = method;
    options.bins = bins;
    return analyzeColumnDrift(reference, current, options);
}

} // namespace

TEST_CASE("The sample generator gives the Python script's values bit for bit", "[stats][drift]")
{
    for (const auto &entry : section("generator")) {
        const auto c = entry.toObject();
        const auto values = generate(c.value(QStringLiteral("sample")).toObject());
        const auto first = doubles(c.value(QStringLiteral("first")));
        REQUIRE(values.size() > first.size());
        for (std::size_t i = 0; i < first.size(); ++i) {
            CHECK(values[i] == first[i]);
        }
        CHECK(values.back() == c.value(QStringLiteral("last")).toDouble());
        // The script sums with math.fsum; the doubles are identical, so a plain sum is close.
        double sum = 0.0;
        double magnitude = 0.0;
        for (double v : values) {
            sum += v;
            magnitude += std::abs(v);
        }
        CHECK(std::abs(sum - c.value(QStringLiteral("sum")).toDouble()) <= 1e-12 * magnitude);
    }
}

TEST_CASE("PSI quantile bins have NumPy's quantile edges and right-closed counts", "[stats][drift]")
{
    for (const auto &entry : section("psi_numeric")) {
        const auto c = entry.toObject();
        INFO(c.value(QStringLiteral("name")).toString().toStdString());
        const auto reference = sortedSamples(doubles(c.value(QStringLiteral("reference"))));
        const auto current = sortedSamples(doubles(c.value(QStringLiteral("current"))));
        const auto bins = quantileBins(reference, current, c.value(QStringLiteral("bins")).toInt());
        const auto inner = doubles(c.value(QStringLiteral("inner_edges")));
        REQUIRE(bins.edges.size() == inner.size() + 2);
        CHECK(bins.edges.front() == -std::numeric_limits<double>::infinity());
        CHECK(bins.edges.back() == std::numeric_limits<double>::infinity());
        for (std::size_t i = 0; i < inner.size(); ++i) {
            INFO("edge " << i + 1);
            CHECK(bins.edges[i + 1] == inner[i]);
        }
        CHECK(bins.labels.size() == qsizetype(inner.size() + 1));
        CHECK(bins.referenceCounts == integers(c.value(QStringLiteral("reference_counts"))));
        CHECK(bins.currentCounts == integers(c.value(QStringLiteral("current_counts"))));
        checkShares(bins.reference, c.value(QStringLiteral("reference_shares")));
        checkShares(bins.current, c.value(QStringLiteral("current_shares")));
    }
}

TEST_CASE("PSI over reference quantile bins matches the NumPy reference", "[stats][drift]")
{
    for (const auto &entry : section("psi_numeric")) {
        const auto c = entry.toObject();
        INFO(c.value(QStringLiteral("name")).toString().toStdString());
        const auto reference = sortedSamples(doubles(c.value(QStringLiteral("reference"))));
        const auto current = sortedSamples(doubles(c.value(QStringLiteral("current"))));
        const auto bins = quantileBins(reference, current, c.value(QStringLiteral("bins")).toInt());
        CHECK_CLOSE(populationStabilityIndex(bins.reference, bins.current),
                    c.value(QStringLiteral("psi")).toDouble());
    }
    for (const auto &entry : section("psi_shares")) {
        const auto c = entry.toObject();
        INFO(c.value(QStringLiteral("name")).toString().toStdString());
        CHECK_CLOSE(populationStabilityIndex(doubles(c.value(QStringLiteral("reference"))),
                                             doubles(c.value(QStringLiteral("current")))),
                    c.value(QStringLiteral("psi")).toDouble());
    }
}

TEST_CASE("PSI counts an empty bin as a share of 0.0001 and leaves small shares alone",
          "[stats][drift]")
{
    // As the issue asks and Evidently does (unless one side has a share of 0.0001 or less
    // beside an empty bin: Evidently then uses that share / 1e6).
    const std::vector<double> empty = {0.0, 0.5, 0.5};
    const std::vector<double> floored = {0.0001, 0.5, 0.5};
    const std::vector<double> other = {0.6, 0.4, 0.0};
    const std::vector<double> otherFloored = {0.6, 0.4, 0.0001};
    CHECK(populationStabilityIndex(empty, other)
          == populationStabilityIndex(floored, otherFloored));
    const std::vector<double> small = {0.00005, 0.49995, 0.5};
    const std::vector<double> raised = {0.0001, 0.49995, 0.5};
    const std::vector<double> current = {0.3, 0.3, 0.4};
    CHECK(populationStabilityIndex(small, current) != populationStabilityIndex(raised, current));
}

TEST_CASE("PSI of numeric samples in the drift analysis uses the asked number of quantile bins",
          "[stats][drift]")
{
    for (const auto &entry : section("psi_numeric")) {
        const auto c = entry.toObject();
        const auto reference = doubles(c.value(QStringLiteral("reference")));
        const int bins = c.value(QStringLiteral("bins")).toInt();
        if (distinctCount(sortedSamples(reference)) <= bins) {
            continue; // few distinct values take one bin per value
        }
        INFO(c.value(QStringLiteral("name")).toString().toStdString());
        const auto result
            = drift(numericColumn(QStringLiteral("x"), reference),
                    numericColumn(QStringLiteral("x"), doubles(c.value(QStringLiteral("current")))),
                    DriftMethod::Psi, bins);
        CHECK(result.bins.referenceCounts == integers(c.value(QStringLiteral("reference_counts"))));
        CHECK_CLOSE(result.statistic, c.value(QStringLiteral("psi")).toDouble());
    }
}

TEST_CASE("Category shares, PSI, Jensen–Shannon, Hellinger and chi-squared match SciPy",
          "[stats][drift]")
{
    for (const auto &entry : section("categories")) {
        const auto c = entry.toObject();
        INFO(c.value(QStringLiteral("name")).toString().toStdString());
        QStringList labels;
        for (const auto &label : c.value(QStringLiteral("labels")).toArray()) {
            labels.append(label.toString());
        }
        const auto referenceCounts = integers(c.value(QStringLiteral("reference_counts")));
        const auto currentCounts = integers(c.value(QStringLiteral("current_counts")));
        const auto bins = categoryBins(labels, referenceCounts, currentCounts);
        CHECK(bins.labels == labels);
        CHECK(bins.edges.empty());
        CHECK(bins.referenceCounts == referenceCounts);
        CHECK(bins.currentCounts == currentCounts);
        checkShares(bins.reference, c.value(QStringLiteral("reference_shares")));
        checkShares(bins.current, c.value(QStringLiteral("current_shares")));
        CHECK_CLOSE(populationStabilityIndex(bins.reference, bins.current),
                    c.value(QStringLiteral("psi")).toDouble());
        CHECK_CLOSE(jensenShannonDistance(bins.reference, bins.current),
                    c.value(QStringLiteral("js")).toDouble());
        CHECK_CLOSE(hellingerDistance(bins.reference, bins.current),
                    c.value(QStringLiteral("hellinger")).toDouble());
        const auto chi = c.value(QStringLiteral("chi2")).toObject();
        if (labels.size() > 1) {
            const auto got = chiSquareTest(referenceCounts, currentCounts);
            CHECK_CLOSE(got.statistic, number(chi.value(QStringLiteral("statistic"))));
            CHECK_CLOSE(got.pValue, number(chi.value(QStringLiteral("p_value"))));
            CHECK(got.degreesOfFreedom == chi.value(QStringLiteral("dof")).toInt());
        }
    }
}

TEST_CASE("The drift analysis of categorical columns gives SciPy's statistics", "[stats][drift]")
{
    for (const auto &entry : section("categories")) {
        const auto c = entry.toObject();
        INFO(c.value(QStringLiteral("name")).toString().toStdString());
        const auto reference = categoricalColumn(QStringLiteral("c"),
                                                 c.value(QStringLiteral("reference")).toArray());
        const auto current
            = categoricalColumn(QStringLiteral("c"), c.value(QStringLiteral("current")).toArray());
        QStringList labels;
        for (const auto &label : c.value(QStringLiteral("labels")).toArray()) {
            labels.append(label.toString());
        }
        const auto psi = drift(reference, current, DriftMethod::Psi);
        CHECK(psi.bins.labels == labels); // reference labels first, by first appearance
        CHECK(psi.bins.referenceCounts == integers(c.value(QStringLiteral("reference_counts"))));
        CHECK(psi.bins.currentCounts == integers(c.value(QStringLiteral("current_counts"))));
        CHECK_CLOSE(psi.statistic, c.value(QStringLiteral("psi")).toDouble());
        CHECK_CLOSE(drift(reference, current, DriftMethod::JensenShannon).statistic,
                    c.value(QStringLiteral("js")).toDouble());
        CHECK_CLOSE(drift(reference, current, DriftMethod::Hellinger).statistic,
                    c.value(QStringLiteral("hellinger")).toDouble());
        if (labels.size() > 1) {
            const auto chi = drift(reference, current, DriftMethod::ChiSquare);
            const auto want = c.value(QStringLiteral("chi2")).toObject();
            CHECK_CLOSE(chi.statistic, number(want.value(QStringLiteral("statistic"))));
            REQUIRE(chi.pValue.has_value());
            CHECK_CLOSE(*chi.pValue, number(want.value(QStringLiteral("p_value"))));
        }
    }
}

TEST_CASE("Chi-squared test matches scipy.stats.chisquare with Evidently's expected counts",
          "[stats][drift]")
{
    for (const auto &entry : section("chisquare")) {
        const auto c = entry.toObject();
        INFO(c.value(QStringLiteral("name")).toString().toStdString());
        const auto got = chiSquareTest(integers(c.value(QStringLiteral("reference_counts"))),
                                       integers(c.value(QStringLiteral("current_counts"))));
        CHECK_CLOSE(got.statistic, number(c.value(QStringLiteral("statistic"))));
        CHECK_CLOSE(got.pValue, number(c.value(QStringLiteral("p_value"))));
        CHECK(got.degreesOfFreedom == c.value(QStringLiteral("dof")).toInt());
    }
}

TEST_CASE("Chi-squared test of one category has no degree of freedom and no evidence of drift",
          "[stats][drift]")
{
    // SciPy returns statistic 0 and a NaN p-value here; Quorum reports p = 1.
    const std::vector<std::int64_t> reference = {12};
    const std::vector<std::int64_t> current = {9};
    const auto got = chiSquareTest(reference, current);
    CHECK(got.statistic == 0.0);
    CHECK(got.degreesOfFreedom == 0);
    CHECK(got.pValue == 1.0);
}

TEST_CASE("Chi-squared test counts only the categories either sample has", "[stats][drift]")
{
    // chisquare.h: k − 1 degrees of freedom over the k categories of either sample, so a
    // category absent from both changes nothing (SciPy itself would return NaN for 0/0).
    const std::vector<std::int64_t> reference = {10, 0, 5};
    const std::vector<std::int64_t> current = {8, 0, 7};
    const std::vector<std::int64_t> referenceSeen = {10, 5};
    const std::vector<std::int64_t> currentSeen = {8, 7};
    const auto got = chiSquareTest(reference, current);
    const auto want = chiSquareTest(referenceSeen, currentSeen);
    CHECK(got.degreesOfFreedom == 1);
    CHECK(got.statistic == want.statistic);
    CHECK(got.pValue == want.pValue);
}

TEST_CASE("Jensen–Shannon and Hellinger distances of share vectors match SciPy and NumPy",
          "[stats][drift]")
{
    for (const auto &entry : section("vectors")) {
        const auto c = entry.toObject();
        INFO(c.value(QStringLiteral("name")).toString().toStdString());
        const auto p = doubles(c.value(QStringLiteral("p")));
        const auto q = doubles(c.value(QStringLiteral("q")));
        CHECK_CLOSE(jensenShannonDistance(p, q), c.value(QStringLiteral("js")).toDouble());
        CHECK_CLOSE(hellingerDistance(p, q), c.value(QStringLiteral("hellinger")).toDouble());
    }
}

TEST_CASE("Sturges bins match NumPy's histogram_bin_edges and histogram", "[stats][drift]")
{
    for (const auto &entry : section("sturges")) {
        const auto c = entry.toObject();
        INFO(c.value(QStringLiteral("name")).toString().toStdString());
        const auto reference = doubles(c.value(QStringLiteral("reference")));
        const auto current = doubles(c.value(QStringLiteral("current")));
        const auto bins = sturgesBins(reference, current);
        const auto edges = doubles(c.value(QStringLiteral("edges")));
        REQUIRE(bins.edges.size() == edges.size());
        for (std::size_t i = 0; i < edges.size(); ++i) {
            INFO("edge " << i);
            CHECK(bins.edges[i] == edges[i]);
        }
        CHECK(bins.labels.size() == qsizetype(edges.size() - 1));
        CHECK(bins.referenceCounts == integers(c.value(QStringLiteral("reference_counts"))));
        CHECK(bins.currentCounts == integers(c.value(QStringLiteral("current_counts"))));
        CHECK_CLOSE(jensenShannonDistance(bins.reference, bins.current),
                    c.value(QStringLiteral("js")).toDouble());
        CHECK_CLOSE(hellingerDistance(bins.reference, bins.current),
                    c.value(QStringLiteral("hellinger")).toDouble());
        if (distinctCount(sortedSamples(reference)) > 20) {
            // Evidently's rule: Sturges bins above 20 distinct reference values.
            CHECK_CLOSE(drift(numericColumn(QStringLiteral("x"), reference),
                              numericColumn(QStringLiteral("x"), current),
                              DriftMethod::JensenShannon)
                            .statistic,
                        c.value(QStringLiteral("js")).toDouble());
        }
    }
}

TEST_CASE("Value bins hold one bin per distinct number of either sample", "[stats][drift]")
{
    for (const auto &entry : section("value_bins")) {
        const auto c = entry.toObject();
        INFO(c.value(QStringLiteral("name")).toString().toStdString());
        const auto reference = sortedSamples(doubles(c.value(QStringLiteral("reference"))));
        const auto current = sortedSamples(doubles(c.value(QStringLiteral("current"))));
        CHECK(distinctCount(reference) == c.value(QStringLiteral("reference_distinct")).toInt());
        const auto bins = valueBins(reference, current);
        CHECK(bins.labels.size() == c.value(QStringLiteral("values")).toArray().size());
        CHECK(bins.referenceCounts == integers(c.value(QStringLiteral("reference_counts"))));
        CHECK(bins.currentCounts == integers(c.value(QStringLiteral("current_counts"))));
        CHECK_CLOSE(jensenShannonDistance(bins.reference, bins.current),
                    c.value(QStringLiteral("js")).toDouble());
        CHECK_CLOSE(hellingerDistance(bins.reference, bins.current),
                    c.value(QStringLiteral("hellinger")).toDouble());
        const auto chi = c.value(QStringLiteral("chi2")).toObject();
        const auto got = chiSquareTest(bins.referenceCounts, bins.currentCounts);
        CHECK_CLOSE(got.statistic, number(chi.value(QStringLiteral("statistic"))));
        CHECK_CLOSE(got.pValue, number(chi.value(QStringLiteral("p_value"))));

        const auto column = [&](const char *key) {
            return numericColumn(QStringLiteral("x"), doubles(c.value(QLatin1String(key))));
        };
        CHECK_CLOSE(
            drift(column("reference"), column("current"), DriftMethod::JensenShannon).statistic,
            c.value(QStringLiteral("js")).toDouble());
        CHECK_CLOSE(drift(column("reference"), column("current"), DriftMethod::Hellinger).statistic,
                    c.value(QStringLiteral("hellinger")).toDouble());
        CHECK_CLOSE(drift(column("reference"), column("current"), DriftMethod::ChiSquare).statistic,
                    number(chi.value(QStringLiteral("statistic"))));
    }
}

TEST_CASE("Wasserstein distance, standard deviation and the normalised distance match SciPy",
          "[stats][drift]")
{
    for (const auto &entry : section("wasserstein")) {
        const auto c = entry.toObject();
        INFO(c.value(QStringLiteral("name")).toString().toStdString());
        const auto reference = doubles(c.value(QStringLiteral("reference")));
        const auto current = doubles(c.value(QStringLiteral("current")));
        CHECK_CLOSE(wassersteinDistance(reference, current),
                    c.value(QStringLiteral("distance")).toDouble());
        CHECK_CLOSE(wassersteinDistance(current, reference),
                    c.value(QStringLiteral("distance")).toDouble());
        CHECK_CLOSE(populationStdDev(reference),
                    c.value(QStringLiteral("reference_std")).toDouble());
        CHECK_CLOSE(populationStdDev(current), c.value(QStringLiteral("current_std")).toDouble());
        // Evidently's normalisation: divided by max(std, 0.001).
        CHECK_CLOSE(drift(numericColumn(QStringLiteral("x"), reference),
                          numericColumn(QStringLiteral("x"), current), DriftMethod::Wasserstein)
                        .statistic,
                    c.value(QStringLiteral("normalised")).toDouble());
    }
}

namespace {

const QStringList kAdultColumns = {QStringLiteral("age"),
                                   QStringLiteral("workclass"),
                                   QStringLiteral("fnlwgt"),
                                   QStringLiteral("education"),
                                   QStringLiteral("education-num"),
                                   QStringLiteral("marital-status"),
                                   QStringLiteral("occupation"),
                                   QStringLiteral("relationship"),
                                   QStringLiteral("race"),
                                   QStringLiteral("sex"),
                                   QStringLiteral("capital-gain"),
                                   QStringLiteral("capital-loss"),
                                   QStringLiteral("hours-per-week"),
                                   QStringLiteral("native-country"),
                                   QStringLiteral("class")};

// OpenML adult v2 as the report used it: adult.test's rows, then adult.data's.
std::vector<QStringList> adultRows()
{
    std::vector<QStringList> rows;
    for (const char *name : {"fairness/adult/adult.test", "fairness/adult/adult.data"}) {
        QFile file(Test::sharedDataPath(QLatin1String(name)));
        REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('|'))) {
                continue;
            }
            QStringList fields = line.split(QLatin1Char(','));
            if (fields.size() != kAdultColumns.size()) {
                FAIL("a record of " << fields.size() << " fields in " << name);
            }
            for (auto &field : fields) {
                field = field.trimmed();
            }
            if (fields.last().endsWith(QLatin1Char('.'))) {
                fields.last().chop(1); // adult.test writes ">50K."
            }
            rows.push_back(fields);
        }
    }
    return rows;
}

struct AdultSplit
{
    std::vector<SampleColumn> reference;
    std::vector<SampleColumn> current;
};

void addValue(SampleColumn &column, const QString &value)
{
    if (value == QStringLiteral("?") || value.isEmpty()) {
        ++column.missing;
    } else if (column.type == ColumnType::Numeric) {
        column.numbers.push_back(value.toDouble());
    } else {
        auto code = column.categories.indexOf(value);
        if (code < 0) {
            code = column.categories.size();
            column.categories.append(value);
        }
        column.codes.push_back(std::int32_t(code));
    }
}

// The Evidently getting-started split: current = Some-college, HS-grad and Bachelors, with
// education and education-num blanked in the first 2,000 current rows.
AdultSplit adultSplit(const QSet<QString> &numeric)
{
    AdultSplit split;
    for (const auto &name : kAdultColumns) {
        SampleColumn column;
        column.name = name;
        column.type = numeric.contains(name) ? ColumnType::Numeric : ColumnType::Categorical;
        split.reference.push_back(column);
        split.current.push_back(column);
    }
    const QSet<QString> chosen
        = {QStringLiteral("Some-college"), QStringLiteral("HS-grad"), QStringLiteral("Bachelors")};
    int currentRows = 0;
    for (const auto &row : adultRows()) {
        const bool isCurrent = chosen.contains(row.at(3));
        auto &side = isCurrent ? split.current : split.reference;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const bool blank = isCurrent && currentRows < 2000 && (i == 3 || i == 4);
            addValue(side[std::size_t(i)], blank ? QString() : row.at(i));
        }
        currentRows += isCurrent ? 1 : 0;
    }
    return split;
}

} // namespace

TEST_CASE("Evidently's Adult drift report is reproduced: K-S p-values and categorical PSI",
          "[stats][drift]")
{
    const QString reportPath
        = Test::sharedDataPath(QStringLiteral("drift/DrHazza_data_drift_report.json"));
    if (reportPath.isEmpty() || Test::sharedDataPath(QStringLiteral("fairness/adult")).isEmpty()) {
        SKIP("the shared data folder is not there");
    }
    QFile reportFile(reportPath);
    REQUIRE(reportFile.open(QIODevice::ReadOnly));
    const auto report = QJsonDocument::fromJson(reportFile.readAll())
                            .object()
                            .value(QStringLiteral("metrics"))
                            .toArray()
                            .at(1)
                            .toObject()
                            .value(QStringLiteral("result"))
                            .toObject()
                            .value(QStringLiteral("drift_by_columns"))
                            .toObject();
    QSet<QString> numeric;
    for (auto it = report.begin(); it != report.end(); ++it) {
        if (it.value().toObject().value(QStringLiteral("column_type")).toString()
            == QStringLiteral("num")) {
            numeric.insert(it.key());
        }
    }
    REQUIRE(numeric.size() == 6);
    const auto split = adultSplit(numeric);
    REQUIRE(split.reference.front().size() == 14155);
    REQUIRE(split.current.front().size() == 34687);

    // DataDriftPreset(num_stattest='ks', cat_stattest='psi', both thresholds 0.2).
    DriftOptions options;
    options.threshold = 0.2;
    int checked = 0;
    for (std::size_t i = 0; i < split.reference.size(); ++i) {
        const auto &name = split.reference[i].name;
        INFO(name.toStdString());
        const auto expected = report.value(name).toObject();
        REQUIRE(!expected.isEmpty());
        const double score = expected.value(QStringLiteral("drift_score")).toDouble();
        const bool isNumeric = numeric.contains(name);
        options.method = isNumeric ? DriftMethod::KolmogorovSmirnov : DriftMethod::Psi;
        const auto result = analyzeColumnDrift(split.reference[i], split.current[i], options);
        if (isNumeric) {
            CHECK_CLOSE(ksTwoSample(split.reference[i].numbers, split.current[i].numbers).pValue,
                        score);
            REQUIRE(result.pValue.has_value());
            CHECK_CLOSE(*result.pValue, score);
        } else {
            // The report's category counts (labels sorted, 0 where absent).
            const auto current = expected.value(QStringLiteral("current"))
                                     .toObject()
                                     .value(QStringLiteral("small_distribution"))
                                     .toObject();
            const auto labels = current.value(QStringLiteral("x")).toArray();
            const auto counts = current.value(QStringLiteral("y")).toArray();
            for (qsizetype k = 0; k < labels.size(); ++k) {
                const auto at = result.bins.labels.indexOf(labels.at(k).toString());
                const auto got = at < 0 ? 0 : result.bins.currentCounts[std::size_t(at)];
                CHECK(got == counts.at(k).toInteger());
            }
            // native-country has a current-only share of 2.9e-5 (Holand-Netherlands) beside an
            // empty reference bin: only the empty bin counts as 0.0001.
            CHECK_CLOSE(result.statistic, score);
        }
        CHECK(result.drift == expected.value(QStringLiteral("drift_detected")).toBool());
        ++checked;
    }
    CHECK(checked == 15);
}
