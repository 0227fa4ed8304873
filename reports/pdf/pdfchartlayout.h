// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdfchartscale.h"

#include <QPointF>
#include <QRectF>
#include <QRgb>
#include <QStringList>

#include <vector>

namespace Quorum::Reports {
struct Chart;
}

namespace Quorum::Reports::Pdf {

class PdfFonts;

/// A legend entry: a colour swatch and a series name, placed in the chart box.
struct PdfLegendEntry
{
    QString name;
    QRgb colour = 0;
    QPointF position; ///< top-left of the swatch
};

/// Where everything of a chart goes, measured once: coordinates from the top-left corner of
/// the chart's box, in device pixels.
struct PdfChartLayout
{
    PdfAxis x;
    PdfAxis y;
    bool hasData = false; ///< at least one finite point
    double titleBaseline = 0.0;
    double yLabelBaseline = 0.0;
    QRectF plot;
    double xTickBaseline = 0.0;
    double xLabelBaseline = 0.0;
    std::vector<PdfLegendEntry> legend;
    QStringList caption;
    double captionTop = 0.0;
    double width = 0.0;
    double height = 0.0;
};

/// The colour of series @p index from a fixed palette of opaque colours.
QRgb pdfSeriesColour(std::size_t index);
/// Lays out @p chart in a box @p width wide.
PdfChartLayout layoutPdfChart(const Chart &chart, const PdfFonts &fonts, double width);

} // namespace Quorum::Reports::Pdf
