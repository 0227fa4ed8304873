// SPDX-License-Identifier: GPL-3.0-or-later
#include "driftchartview.h"

#include "charts/chartstyle.h"
#include "charts/chartvalues.h"
#include "charts/lttb.h"

#include <QAreaSeries>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace Quorum::Ui {

namespace {

constexpr qint64 kHalfDay = 12 * 3600 * 1000;
constexpr qint64 kDay = 2 * kHalfDay;
constexpr int kMaxBands = 200; ///< more drift periods than this are shown by markers only

QList<QPointF> toList(const std::vector<QPointF> &points)
{
    return QList<QPointF>(points.begin(), points.end());
}

// Rectangles under the drift periods: one polyline along y = 0 rising to @p top over each
// run of consecutive drift windows.
QList<QPointF> driftBands(const DriftSeries &series, double top)
{
    QList<QPointF> upper;
    const auto &points = series.points;
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (points[i].status != DriftStatus::Drift) {
            continue;
        }
        std::size_t last = i;
        while (last + 1 < points.size() && points[last + 1].status == DriftStatus::Drift) {
            ++last;
        }
        const auto from = static_cast<double>(driftWindowX(points[i].windowStart) - kHalfDay);
        const auto to = static_cast<double>(points[last].x + kHalfDay);
        upper << QPointF(from, 0) << QPointF(from, top) << QPointF(to, top) << QPointF(to, 0);
        i = last;
    }
    return upper.size() / 4 > kMaxBands ? QList<QPointF>() : upper;
}

QList<QPointF> markers(const DriftSeries &series, DriftStatus status)
{
    std::vector<QPointF> out;
    for (const DriftPoint &p : series.points) {
        if (p.status == status) {
            out.emplace_back(static_cast<double>(p.x), p.y);
        }
    }
    return toList(downsampleLttb(out, kChartDisplayPoints));
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *marker : chart->legend()->markers(series)) {
        marker->setVisible(false);
    }
}

} // namespace

DriftChartView::DriftChartView(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("driftChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    createSeries();
    clear({});
}

void DriftChartView::createSeries()
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_x = new QDateTimeAxis;
    m_y = new QValueAxis;
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);

    m_bandUpper = new QLineSeries(chart);
    m_driftBands = new QAreaSeries(m_bandUpper);
    m_driftBands->setObjectName(QStringLiteral("driftBands"));
    m_driftBands->setName(tr("Drift period"));
    m_threshold = new QLineSeries;
    m_threshold->setObjectName(QStringLiteral("threshold"));
    m_values = new QLineSeries;
    m_values->setObjectName(QStringLiteral("values"));
    m_warnings = new QScatterSeries;
    m_warnings->setObjectName(QStringLiteral("warningWindows"));
    m_warnings->setName(tr("Warning"));
    m_drifts = new QScatterSeries;
    m_drifts->setObjectName(QStringLiteral("driftWindows"));
    m_drifts->setName(tr("Drift"));
    m_chosenMarker = new QScatterSeries;
    m_chosenMarker->setObjectName(QStringLiteral("chosenWindow"));
    m_chosenMarker->setName(tr("Window shown below"));
    for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *>{
             m_driftBands, m_threshold, m_values, m_warnings, m_drifts, m_chosenMarker}) {
        chart->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    for (QScatterSeries *s : {m_warnings, m_drifts}) {
        s->setMarkerSize(10);
    }
    m_chosenMarker->setMarkerSize(18);
    connect(m_values, &QXYSeries::hovered, this, &DriftChartView::onHovered);
    connect(m_warnings, &QXYSeries::hovered, this, &DriftChartView::onHovered);
    connect(m_drifts, &QXYSeries::hovered, this, &DriftChartView::onHovered);
    setChart(chart);
    hideFromLegend(chart, m_chosenMarker);
    updateStyle();
}

void DriftChartView::setSeries(DriftSeries series)
{
    m_series = std::move(series);
    m_chosen.reset();
    if (m_series.points.empty()) {
        clear(tr("No windows"));
        return;
    }
    chart()->setTitle(tr("%1 — %2 per window").arg(m_series.feature, driftQuantityLabel(m_series)));
    m_values->setName(driftQuantityLabel(m_series));
    m_values->setPointsVisible(m_series.display.size() <= 120);
    m_values->replace(toList(m_series.displayXy()));
    m_warnings->replace(markers(m_series, DriftStatus::Warning));
    m_drifts->replace(markers(m_series, DriftStatus::Drift));
    updateAxes();
    updateMarkers();
}

