// SPDX-License-Identifier: GPL-3.0-or-later
#include "svgchart.h"

#include "chartscale.h"
#include "document/document.h"
#include "htmlescape.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace Quorum::Reports {

namespace {

using namespace Render;

constexpr double kPlotLeft = 64.0;
constexpr double kPlotRight = 600.0; // room for half a date label at the right
constexpr double kPlotTop = 40.0;
constexpr double kPlotBottom = 240.0;
constexpr double kLegendRow = 18.0;
constexpr double kCharWidth = 6.2; // average advance of an 11 px sans-serif glyph

// Okabe–Ito: distinguishable with the common colour-vision deficiencies.
const char *const kPalette[]
    = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#999933"};

QString colour(std::size_t index)
{
    return QLatin1String(kPalette[index % (sizeof(kPalette) / sizeof(kPalette[0]))]);
}

QString px(double value)
{
    return tickValue(value, 2);
}

QString text(double x, double y, const QString &content, const QString &attributes = {})
{
    return QStringLiteral("<text x=\"") + px(x) + QStringLiteral("\" y=\"") + px(y)
        + QLatin1Char('"') + attributes + QLatin1Char('>') + htmlEscaped(content)
        + QStringLiteral("</text>\n");
}

QString line(double x1, double y1, double x2, double y2, const QString &attributes)
{
    return QStringLiteral("<line x1=\"") + px(x1) + QStringLiteral("\" y1=\"") + px(y1)
        + QStringLiteral("\" x2=\"") + px(x2) + QStringLiteral("\" y2=\"") + px(y2)
        + QLatin1Char('"') + attributes + QStringLiteral("/>\n");
}

QString elided(const QString &label, double width)
{
    const auto fits = static_cast<qsizetype>(std::max(3.0, std::floor(width / kCharWidth)));
    if (label.size() <= fits) {
        return label;
    }
    return label.left(fits - 1) + QStringLiteral("…");
}

double clamped(double y)
{
    return std::clamp(y, kPlotTop, kPlotBottom);
}

struct LegendItem
{
    QString label;
    QString colour;
    bool dashed = false;
};

std::vector<LegendItem> legendItems(const Chart &chart)
{
    std::vector<LegendItem> items;
    for (std::size_t i = 0; i < chart.series.size(); ++i) {
        items.push_back({chart.series[i].name, colour(i), false});
    }
    for (const ChartLine &reference : chart.lines) {
        items.push_back(
            {reference.label + QStringLiteral(" (") + chartValue(reference.y) + QLatin1Char(')'),
             QStringLiteral("#444444"), true});
    }
    return items;
}

// The legend from @p top; returns the y below it.
double legend(QString &svg, const Chart &chart, double top)
{
    double x = kPlotLeft;
    double y = top;
    for (const LegendItem &item : legendItems(chart)) {
        const double width = 18.0 + static_cast<double>(item.label.size()) * kCharWidth + 16.0;
        if (x > kPlotLeft && x + width > kPlotRight) {
            x = kPlotLeft;
            y += kLegendRow;
        }
        if (item.dashed) {
            svg += line(x, y + 6, x + 12, y + 6,
                        QStringLiteral(" stroke=\"") + item.colour
                            + QStringLiteral("\" stroke-width=\"2\" stroke-dasharray=\"4 2\""));
        } else {
            svg += QStringLiteral("<rect x=\"") + px(x) + QStringLiteral("\" y=\"") + px(y)
                + QStringLiteral("\" width=\"12\" height=\"12\" fill=\"") + item.colour
                + QStringLiteral("\"/>\n");
        }
        svg += text(x + 18, y + 10, item.label);
        x += width;
    }
    return y + kLegendRow;
}

void valueAxisMarks(QString &svg, const Chart &chart, const AxisScale &axis)
{
    for (const double tick : axis.ticks) {
        const double y = axis.map(tick, kPlotBottom, kPlotTop);
        svg += line(kPlotLeft, y, kPlotRight, y, QStringLiteral(" stroke=\"#dddddd\""));
        svg += text(kPlotLeft - 6, y + 4, tickValue(tick, axis.decimals),
                    QStringLiteral(" text-anchor=\"end\""));
    }
    if (!chart.yLabel.isEmpty()) {
        const double middle = (kPlotTop + kPlotBottom) / 2;
        svg += QStringLiteral("<text transform=\"translate(14,") + px(middle)
            + QStringLiteral(") rotate(-90)\" text-anchor=\"middle\">") + htmlEscaped(chart.yLabel)
            + QStringLiteral("</text>\n");
    }
}

void timeAxisMarks(QString &svg, const AxisScale &axis)
{
    for (const double tick : axis.ticks) {
        const double x = axis.map(tick, kPlotLeft, kPlotRight);
        svg += line(x, kPlotBottom, x, kPlotBottom + 4, QStringLiteral(" stroke=\"#333333\""));
        svg += text(x, kPlotBottom + 16, chartDate(tick),
                    QStringLiteral(" text-anchor=\"middle\""));
    }
}

void lineSeries(QString &svg, const Chart &chart, const AxisScale &xAxis, const AxisScale &yAxis)
{
    for (std::size_t i = 0; i < chart.series.size(); ++i) {
        const auto points = finitePoints(chart.series[i]);
        if (points.empty()) {
            continue;
        }
        QStringList coordinates;
        for (const auto &point : points) {
            coordinates += px(xAxis.map(point.first, kPlotLeft, kPlotRight)) + QLatin1Char(',')
                + px(clamped(yAxis.map(point.second, kPlotBottom, kPlotTop)));
        }
        svg += QStringLiteral("<polyline fill=\"none\" stroke=\"") + colour(i)
            + QStringLiteral("\" stroke-width=\"2\" points=\"") + coordinates.join(QLatin1Char(' '))
            + QStringLiteral("\"/>\n");
        if (points.size() <= 24) {
            for (const QString &at : coordinates) {
                const QStringList xy = at.split(QLatin1Char(','));
                svg += QStringLiteral("<circle cx=\"") + xy.at(0) + QStringLiteral("\" cy=\"")
                    + xy.at(1) + QStringLiteral("\" r=\"3\" fill=\"") + colour(i)
                    + QStringLiteral("\"/>\n");
            }
        }
    }
}

void barSeries(QString &svg, const Chart &chart, const AxisScale &yAxis)
{
    const int count = std::max(1, categoryCount(chart));
    const double band = (kPlotRight - kPlotLeft) / count;
    const double barWidth
        = band * 0.8 / static_cast<double>(std::max<std::size_t>(1, chart.series.size()));
    const double base = clamped(yAxis.map(0.0, kPlotBottom, kPlotTop));
    for (std::size_t i = 0; i < chart.series.size(); ++i) {
        for (const auto &point : finitePoints(chart.series[i])) {
            const auto index = static_cast<int>(std::llround(point.first));
            if (index < 0 || index >= count) {
                continue;
            }
            const double x
                = kPlotLeft + index * band + band * 0.1 + static_cast<double>(i) * barWidth;
            const double y = clamped(yAxis.map(point.second, kPlotBottom, kPlotTop));
            svg += QStringLiteral("<rect x=\"") + px(x) + QStringLiteral("\" y=\"")
                + px(std::min(y, base)) + QStringLiteral("\" width=\"") + px(barWidth)
                + QStringLiteral("\" height=\"") + px(std::abs(base - y))
                + QStringLiteral("\" fill=\"") + colour(i) + QStringLiteral("\"><title>")
                + htmlEscaped(chart.series[i].name + QStringLiteral(": ")
                              + categoryLabel(chart, index) + QStringLiteral(" = ")
                              + chartValue(point.second))
                + QStringLiteral("</title></rect>\n");
        }
    }
    for (int index = 0; index < categoryCount(chart); ++index) {
        svg += text(kPlotLeft + (index + 0.5) * band, kPlotBottom + 16,
                    elided(categoryLabel(chart, index), band),
                    QStringLiteral(" text-anchor=\"middle\""));
    }
}

void referenceLines(QString &svg, const Chart &chart, const AxisScale &yAxis)
{
    for (const ChartLine &reference : chart.lines) {
        if (!std::isfinite(reference.y) || reference.y < yAxis.min || reference.y > yAxis.max) {
            continue;
        }
        const double y = yAxis.map(reference.y, kPlotBottom, kPlotTop);
        svg += line(kPlotLeft, y, kPlotRight, y,
                    QStringLiteral(" stroke=\"#444444\" stroke-width=\"1.5\" "
                                   "stroke-dasharray=\"6 4\" class=\"reference\""));
        svg += text(kPlotRight - 4, y - 4, reference.label,
                    QStringLiteral(" text-anchor=\"end\" fill=\"#444444\""));
    }
}

} // namespace

