// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/dashboardperiod.h"

#include <QWidget>

#include <array>

class QLabel;

namespace Quorum {
struct GovernanceKpis;
} // namespace Quorum

namespace Quorum::Ui {

/// The governance KPIs of the lifecycle SOP as four tiles: a big value, its unit, the period
/// and what was counted; the tile's tooltip defines the figure in one line.
class KpiTiles final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiTiles)

public:
    enum class Kpi {
        TimeToDeployment,
        Retrains,
        DriftIncidents,
        ComplianceIncidents,
    };

    explicit KpiTiles(QWidget *parent = nullptr);

    void setKpis(const GovernanceKpis &kpis, DashboardPeriod period);
    /// Shows "—" in every tile (no database).
    void clear();

    /// The value shown in the tile of @p kpi, e.g. "12.5".
    QString value(Kpi kpi) const;
    /// The line under the value, e.g. "4 deployments · Last 12 months".
    QString caption(Kpi kpi) const;

private:
    struct Tile
    {
        QString title;
        QWidget *frame = nullptr;
        QLabel *value = nullptr;
        QLabel *unit = nullptr;
        QLabel *caption = nullptr;
    };

    Tile createTile(Kpi kpi, const QString &title, const QString &definition);
    void showFigure(Kpi kpi, const QString &value, const QString &unit, const QString &caption);

    std::array<Tile, 4> m_tiles;
};

} // namespace Quorum::Ui
