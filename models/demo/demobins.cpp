// SPDX-License-Identifier: GPL-3.0-or-later
#include "demobins.h"

#include "democatalog.h"
#include "demorandom.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Quorum::Demo {

namespace {

constexpr int kBins = 10;
constexpr qint64 kCurrentRows = 20000;

std::vector<double> edges(const FeatureSpec &f)
{
    const double span = f.hi - f.lo;
    const int decimals = span >= 100 ? 0 : (span >= 1 ? 2 : 4);
    std::vector<double> out;
    for (int i = 0; i <= kBins; ++i) {
        out.push_back(rounded(f.lo + span * std::pow(double(i) / kBins, f.skew), decimals));
    }
    return out;
}

// A smooth shift of mass towards one end, with some bin-to-bin noise; sums to 0, max |d| = 1.
std::vector<double> shape(DemoRandom &random)
{
    const double direction = random.chance(0.5) ? 1.0 : -1.0;
    std::vector<double> d;
    for (int i = 0; i < kBins; ++i) {
        d.push_back(direction * (i - 4.5) / 4.5 + random.normal(0.0, 0.3));
    }
    const double mean = std::accumulate(d.begin(), d.end(), 0.0) / kBins;
    double largest = 0.0;
    for (double &x : d) {
        x -= mean;
        largest = std::max(largest, std::abs(x));
    }
    for (double &x : d) {
        x /= largest;
    }
    return d;
}

std::vector<double> shifted(const std::vector<double> &d, double t)
{
    std::vector<double> c;
    for (double x : d) {
        c.push_back((1.0 + t * x) / kBins);
    }
    return c;
}

// Whole rows per bin, at least one each, adding up to kCurrentRows; returned as shares.
std::vector<double> asSample(const std::vector<double> &shares)
{
    std::vector<qint64> rows;
    for (double s : shares) {
        rows.push_back(std::max<qint64>(1, std::llround(s * double(kCurrentRows))));
    }
    const qint64 total = std::accumulate(rows.begin(), rows.end(), qint64(0));
    *std::max_element(rows.begin(), rows.end()) += kCurrentRows - total;
    std::vector<double> out;
    for (qint64 r : rows) {
        out.push_back(double(r) / double(kCurrentRows));
    }
    return out;
}

} // namespace

double populationStabilityIndex(const std::vector<double> &reference,
                                const std::vector<double> &current)
{
    constexpr double kEpsilon = 1e-4;
    double psi = 0.0;
    for (std::size_t i = 0; i < reference.size() && i < current.size(); ++i) {
        const double e = std::max(reference[i], kEpsilon);
        const double a = std::max(current[i], kEpsilon);
        psi += (a - e) * std::log(a / e);
    }
    return psi;
}

DriftBins driftBins(const FeatureSpec &feature, double targetPsi, DemoRandom &random)
{
    DriftBins bins;
    bins.edges = edges(feature);
    bins.reference.assign(kBins, 1.0 / kBins);
    const std::vector<double> d = shape(random);
    // PSI grows monotonically with t, so bisection finds the shift for the target.
    double lo = 0.0;
    double hi = 0.95;
    for (int i = 0; i < 40; ++i) {
        const double mid = 0.5 * (lo + hi);
        (populationStabilityIndex(bins.reference, shifted(d, mid)) < targetPsi ? lo : hi) = mid;
    }
    bins.current = asSample(shifted(d, 0.5 * (lo + hi)));
    bins.psi = populationStabilityIndex(bins.reference, bins.current);
    return bins;
}

QString binsJson(const DriftBins &bins)
{
    const auto array = [](const std::vector<double> &values) {
        QJsonArray out;
        for (double v : values) {
            out.append(v);
        }
        return out;
    };
    const QJsonObject json{{QStringLiteral("edges"), array(bins.edges)},
                           {QStringLiteral("reference"), array(bins.reference)},
                           {QStringLiteral("current"), array(bins.current)}};
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace Quorum::Demo