QString chartSvg(const Chart &chart)
{
    const AxisScale yAxis = valueAxis(chart);
    QString body;
    valueAxisMarks(body, chart, yAxis);
    if (chart.kind == Chart::Kind::Bar) {
        barSeries(body, chart, yAxis);
    } else {
        const AxisScale xAxis = timeAxis(chart);
        timeAxisMarks(body, xAxis);
        lineSeries(body, chart, xAxis, yAxis);
    }
    referenceLines(body, chart, yAxis);
    body
        += line(kPlotLeft, kPlotTop, kPlotLeft, kPlotBottom, QStringLiteral(" stroke=\"#333333\""));
    body += line(kPlotLeft, kPlotBottom, kPlotRight, kPlotBottom,
                 QStringLiteral(" stroke=\"#333333\""));
    if (!hasData(chart)) {
        body += text((kPlotLeft + kPlotRight) / 2, (kPlotTop + kPlotBottom) / 2,
                     QCoreApplication::translate("Quorum::Reports", "No data"),
                     QStringLiteral(" text-anchor=\"middle\" fill=\"#666666\""));
    }
    double below = kPlotBottom + 34;
    if (!chart.xLabel.isEmpty()) {
        body += text((kPlotLeft + kPlotRight) / 2, below, chart.xLabel,
                     QStringLiteral(" text-anchor=\"middle\""));
        below += 16;
    }
    const QString height = QString::number(
        static_cast<int>(std::ceil(std::max(320.0, legend(body, chart, below - 4) + 4))));
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 ") + height
        + QStringLiteral("\" width=\"640\" height=\"") + height
        + QStringLiteral("\" role=\"img\" aria-label=\"") + htmlEscaped(chart.title)
        + QStringLiteral("\" font-family=\"DejaVu Sans, Arial, sans-serif\" "
                         "font-size=\"11\" fill=\"#222222\">\n<title>")
        + htmlEscaped(chart.title) + QStringLiteral("</title>\n")
        + QStringLiteral("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
        + text(320, 22, chart.title,
               QStringLiteral(" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\""))
        + body + QStringLiteral("</svg>");
}

} // namespace Quorum::Reports
