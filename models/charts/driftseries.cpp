// SPDX-License-Identifier: GPL-3.0-or-later
#include "driftseries.h"

#include "lttb.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <cmath>

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
    const QString key = statistic.toLower();
    if (key == u"psi") {
        return tr("PSI");
    }
    if (key == u"ks") {
        return tr("Kolmogorov–Smirnov");
    }
    if (key == u"chi2") {
        return tr("χ²");
    }
    if (key == u"js") {
        return tr("Jensen–Shannon distance");
    }
    if (key == u"wasserstein") {
        return tr("Wasserstein distance");
    }
    if (key == u"hellinger") {
        return tr("Hellinger distance");
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
    return statistic.compare(u"ks", Qt::CaseInsensitive) == 0
        || statistic.compare(u"chi2", Qt::CaseInsensitive) == 0;
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
