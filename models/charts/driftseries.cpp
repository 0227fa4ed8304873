// SPDX-License-Identifier: GPL-3.0-or-later
#include "driftseries.h"

#include "lttb.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <utility>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::DriftSeries", text);
}

bool sameSeries(const DriftObservation &a, const DriftObservation &b)
{
    return a.feature == b.feature && a.statistic == b.statistic;
}

DriftPoint pointOf(const DriftObservation &o, DriftQuantity quantity)
{
    DriftPoint p;
    p.x = driftWindowX(o.windowEnd);
    p.y = quantity == DriftQuantity::PValue ? o.pValue.value_or(0.0) : o.value;
    p.windowStart = o.windowStart;
    p.windowEnd = o.windowEnd;
    p.value = o.value;
    p.pValue = o.pValue;
    p.threshold = o.threshold;
    p.status = o.status;
    p.binsJson = o.binsJson;
    return p;
}

// One series from observations of the same feature and statistic, oldest first.
DriftSeries seriesOf(std::span<const DriftObservation *const> rows, std::size_t displayPoints)
{
    DriftSeries series;
    series.feature = rows.front()->feature;
    series.statistic = rows.front()->statistic;
    const bool test = isPValueStatistic(series.statistic);
    const bool anyPValue = std::any_of(rows.begin(), rows.end(),
                                       [](const DriftObservation *o) { return o->pValue; });
    series.quantity = test && anyPValue ? DriftQuantity::PValue : DriftQuantity::Statistic;
    series.side = test ? ThresholdSide::Below : ThresholdSide::Above;
    for (const DriftObservation *o : rows) {
        // A test charted by its p-value skips the windows stored without one.
        if (series.quantity == DriftQuantity::Statistic || o->pValue) {
            series.points.push_back(pointOf(*o, series.quantity));
        }
    }
    if (!test || series.quantity == DriftQuantity::PValue) {
        series.threshold = series.points.back().threshold;
    }
    const std::vector<QPointF> xy = series.xy();
    series.display = lttbIndices(xy, displayPoints);
    return series;
}

} // namespace

std::vector<QPointF> DriftSeries::xy() const
{
    std::vector<QPointF> out;
    out.reserve(points.size());
    for (const DriftPoint &p : points) {
        out.emplace_back(static_cast<double>(p.x), p.y);
    }
    return out;
}

std::vector<QPointF> DriftSeries::displayXy() const
{
    std::vector<QPointF> out;
    out.reserve(display.size());
    for (const std::size_t i : display) {
        out.emplace_back(static_cast<double>(points[i].x), points[i].y);
    }
    return out;
}

std::size_t DriftSeries::nearest(double x) const
{
    const auto after
        = std::lower_bound(points.begin(), points.end(), x, [](const DriftPoint &p, double v) {
              return static_cast<double>(p.x) < v;
          });
    if (after == points.begin()) {
        return 0;
    }
    if (after == points.end()) {
        return points.size() - 1;
    }
    const auto before = std::prev(after);
    const bool nearerBefore
        = x - static_cast<double>(before->x) <= static_cast<double>(after->x) - x;
    return static_cast<std::size_t>((nearerBefore ? before : after) - points.begin());
}

std::optional<std::size_t> DriftSeries::worstPoint(WindowFilter filter) const
{
    std::optional<std::size_t> worst;
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (filter == WindowFilter::WithDistributions && points[i].binsJson.isEmpty()) {
            continue;
        }
        const double y = points[i].y;
        if (!worst
            || (side == ThresholdSide::Above ? y >= points[*worst].y : y <= points[*worst].y)) {
            worst = i;
        }
    }
    return worst;
}

