// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfchartlayout.h"

#include "document/document.h"
#include "pdffonts.h"
#include "pdftextwrap.h"

#include <array>
#include <cmath>
#include <limits>

namespace Quorum::Reports::Pdf {

namespace {

constexpr double kPlotHeightMm = 58.0;

struct Extent
{
    double xLow = std::numeric_limits<double>::infinity();
    double xHigh = -std::numeric_limits<double>::infinity();
    double yLow = std::numeric_limits<double>::infinity();
    double yHigh = -std::numeric_limits<double>::infinity();
    std::size_t maxIndex = 0;
    bool any = false;
};

Extent dataExtent(const Chart &chart)
{
    Extent extent;
    for (const ChartSeries &series : chart.series) {
        for (const auto &[x, y] : series.points) {
            if (!std::isfinite(x) || !std::isfinite(y)) {
                continue;
            }
            extent.any = true;
            extent.xLow = std::min(extent.xLow, x);
            extent.xHigh = std::max(extent.xHigh, x);
            extent.yLow = std::min(extent.yLow, y);
            extent.yHigh = std::max(extent.yHigh, y);
            if (x >= 0.0 && x < 10000.0) {
                extent.maxIndex = std::max(extent.maxIndex, static_cast<std::size_t>(x));
            }
        }
    }
    return extent;
}

PdfAxis categoryAxis(const Chart &chart, const Extent &extent)
{
    std::vector<QString> names(chart.categories.begin(), chart.categories.end());
    const std::size_t needed = extent.any ? extent.maxIndex + 1 : 0;
    for (std::size_t index = names.size(); index < needed; ++index) {
        names.push_back(QString::number(index + 1));
    }
    return pdfCategoryAxis(names);
}

/// Places the legend entries in rows below @p top; returns the height used.
double layoutLegend(PdfChartLayout &layout, const Chart &chart, const PdfFonts &fonts, double top)
{
    const QFontMetricsF &metrics = fonts.metrics(PdfFontRole::Small);
    const double swatch = fonts.points(7.0);
    const double gap = fonts.points(10.0);
    const double rowHeight = fonts.lineHeight(PdfFontRole::Small) + fonts.points(2.0);
    double x = layout.plot.left();
    double y = top;
    for (std::size_t index = 0; index < chart.series.size(); ++index) {
        const QString &name = chart.series[index].name;
        const double entryWidth = swatch + fonts.points(3.0) + metrics.horizontalAdvance(name);
        if (x > layout.plot.left() && x + entryWidth > layout.width) {
            x = layout.plot.left();
            y += rowHeight;
        }
        layout.legend.push_back(PdfLegendEntry{name, pdfSeriesColour(index), QPointF(x, y)});
        x += entryWidth + gap;
    }
    return chart.series.empty() ? 0.0 : y - top + rowHeight;
}

double widestLabel(const PdfAxis &axis, const QFontMetricsF &metrics)
{
    double widest = 0.0;
    for (const PdfAxisTick &tick : axis.ticks) {
        widest = std::max(widest, metrics.horizontalAdvance(tick.label));
    }
    return widest;
}

} // namespace

QRgb pdfSeriesColour(std::size_t index)
{
    static constexpr std::array<QRgb, 8> palette{qRgb(0x00, 0x72, 0xb2), qRgb(0xd5, 0x5e, 0x00),
                                                 qRgb(0x00, 0x9e, 0x73), qRgb(0xcc, 0x79, 0xa7),
                                                 qRgb(0xe6, 0x9f, 0x00), qRgb(0x56, 0xb4, 0xe9),
                                                 qRgb(0x33, 0x22, 0x88), qRgb(0x66, 0x66, 0x66)};
    return palette.at(index % palette.size());
}

PdfChartLayout layoutPdfChart(const Chart &chart, const PdfFonts &fonts, double width)
{
    PdfChartLayout layout;
    layout.width = width;
    Extent extent = dataExtent(chart);
    layout.hasData = extent.any;
    for (const ChartLine &line : chart.lines) {
        if (std::isfinite(line.y)) {
            extent.yLow = std::min(extent.yLow, line.y);
            extent.yHigh = std::max(extent.yHigh, line.y);
        }
    }
    const bool bars = chart.kind == Chart::Kind::Bar;
    layout.x = bars ? categoryAxis(chart, extent) : pdfTimeAxis(extent.xLow, extent.xHigh);
    layout.y = pdfValueAxis(extent.yLow, extent.yHigh, chart.yMin, chart.yMax, bars);

    const QFontMetricsF &small = fonts.metrics(PdfFontRole::Small);
    const double smallLine = fonts.lineHeight(PdfFontRole::Small);
    double y = 0.0;
    if (!chart.title.isEmpty()) {
        layout.titleBaseline = fonts.metrics(PdfFontRole::Bold).ascent();
        y += fonts.lineHeight(PdfFontRole::Bold) + fonts.points(3.0);
    }
    const double plotLeft = widestLabel(layout.y, small) + fonts.points(6.0);
    layout.yLabelBaseline = y + small.ascent();
    y += (chart.yLabel.isEmpty() ? 0.0 : smallLine) + small.ascent() / 2.0;
    const double plotRight = width - fonts.points(4.0);
    layout.plot = QRectF(plotLeft, y, plotRight - plotLeft, fonts.millimetres(kPlotHeightMm));
    y = layout.plot.bottom() + fonts.points(3.0);
    layout.xTickBaseline = y + small.ascent();
    y += smallLine;
    if (!chart.xLabel.isEmpty()) {
        layout.xLabelBaseline = y + small.ascent();
        y += smallLine;
    }
    y += fonts.points(4.0);
    y += layoutLegend(layout, chart, fonts, y);
    layout.caption = pdfWrapText(chart.caption, fonts.metrics(PdfFontRole::Note), width);
    layout.captionTop = y + fonts.points(2.0);
    layout.height = layout.captionTop
        + static_cast<double>(layout.caption.size()) * fonts.lineHeight(PdfFontRole::Note);
    return layout;
}

} // namespace Quorum::Reports::Pdf
