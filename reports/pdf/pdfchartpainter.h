// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>

class QPainter;

namespace Quorum::Reports {
struct Chart;
}

namespace Quorum::Reports::Pdf {

class PdfFonts;
struct PdfChartLayout;

/// Paints @p chart as laid out in @p layout with its top-left corner at @p topLeft: title,
/// value grid and ticks, time or category ticks, lines or grouped bars in the palette, dashed
/// labelled reference lines, legend and caption. Only opaque colours and real text.
void paintPdfChart(QPainter &painter, const PdfFonts &fonts, const Chart &chart,
                   const PdfChartLayout &layout, QPointF topLeft);

} // namespace Quorum::Reports::Pdf
