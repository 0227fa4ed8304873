// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/driftseries.h"

#include <QChartView>

#include <cstddef>
#include <optional>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace Quorum::Ui {

/// A drift statistic over time: the line of its windows (LTTB-downsampled to at most
/// kChartDisplayPoints, drawn with replace() in one go), the threshold as a dashed line,
/// warning and drift windows marked and the drift periods shaded, and a ring on the chosen
/// window. Hovering the line shows the window's values; clicking chooses a window.
class DriftChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DriftChartView)

public:
    explicit DriftChartView(QWidget *parent = nullptr);

    /// Shows @p series (kept by value; nothing is drawn point by point).
    void setSeries(DriftSeries series);
    /// Shows no series, with @p message as the title.
    void clear(const QString &message);
    /// Rings window @p index of the series shown.
    void setChosenWindow(std::optional<std::size_t> index);
    const DriftSeries &series() const { return m_series; }
    /// The text the tooltip shows for window @p index.
    QString describeWindow(std::size_t index) const;

Q_SIGNALS:
    /// The user clicked near window @p index.
    void windowClicked(std::size_t index);

protected:
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void createSeries();
    void updateMarkers();
    void updateAxes();
    void updateStyle();
    void onHovered(const QPointF &point, bool state);

    DriftSeries m_series;
    std::optional<std::size_t> m_chosen;
    QLineSeries *m_values = nullptr;
    QLineSeries *m_threshold = nullptr;
    QAreaSeries *m_driftBands = nullptr;
    QLineSeries *m_bandUpper = nullptr;
    QScatterSeries *m_warnings = nullptr;
    QScatterSeries *m_drifts = nullptr;
    QScatterSeries *m_chosenMarker = nullptr;
    QDateTimeAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
};

} // namespace Quorum::Ui