QString driftStatisticName(const QString &statistic)
{
    // Keys as drift_observations.statistic stores them: Quorum's own statistics and those
    // Evidently computes (schema 7).
    static const std::pair<const char *, const char *> kNames[] = {
        {"psi", QT_TRANSLATE_NOOP("Quorum::DriftSeries", "PSI")},
        {"ks", QT_TRANSLATE_NOOP("Quorum::DriftSeries", "Kolmogorov–Smirnov")},
        {"chi2", QT_TRANSLATE_NOOP("Quorum::DriftSeries", "χ²")},
        {"js", QT_TRANSLATE_NOOP("Quorum::DriftSeries", "Jensen–Shannon distance")},
        {"wasserstein", QT_TRANSLATE_NOOP("Quorum::DriftSeries", "Wasserstein distance")},
        {"hellinger", QT_TRANSLATE_NOOP("Quorum::DriftSeries", "Hellinger distance")},
        {"z", QT_TRANSLATE_NOOP("Quorum::DriftSeries", "Z-test")},
        {"kl", QT_TRANSLATE_NOOP("Quorum::DriftSeries", "Kullback–Leibler divergence")},
        {"energy", QT_TRANSLATE_NOOP("Quorum::DriftSeries", "Energy distance")},
        {"tvd", QT_TRANSLATE_NOOP("Quorum::DriftSeries", "Total variation distance")},
        {"anderson", QT_TRANSLATE_NOOP("Quorum::DriftSeries", "Anderson–Darling")},
        {"cramer_von_mises", QT_TRANSLATE_NOOP("Quorum::DriftSeries", "Cramér–von Mises")},
        {"fisher_exact", QT_TRANSLATE_NOOP("Quorum::DriftSeries", "Fisher's exact test")},
        {"g_test", QT_TRANSLATE_NOOP("Quorum::DriftSeries", "G-test")},
        {"mann_whitney", QT_TRANSLATE_NOOP("Quorum::DriftSeries", "Mann–Whitney U")},
        {"epps_singleton", QT_TRANSLATE_NOOP("Quorum::DriftSeries", "Epps–Singleton")},
        {"t_test", QT_TRANSLATE_NOOP("Quorum::DriftSeries", "t-test")},
        {"mmd", QT_TRANSLATE_NOOP("Quorum::DriftSeries", "Maximum mean discrepancy")},
    };
    const QString key = statistic.toLower();
    for (const auto &[name, label] : kNames) {
        if (key == QLatin1String(name)) {
            return tr(label);
        }
    }
    return statistic;
}

QString driftQuantityLabel(const DriftSeries &series)
{
    const QString name = driftStatisticName(series.statistic);
    if (series.quantity == DriftQuantity::PValue) {
        return tr("%1 p-value").arg(name);
    }
    return isPValueStatistic(series.statistic) ? tr("%1 statistic").arg(name) : name;
}

bool isPValueStatistic(const QString &statistic)
{
    // Every test Evidently reports by its p-value, TVD and MMD included (both are permutation
    // tests there); the distances (psi, js, wasserstein, hellinger, kl, energy) are not.
    static const char *const kTests[] = {
        "ks",
        "chi2",
        "z",
        "tvd",
        "anderson",
        "cramer_von_mises",
        "fisher_exact",
        "g_test",
        "mann_whitney",
        "epps_singleton",
        "t_test",
        "mmd",
    };
    return std::any_of(std::begin(kTests), std::end(kTests), [&statistic](const char *key) {
        return statistic.compare(QLatin1String(key), Qt::CaseInsensitive) == 0;
    });
}

qint64 driftWindowX(QDate windowEnd)
{
    return QDateTime(windowEnd, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
}

std::vector<DriftSeries> driftSeries(std::span<const DriftObservation> observations,
                                     std::size_t displayPoints)
{
    std::vector<const DriftObservation *> rows;
    rows.reserve(observations.size());
    for (const DriftObservation &o : observations) {
        rows.push_back(&o);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto *a, const auto *b) {
        if (a->feature != b->feature) {
            return a->feature < b->feature;
        }
        if (a->statistic != b->statistic) {
            return a->statistic < b->statistic;
        }
        return a->windowEnd < b->windowEnd;
    });
    std::vector<DriftSeries> out;
    auto first = rows.begin();
    while (first != rows.end()) {
        const auto last = std::find_if(
            first, rows.end(), [&](const DriftObservation *o) { return !sameSeries(**first, *o); });
        DriftSeries series = seriesOf({first, last}, displayPoints);
        if (!series.points.empty()) {
            out.push_back(std::move(series));
        }
        first = last;
    }
    return out;
}

} // namespace Quorum
