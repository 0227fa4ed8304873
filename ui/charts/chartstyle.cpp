// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QPalette>

namespace Quorum::Ui {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness()
        < palette.color(QPalette::WindowText).lightness();
}

ChartColors chartColors(const QPalette &palette)
{
    ChartColors c;
    c.background = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::Text);
    c.grid = palette.color(QPalette::Mid);
    if (isDarkPalette(palette)) {
        c.grid = c.grid.darker(140);
        c.primary = QColor(0x6c, 0xb4, 0xff);
        c.secondary = QColor(0x9a, 0xa4, 0xb1);
        c.tertiary = QColor(0xc3, 0x9b, 0xf0);
        c.threshold = QColor(0xff, 0x8a, 0x80);
        c.stable = QColor(0x6c, 0xd0, 0x8c);
        c.warning = QColor(0xff, 0xc1, 0x4d);
        c.drift = QColor(0xff, 0x6b, 0x6b);
    } else {
        c.grid = c.grid.lighter(130);
        c.primary = QColor(0x1f, 0x6f, 0xc5);
        c.secondary = QColor(0x8a, 0x94, 0xa3);
        c.tertiary = QColor(0x7e, 0x57, 0xc2);
        c.threshold = QColor(0xc6, 0x28, 0x28);
        c.stable = QColor(0x2e, 0x7d, 0x32);
        c.warning = QColor(0xd9, 0x8a, 0x00);
        c.drift = QColor(0xc6, 0x28, 0x28);
    }
    return c;
}

QColor driftStatusColor(DriftStatus status, const QPalette &palette)
{
    const ChartColors c = chartColors(palette);
    switch (status) {
    case DriftStatus::Stable:
        return c.stable;
    case DriftStatus::Warning:
        return c.warning;
    case DriftStatus::Drift:
        return c.drift;
    }
    return c.text;
}

void styleChart(QChart *chart, const QPalette &palette)
{
    const ChartColors c = chartColors(palette);
    chart->setBackgroundBrush(c.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(c.text);
    chart->legend()->setLabelColor(c.text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(c.text);
        axis->setTitleBrush(c.text);
        axis->setLinePenColor(c.grid);
        axis->setGridLineColor(c.grid);
        axis->setMinorGridLineColor(c.grid.lighter(110));
    }
}

} // namespace Quorum::Ui
