// SPDX-License-Identifier: GPL-3.0-or-later
// The two-sample Kolmogorov–Smirnov test against SciPy 1.10's ks_2samp and its distribution
// functions. Every expected number comes from reference/ks_reference.py.
#include "referencedata.h"
#include "stats/kolmogorovdistribution.h"
#include "stats/kolmogorovmatrix.h"
#include "stats/kolmogorovsmirnov.h"
#include "stats/statserror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_floating_point.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <utility>
#include <vector>

namespace {

using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

// The generator of ks_reference.py: Knuth's MMIX LCG, 53 high bits as a double in [0, 1).
constexpr std::uint64_t kLcgMultiplier = 6364136223846793005ULL;
constexpr std::uint64_t kLcgIncrement = 1442695040888963407ULL;

constexpr double kRelativeTolerance = 1e-9;
constexpr double kAbsoluteTolerance = 1e-300;

QJsonValue field(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name));
}

QJsonArray referenceArray(const char *name)
{
    static const QJsonObject document
        = Quorum::Test::referenceJson(QStringLiteral("ks_reference.json")).object();
    return field(document, name).toArray();
}

std::vector<double> lcgSample(const QJsonObject &spec)
{
    auto state = static_cast<std::uint64_t>(field(spec, "seed").toInteger());
    const qint64 count = field(spec, "count").toInteger();
    const double scale = field(spec, "scale").toDouble();
    const double shift = field(spec, "shift").toDouble();
    const qint64 levels = field(spec, "levels").toInteger();
    std::vector<double> values;
    values.reserve(static_cast<std::size_t>(count));
    for (qint64 k = 0; k < count; ++k) {
        state = kLcgMultiplier * state + kLcgIncrement;
        double u = static_cast<double>(state >> 11) * 0x1p-53;
        if (levels > 0) {
            u = std::floor(u * static_cast<double>(levels));
        }
        values.push_back(shift + scale * u);
    }
    return values;
}

std::vector<double> sampleFromSpec(const QJsonObject &spec)
{
    std::vector<double> values;
    if (spec.contains(QLatin1String("values"))) {
        for (const QJsonValue &value : field(spec, "values").toArray()) {
            values.push_back(value.toDouble());
        }
    } else if (spec.contains(QLatin1String("range"))) {
        const QJsonObject range = field(spec, "range").toObject();
        const double start = field(range, "start").toDouble();
        const double step = field(range, "step").toDouble();
        for (qint64 k = 0; k < field(range, "count").toInteger(); ++k) {
            values.push_back(start + static_cast<double>(k) * step);
        }
    } else {
        values = lcgSample(field(spec, "lcg").toObject());
    }
    return values;
}

// Rank-equivalent samples from the interleaving pattern (see ks_reference.py).
std::pair<std::vector<double>, std::vector<double>> samplesFromPattern(const QString &pattern)
{
    std::pair<std::vector<double>, std::vector<double>> samples;
    double value = 0.0;
    for (qsizetype i = 0; i < pattern.size();) {
        const QChar letter = pattern.at(i++);
        qsizetype digits = 0;
        while (i + digits < pattern.size() && pattern.at(i + digits).isDigit()) {
            ++digits;
        }
        const int count = digits == 0 ? 1 : pattern.mid(i, digits).toInt();
        i += digits;
        auto &sample = letter.toLower() == QLatin1Char('a') ? samples.first : samples.second;
        for (int k = 0; k < count; ++k) {
            if (letter.isLower()) {
                value += 1.0;
            }
            sample.push_back(value);
        }
    }
    return samples;
}

std::pair<std::vector<double>, std::vector<double>> caseSamples(const QJsonObject &reference)
{
    if (reference.contains(QLatin1String("pattern"))) {
        return samplesFromPattern(field(reference, "pattern").toString());
    }
    return {sampleFromSpec(field(reference, "a").toObject()),
            sampleFromSpec(field(reference, "b").toObject())};
}

Quorum::KsPValueMethod expectedMethod(const QJsonObject &reference)
{
    return field(reference, "method").toString() == QLatin1String("exact")
        ? Quorum::KsPValueMethod::Exact
        : Quorum::KsPValueMethod::Asymptotic;
}

void checkProbability(double actual, double expected)
{
    CHECK_THAT(actual,
               WithinRel(expected, kRelativeTolerance) || WithinAbs(expected, kAbsoluteTolerance));
}

// ksTwoSample on the samples as stored (random order for LCG samples) and ksTwoSampleSorted on
// sorted copies both give SciPy's numbers.
void checkReferenceCase(const QJsonObject &reference)
{
    INFO(field(reference, "name").toString().toStdString());
    auto [a, b] = caseSamples(reference);
    const Quorum::KsResult result = Quorum::ksTwoSample(a, b);
    CHECK(result.statistic == field(reference, "statistic").toDouble());
    checkProbability(result.pValue, field(reference, "pvalue").toDouble());
    CHECK(result.method == expectedMethod(reference));

    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    const Quorum::KsResult sorted = Quorum::ksTwoSampleSorted(a, b);
    CHECK(sorted.statistic == result.statistic);
    CHECK(sorted.pValue == result.pValue);
}

void checkReferenceGroup(const char *group)
{
    int checked = 0;
    for (const QJsonValue &value : referenceArray("ks_2samp")) {
        const QJsonObject reference = value.toObject();
        if (field(reference, "group").toString() == QLatin1String(group)) {
            checkReferenceCase(reference);
            ++checked;
        }
    }
    CHECK(checked > 0);
}

} // namespace

