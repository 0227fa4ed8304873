// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/fairnesschartdata.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QLineSeries;
class QValueAxis;

namespace Quorum::Ui {

/// Per-group bars of selection rate, true-positive rate and false-positive rate, with the
/// four-fifths line (0.8 × the privileged group's selection rate) across them. Hovering a bar
/// shows the group's rates and size.
class FairnessChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FairnessChartView)

public:
    explicit FairnessChartView(QWidget *parent = nullptr);

    void setData(const FairnessChartData &data);
    /// Shows no bars, with @p message as the title.
    void clear(const QString &message);
    const FairnessChartData &data() const { return m_data; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateStyle();
    void onHovered(bool state, int index);

    FairnessChartData m_data;
    QBarSeries *m_bars = nullptr;
    QBarSet *m_selection = nullptr;
    QBarSet *m_tpr = nullptr;
    QBarSet *m_fpr = nullptr;
    QLineSeries *m_fourFifths = nullptr;
    QBarCategoryAxis *m_groups = nullptr;
    QValueAxis *m_lineX = nullptr; ///< hidden: places the line across the categories
    QValueAxis *m_y = nullptr;
};

} // namespace Quorum::Ui