void DriftChartView::clear(const QString &message)
{
    m_series = {};
    m_chosen.reset();
    chart()->setTitle(message);
    for (QXYSeries *s : std::initializer_list<QXYSeries *>{m_values, m_threshold, m_bandUpper,
                                                           m_warnings, m_drifts, m_chosenMarker}) {
        s->clear();
    }
    m_threshold->setName(tr("Threshold"));
    m_values->setName(tr("Statistic"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_x->setRange(now.addDays(-28), now);
    m_y->setRange(0, 1);
}

void DriftChartView::updateAxes()
{
    const auto &points = m_series.points;
    const qint64 first = points.front().x - 4 * kDay;
    const qint64 last = points.back().x + 4 * kDay;
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(first, Qt::UTC),
                  QDateTime::fromMSecsSinceEpoch(last, Qt::UTC));
    m_x->setFormat(last - first > 120 * kDay ? QStringLiteral("MMM yyyy")
                                             : QStringLiteral("d MMM yyyy"));
    m_x->setTickCount(std::clamp(static_cast<int>(points.size()) + 1, 2, 8));
    m_x->setTitleText(tr("Window ending"));

    double top = 0.0;
    for (const DriftPoint &p : points) {
        top = std::max(top, p.y);
    }
    if (m_series.threshold) {
        top = std::max(top, *m_series.threshold);
    }
    if (m_series.quantity == DriftQuantity::PValue) {
        top = 1.0;
    }
    m_y->setRange(0.0, top > 0.0 ? top * 1.1 : 1.0);
    m_y->applyNiceNumbers();
    m_y->setTitleText(driftQuantityLabel(m_series));

    m_threshold->clear();
    if (m_series.threshold) {
        const double t = *m_series.threshold;
        m_threshold->replace(
            {QPointF(static_cast<double>(first), t), QPointF(static_cast<double>(last), t)});
        m_threshold->setName(m_series.side == ThresholdSide::Above
                                 ? tr("Threshold %1 (drift at or above)").arg(formatDriftValue(t))
                                 : tr("Threshold %1 (drift below)").arg(formatDriftValue(t)));
    }
    m_bandUpper->replace(driftBands(m_series, m_y->max()));
}

void DriftChartView::setChosenWindow(std::optional<std::size_t> index)
{
    m_chosen = index && *index < m_series.points.size() ? index : std::nullopt;
    updateMarkers();
}

void DriftChartView::updateMarkers()
{
    if (!m_chosen) {
        m_chosenMarker->clear();
        return;
    }
    const DriftPoint &p = m_series.points[*m_chosen];
    m_chosenMarker->replace({QPointF(static_cast<double>(p.x), p.y)});
}

QString DriftChartView::describeWindow(std::size_t index) const
{
    return describeDriftWindow(m_series, m_series.points.at(index));
}

void DriftChartView::onHovered(const QPointF &point, bool state)
{
    if (!state || m_series.points.empty()) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), describeWindow(m_series.nearest(point.x())), this);
}

void DriftChartView::mousePressEvent(QMouseEvent *event)
{
    const QPointF position = event->position();
    if (event->button() == Qt::LeftButton && !m_series.points.empty()
        && chart()->plotArea().contains(position)) {
        const QPointF value = chart()->mapToValue(position, m_values);
        Q_EMIT windowClicked(m_series.nearest(value.x()));
    }
    QChartView::mousePressEvent(event);
}

void DriftChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        updateStyle();
    }
    QChartView::changeEvent(event);
}

void DriftChartView::updateStyle()
{
    const ChartColors c = chartColors(palette());
    styleChart(chart(), palette());
    QPen line(c.primary, 2.0);
    m_values->setPen(line);
    m_values->setColor(c.primary);
    QPen threshold(c.threshold, 1.5, Qt::DashLine);
    m_threshold->setPen(threshold);
    QColor band = c.drift;
    band.setAlpha(40);
    m_driftBands->setBrush(band);
    m_driftBands->setPen(Qt::NoPen);
    m_warnings->setColor(c.warning);
    m_warnings->setBorderColor(c.background);
    m_drifts->setColor(c.drift);
    m_drifts->setBorderColor(c.background);
    m_chosenMarker->setColor(Qt::transparent);
    m_chosenMarker->setBorderColor(c.text);
    m_chosenMarker->setPen(QPen(c.text, 2.0));
}

} // namespace Quorum::Ui