TEST_CASE("The KS test reproduces SciPy's own ks_2samp test cases", "[stats][ks]")
{
    checkReferenceGroup("scipy");
}

TEST_CASE("The KS test matches SciPy on equal, unequal, tied, identical and disjoint samples",
          "[stats][ks]")
{
    checkReferenceGroup("generated");
}

TEST_CASE("The asymptotic KS p-value matches SciPy in every branch of the Kolmogorov "
          "distribution",
          "[stats][ks]")
{
    checkReferenceGroup("branches");
}

TEST_CASE("The KS test falls back to the asymptotic p-value exactly where SciPy does",
          "[stats][ks]")
{
    int fallbacks = 0;
    for (const QJsonValue &value : referenceArray("ks_2samp")) {
        const QJsonObject reference = value.toObject();
        if (!field(reference, "fallback").toBool()) {
            continue;
        }
        INFO(field(reference, "name").toString().toStdString());
        const auto [a, b] = caseSamples(reference);
        REQUIRE(a.size() == b.size());
        REQUIRE(a.size() <= 10000);
        CHECK(Quorum::ksTwoSample(a, b).method == Quorum::KsPValueMethod::Asymptotic);
        ++fallbacks;
    }
    CHECK(fallbacks >= 3);
}

TEST_CASE("Swapping the two samples leaves the KS statistic and p-value unchanged", "[stats][ks]")
{
    for (const QJsonValue &value : referenceArray("ks_2samp")) {
        const QJsonObject reference = value.toObject();
        INFO(field(reference, "name").toString().toStdString());
        const auto [a, b] = caseSamples(reference);
        if (a.size() + b.size() > 30000) {
            continue;
        }
        const Quorum::KsResult forward = Quorum::ksTwoSample(a, b);
        const Quorum::KsResult backward = Quorum::ksTwoSample(b, a);
        CHECK(backward.statistic == forward.statistic);
        CHECK(backward.pValue == forward.pValue);
        CHECK(backward.method == forward.method);
    }
}

TEST_CASE("The KS test rejects an empty sample", "[stats][ks]")
{
    const std::vector<double> empty;
    const std::vector<double> one = {1.0};
    for (const auto &[a, b] :
         {std::pair{empty, one}, std::pair{one, empty}, std::pair{empty, empty}}) {
        try {
            Quorum::ksTwoSample(a, b);
            FAIL("no error for an empty sample");
        } catch (const Quorum::StatsError &error) {
            CHECK(error.kind() == Quorum::StatsErrorKind::InvalidInput);
            CHECK(error.message().contains(QLatin1String("sample")));
        }
        CHECK_THROWS_AS(Quorum::ksTwoSampleSorted(a, b), Quorum::StatsError);
    }
}

TEST_CASE("The Kolmogorov survival function matches SciPy's kolmogn in every branch", "[stats][ks]")
{
    for (const QJsonValue &value : referenceArray("kolmogn_sf")) {
        const QJsonObject point = value.toObject();
        const qint64 n = field(point, "n").toInteger();
        const double x = field(point, "x").toDouble();
        INFO("n = " << n << ", x = " << x << ", "
                    << field(point, "branch").toString().toStdString());
        checkProbability(Quorum::kolmogorovSf(n, x), field(point, "sf").toDouble());
    }
}

TEST_CASE("The Durbin-matrix and Pomeranz Kolmogorov CDFs match SciPy's", "[stats][ks]")
{
    for (const QJsonValue &value : referenceArray("kolmogn_cdf_methods")) {
        const QJsonObject point = value.toObject();
        const qint64 n = field(point, "n").toInteger();
        const double x = field(point, "x").toDouble();
        const QString method = field(point, "method").toString();
        INFO(method.toStdString() << ": n = " << n << ", x = " << x);
        const double cdf = method == QLatin1String("DMTW")
            ? Quorum::Internal::kolmogorovDmtwCdf(n, x)
            : Quorum::Internal::kolmogorovPomeranzCdf(n, x);
        checkProbability(cdf, field(point, "cdf").toDouble());
    }
}

TEST_CASE("The one-sided Smirnov survival function matches scipy.special.smirnov", "[stats][ks]")
{
    for (const QJsonValue &value : referenceArray("smirnov")) {
        const QJsonObject point = value.toObject();
        const qint64 n = field(point, "n").toInteger();
        const double x = field(point, "x").toDouble();
        INFO("n = " << n << ", x = " << x);
        checkProbability(Quorum::smirnovSf(n, x), field(point, "sf").toDouble());
    }
}

TEST_CASE("The exact two-sample KS probabilities equal SciPy's bit for bit", "[stats][ks]")
{
    // Bit-for-bit, because SciPy's choice to fall back depends on results such as 1 + 2⁻⁵².
    for (const QJsonValue &value : referenceArray("prob_outside_square")) {
        const QJsonObject point = value.toObject();
        const qint64 n = field(point, "n").toInteger();
        const qint64 h = field(point, "h").toInteger();
        INFO("n = " << n << ", h = " << h);
        CHECK(Quorum::ksProbOutsideSquare(n, h) == field(point, "p").toDouble());
    }
    for (const QJsonValue &value : referenceArray("outer_prob_inside")) {
        const QJsonObject point = value.toObject();
        const qint64 m = field(point, "m").toInteger();
        const qint64 n = field(point, "n").toInteger();
        const qint64 g = field(point, "g").toInteger();
        const qint64 h = field(point, "h").toInteger();
        INFO("m = " << m << ", n = " << n << ", h = " << h);
        CHECK(Quorum::ksOuterProbInside(m, n, g, h) == field(point, "p").toDouble());
    }
}
