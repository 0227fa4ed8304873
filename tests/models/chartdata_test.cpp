// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/distributionoverlay.h"
#include "charts/driftfeaturesummary.h"
#include "charts/driftseries.h"
#include "charts/fairnesschartdata.h"
#include "charts/lttb.h"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <cmath>
#include <limits>

using namespace Quorum;

namespace {

DriftObservation observation(const QString &feature, const QString &statistic, QDate end,
                             double value, DriftStatus status)
{
    DriftObservation o;
    o.feature = feature;
    o.statistic = statistic;
    o.windowStart = end.addDays(-6);
    o.windowEnd = end;
    o.value = value;
    o.threshold = 0.1;
    o.status = status;
    return o;
}

FairnessGroup group(const QString &name, qint64 count, double selection)
{
    FairnessGroup g;
    g.name = name;
    g.count = count;
    g.selectionRate = selection;
    g.tpr = 0.9;
    g.fpr = 0.1;
    return g;
}

} // namespace

TEST_CASE("Drift observations become one series per feature and statistic, oldest first",
          "[models]")
{
    const QDate sunday(2026, 3, 1);
    const std::vector<DriftObservation> rows{
        observation(QStringLiteral("b"), QStringLiteral("psi"), sunday.addDays(7), 0.25,
                    DriftStatus::Drift),
        observation(QStringLiteral("a"), QStringLiteral("psi"), sunday, 0.02, DriftStatus::Stable),
        observation(QStringLiteral("b"), QStringLiteral("psi"), sunday, 0.05, DriftStatus::Stable),
    };
    const std::vector<DriftSeries> series = driftSeries(rows, kChartDisplayPoints);
    REQUIRE(series.size() == 2);
    CHECK(series[0].feature == QStringLiteral("a"));
    const DriftSeries &b = series[1];
    REQUIRE(b.points.size() == 2);
    CHECK(b.points[0].windowEnd == sunday);
    CHECK(b.points[0].x == QDateTime(sunday, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
    CHECK(b.quantity == DriftQuantity::Statistic);
    CHECK(b.side == ThresholdSide::Above);
    CHECK(b.threshold == 0.1);
    CHECK(b.display == std::vector<std::size_t>{0, 1});
    CHECK(b.worstPoint(WindowFilter::Any) == 1u);
    CHECK_FALSE(b.worstPoint(WindowFilter::WithDistributions).has_value());
    CHECK(b.nearest(static_cast<double>(b.points[1].x) - 1000.0) == 1u);

    const DriftFeatureSummary summary = summarizeDrift(b);
    CHECK(summary.latest == 0.25);
    CHECK(summary.latestStatus == DriftStatus::Drift);
    CHECK(summary.worstStatus == DriftStatus::Drift);
    CHECK(summary.driftWindows == 1);
    CHECK(summary.lastDriftWindowEnd == sunday.addDays(7));
}

TEST_CASE("A test statistic is charted by its p-value, drifting below the threshold", "[models]")
{
    const QDate sunday(2026, 3, 1);
    DriftObservation quiet = observation(QStringLiteral("age"), QStringLiteral("ks"), sunday, 0.03,
                                         DriftStatus::Stable);
    quiet.pValue = 0.6;
    quiet.threshold = 0.05;
    DriftObservation drifted = observation(QStringLiteral("age"), QStringLiteral("ks"),
                                           sunday.addDays(7), 0.2, DriftStatus::Drift);
    drifted.pValue = 0.001;
    drifted.threshold = 0.05;
    const std::vector<DriftSeries> series = driftSeries(std::vector{quiet, drifted}, 100);
    REQUIRE(series.size() == 1);
    CHECK(series[0].quantity == DriftQuantity::PValue);
    CHECK(series[0].side == ThresholdSide::Below);
    CHECK(series[0].threshold == 0.05);
    CHECK(series[0].points[1].y == 0.001);
    CHECK(series[0].worstPoint(WindowFilter::Any) == 1u);
    CHECK(driftQuantityLabel(series[0]) == QStringLiteral("Kolmogorov–Smirnov p-value"));

    // Without p-values the statistic is charted, and the p-value threshold is not drawn.
    quiet.pValue.reset();
    drifted.pValue.reset();
    const std::vector<DriftSeries> bare = driftSeries(std::vector{quiet, drifted}, 100);
    CHECK(bare[0].quantity == DriftQuantity::Statistic);
    CHECK_FALSE(bare[0].threshold.has_value());
}

TEST_CASE("Stored bins become labelled reference and current shares", "[models]")
{
    const auto numeric = parseDistributionOverlay(
        QStringLiteral(R"({"edges":[0,16,72,2500],"reference":[0.5,0.25,0.25],)"
                       R"("current":[0.2,0.3,0.5]})"));
    REQUIRE(numeric);
    CHECK(
        numeric->labels
        == QStringList{QStringLiteral("0–16"), QStringLiteral("16–72"), QStringLiteral("72–2500")});
    CHECK(numeric->current == std::vector<double>{0.2, 0.3, 0.5});
    CHECK(numeric->largestShare() == 0.5);

    const auto open = parseDistributionOverlay(
        QStringLiteral(R"({"edges":[null,1.5,null],"reference":[30,10],"current":[1,3]})"));
    REQUIRE(open);
    CHECK(open->labels == QStringList{QStringLiteral("≤ 1.5"), QStringLiteral("> 1.5")});
    CHECK(open->reference == std::vector<double>{0.75, 0.25});
    CHECK(open->current == std::vector<double>{0.25, 0.75});

    const auto categories = parseDistributionOverlay(
        QStringLiteral(R"({"labels":["de","en"],"reference":[0.4,0.6],"current":[0.5,0.5]})"));
    REQUIRE(categories);
    CHECK(categories->labels == QStringList{QStringLiteral("de"), QStringLiteral("en")});

    CHECK_FALSE(parseDistributionOverlay({}));
    CHECK_FALSE(parseDistributionOverlay(QStringLiteral("not json")));
    CHECK_FALSE(parseDistributionOverlay(
        QStringLiteral(R"({"edges":[0,1],"reference":[1,0],"current":[1,0]})")));
}

TEST_CASE("Fairness chart data draws the four-fifths line from the privileged group and flags "
          "disparate impact",
          "[models]")
{
    FairnessReport report;
    report.protectedAttribute = QStringLiteral("age_band");
    report.privilegedGroup = QStringLiteral("25-39");
    report.groups
        = {group(QStringLiteral("18-24"), 120, 0.40), group(QStringLiteral("25-39"), 360, 0.60),
           group(QStringLiteral("40-59"), 340, 0.55)};
    report.disparateImpact = 0.40 / 0.60;
    report.demographicParityDifference = 0.20;
    report.flags = {QStringLiteral("demographic_parity_difference > 0.15"),
                    QStringLiteral("calibration gap")};

    const FairnessChartData data = fairnessChartData(report);
    REQUIRE(data.fourFifthsLine);
    CHECK(*data.fourFifthsLine == Catch::Approx(0.48));
    CHECK(data.totalCount == 820);
    CHECK(data.groups[0].belowFourFifths);
    CHECK(data.groups[1].privileged);
    CHECK_FALSE(data.groups[2].belowFourFifths);
    CHECK(data.summary[0].key == QStringLiteral("disparate_impact"));
    CHECK(data.summary[0].isFlagged()); // no stored flag, but 0.67 < 0.8
    CHECK(data.summary[1].flag == QStringLiteral("demographic_parity_difference > 0.15"));
    CHECK(data.otherFlags == QStringList{QStringLiteral("calibration gap")});
    CHECK(data.flagCount() == 3);

    report.privilegedGroup = QStringLiteral(">25");
    CHECK_FALSE(fairnessChartData(report).fourFifthsLine);
}
