// SPDX-License-Identifier: GPL-3.0-or-later
// Charts with awkward data still render: no series, one point, all values equal, NaN.
#include "pdfsampledocument.h"
#include "pdftesttools.h"
#include "reportfixture.h"

#include <QTimeZone>

#include <catch2/catch_test_macros.hpp>

#include <limits>

using namespace Quorum;
using Reports::Chart;
using Reports::ChartSeries;

namespace {

Chart chart(Chart::Kind kind, const QString &title, std::vector<ChartSeries> series)
{
    Chart result;
    result.kind = kind;
    result.title = title;
    result.series = std::move(series);
    return result;
}

} // namespace

TEST_CASE("Charts without series or with one point or all-equal values render", "[reports]")
{
    const auto day = static_cast<double>(
        QDateTime(QDate(2026, 5, 4), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    const double nan = std::numeric_limits<double>::quiet_NaN();
    Chart fixedFlat = chart(Chart::Kind::Line, QStringLiteral("Fixed flat range"),
                            {ChartSeries{QStringLiteral("s"), {{day, 1.0}, {day, 1.0}}}});
    fixedFlat.yMin = 2.0;
    fixedFlat.yMax = 2.0;
    std::vector<Reports::Block> blocks{
        chart(Chart::Kind::Line, QStringLiteral("Empty line chart"), {}),
        chart(Chart::Kind::Bar, QStringLiteral("Empty bar chart"), {}),
        chart(Chart::Kind::Line, QStringLiteral("Single point chart"),
              {ChartSeries{QStringLiteral("only"), {{day, 0.3}}}}),
        chart(Chart::Kind::Line, QStringLiteral("Flat chart"),
              {ChartSeries{QStringLiteral("flat"), {{day, 0.0}, {day + 864e5, 0.0}}}}),
        chart(Chart::Kind::Bar, QStringLiteral("Flat bar chart"),
              {ChartSeries{QStringLiteral("bars"), {{0, 5.0}, {1, 5.0}, {7, 5.0}}}}),
        chart(Chart::Kind::Line, QStringLiteral("Chart with gaps"),
              {ChartSeries{QStringLiteral("nan"), {{day, nan}, {nan, 1.0}, {day, 2.0}}}}),
        fixedFlat,
    };
    const QByteArray pdf = Test::renderTestPdf(Test::pdfDocumentWith(std::move(blocks)));
    REQUIRE(Test::pdfPageCount(pdf) >= 1);
    const QString text = Test::pdfText(pdf);
    for (const char *title :
         {"Empty line chart", "Empty bar chart", "Single point chart", "Flat chart",
          "Flat bar chart", "Chart with gaps", "Fixed flat range"}) {
        INFO(title);
        CHECK(text.contains(QString::fromUtf8(title)));
    }
    CHECK(text.contains(QStringLiteral("No data")));
    CHECK(text.contains(QStringLiteral("2026-05-04")));
}
