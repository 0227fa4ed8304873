// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/distributionoverlay.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QValueAxis;

namespace Quorum::Ui {

/// The reference and current distributions of one window as bars side by side, in percent of
/// each sample; hovering a bar shows both shares of its bin.
class DistributionChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DistributionChartView)

public:
    explicit DistributionChartView(QWidget *parent = nullptr);

    /// Shows @p overlay under @p title.
    void setOverlay(const DistributionOverlay &overlay, const QString &title);
    /// Shows no bars, with @p message as the title.
    void clear(const QString &message);
    const DistributionOverlay &overlay() const { return m_overlay; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateStyle();
    void onHovered(bool state, int index);

    DistributionOverlay m_overlay;
    QBarSeries *m_bars = nullptr;
    QBarSet *m_reference = nullptr;
    QBarSet *m_current = nullptr;
    QBarCategoryAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
};

} // namespace Quorum::Ui
