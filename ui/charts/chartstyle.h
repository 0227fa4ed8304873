// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/driftobservation.h"

#include <QColor>

class QChart;
class QPalette;

namespace Quorum::Ui {

/// The colours of the workbench's charts in the current palette (light or dark).
struct ChartColors
{
    QColor background;
    QColor text;
    QColor grid;
    QColor primary;   ///< the main line, the current distribution
    QColor secondary; ///< the reference distribution
    QColor tertiary;  ///< a third bar set
    QColor threshold; ///< threshold and reference lines
    QColor stable;
    QColor warning;
    QColor drift;
};

/// Whether @p palette is a dark one (light text on a dark window).
bool isDarkPalette(const QPalette &palette);
ChartColors chartColors(const QPalette &palette);
/// The colour that shows @p status in tables and charts.
QColor driftStatusColor(DriftStatus status, const QPalette &palette);

/// Gives @p chart the palette's background, text and grid colours, on the chart and on every
/// axis and the legend it has now. Call after the axes are attached and again when the palette
/// changes.
void styleChart(QChart *chart, const QPalette &palette);

} // namespace Quorum::Ui
