// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/driftseries.h"

#include <QWidget>

#include <cstddef>
#include <optional>

class QComboBox;
class QLabel;

namespace Quorum::Ui {

class DistributionChartView;

/// The reference-versus-current distributions of one window of a drift series, with a list of
/// the windows whose distributions were stored.
class DriftOverlayPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DriftOverlayPanel)

public:
    explicit DriftOverlayPanel(QWidget *parent = nullptr);

    /// Lists the windows of @p series with distributions, newest first, and shows the most
    /// drifted of them. The series must outlive its use here (the area keeps it).
    void setSeries(const DriftSeries *series);
    /// Shows window @p index of the series (a message when it has no distributions).
    void showWindow(std::size_t index);
    /// Shows the next window with distributions, older (@p step −1) or newer (+1).
    void stepWindow(int step);
    std::optional<std::size_t> shownWindow() const { return m_shown; }
    DistributionChartView *chart() const { return m_chart; }

Q_SIGNALS:
    /// Window @p index is shown (chosen from the list or by showWindow()).
    void windowShown(std::size_t index);

private:
    void onListIndex();
    void show(std::size_t index);

    const DriftSeries *m_series = nullptr;
    std::optional<std::size_t> m_shown;
    QComboBox *m_windows;
    QLabel *m_note;
    DistributionChartView *m_chart;
    bool m_filling = false;
};

} // namespace Quorum::Ui
