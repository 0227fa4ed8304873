// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/document.h"
#include "render/svgchart.h"
#include "reportfixture.h"
#include "sampledocument.h"

#include <QRegularExpression>

#include <catch2/catch_test_macros.hpp>

#include <limits>

using namespace Quorum::Reports;
using Quorum::Test::lineChart;

namespace {

// The number of coordinate pairs of each <polyline>, in order.
std::vector<qsizetype> polylinePoints(const QString &svg)
{
    static const QRegularExpression polyline(QStringLiteral("<polyline [^>]*points=\"([^\"]*)\""));
    std::vector<qsizetype> counts;
    for (auto it = polyline.globalMatch(svg); it.hasNext();) {
        counts.push_back(it.next().captured(1).split(QLatin1Char(' ')).size());
    }
    return counts;
}

qsizetype gridLines(const QString &svg)
{
    return svg.count(QStringLiteral("stroke=\"#dddddd\""));
}

bool hasNanOrInf(const QString &svg)
{
    return svg.contains(QStringLiteral("nan"), Qt::CaseInsensitive)
        || svg.contains(QStringLiteral("inf"), Qt::CaseInsensitive);
}

} // namespace

TEST_CASE("A line chart draws one polyline per series with a point per value", "[reports]")
{
    const QString svg = chartSvg(lineChart(9));
    CHECK(svg.startsWith(
        QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 ")));
    CHECK(svg.endsWith(QStringLiteral("</svg>")));
    CHECK(polylinePoints(svg) == std::vector<qsizetype>{9, 9});
    CHECK(svg.contains(QStringLiteral("stroke=\"#0072B2\"")));
    CHECK(svg.contains(QStringLiteral("stroke=\"#D55E00\"")));
    CHECK(svg.contains(QStringLiteral(">Population stability index</text>")));
    CHECK(svg.contains(QStringLiteral(">2026-01-01</text>")));
    CHECK(svg.contains(QStringLiteral(">PSI</text>")));
    CHECK(svg.contains(QStringLiteral(">Accuracy</text>")));
    CHECK(gridLines(svg) >= 4);
    CHECK(gridLines(svg) <= 6);
    CHECK_FALSE(hasNanOrInf(svg));
}

TEST_CASE("A reference line is dashed and labelled in the plot and the legend", "[reports]")
{
    const QString svg = chartSvg(lineChart(3));
    CHECK(svg.contains(QStringLiteral("stroke-dasharray=\"6 4\" class=\"reference\"")));
    CHECK(svg.contains(QStringLiteral(">Four-fifths rule</text>")));
    CHECK(svg.contains(QStringLiteral(">Four-fifths rule (0.80)</text>")));
}

TEST_CASE("Degenerate series draw without NaN or infinity", "[reports]")
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    Chart empty;
    empty.title = QStringLiteral("Empty");
    empty.series = {{QStringLiteral("none"), {}}};
    Chart single;
    single.series = {{QStringLiteral("one"), {{1.7e12, 0.5}}}};
    Chart flat;
    flat.series = {{QStringLiteral("flat"), {{1.7e12, 0.0}, {1.8e12, 0.0}, {1.9e12, 0.0}}}};
    Chart broken;
    broken.series = {{QStringLiteral("broken"), {{nan, 1.0}, {1.7e12, inf}, {1.8e12, 2.0}}}};
    broken.lines = {{QStringLiteral("bad line"), nan}};
    Chart bars;
    bars.kind = Chart::Kind::Bar;
    bars.categories = {QStringLiteral("a"), QStringLiteral("b")};
    bars.series = {{QStringLiteral("same"), {{0, 3.0}, {1, 3.0}}}, {QStringLiteral("empty"), {}}};
    Chart fixed = flat;
    fixed.yMin = 1.0;
    fixed.yMax = 1.0;

    for (const Chart &chart : {empty, single, flat, broken, bars, fixed}) {
        const QString svg = chartSvg(chart);
        INFO(svg.toStdString());
        CHECK_FALSE(hasNanOrInf(svg));
        CHECK(gridLines(svg) >= 2);
    }
    CHECK(chartSvg(empty).contains(QStringLiteral(">No data</text>")));
    CHECK(polylinePoints(chartSvg(empty)).empty());
    CHECK(polylinePoints(chartSvg(single)) == std::vector<qsizetype>{1});
    CHECK(chartSvg(single).contains(QStringLiteral("<circle ")));
    CHECK(polylinePoints(chartSvg(flat)) == std::vector<qsizetype>{3});
    CHECK(polylinePoints(chartSvg(broken)) == std::vector<qsizetype>{1});
}

TEST_CASE("A bar chart draws a bar per value and labels its categories", "[reports]")
{
    Chart chart;
    chart.kind = Chart::Kind::Bar;
    chart.title = QStringLiteral("Selection rate");
    chart.categories = {QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("other")};
    chart.series = {{QStringLiteral("2026"), {{0, 0.4}, {1, 0.5}, {2, 0.3}}},
                    {QStringLiteral("2025"), {{0, 0.45}, {1, 0.55}}}};
    chart.lines = {{QStringLiteral("Parity"), 0.5}};
    const QString svg = chartSvg(chart);
    CHECK(svg.count(QStringLiteral("<title>2026: ")) == 3);
    CHECK(svg.count(QStringLiteral("<title>2025: ")) == 2);
    CHECK(svg.contains(QStringLiteral("<title>2026: male = 0.50</title>")));
    CHECK(svg.contains(QStringLiteral(">female</text>")));
    CHECK(svg.contains(QStringLiteral(">other</text>")));
    CHECK(svg.contains(QStringLiteral(">Parity</text>")));
    CHECK(svg.contains(QStringLiteral(">0.0</text>"))); // the axis starts at zero for bars
    CHECK_FALSE(hasNanOrInf(svg));
}

TEST_CASE("A fixed axis range is kept and the chart is deterministic", "[reports]")
{
    Chart chart = lineChart(4);
    chart.yMin = 0.0;
    chart.yMax = 1.0;
    const QString svg = chartSvg(chart);
    CHECK(svg.contains(QStringLiteral(">0.0</text>")));
    CHECK(svg.contains(QStringLiteral(">1.0</text>")));
    CHECK(svg == chartSvg(chart));
}
