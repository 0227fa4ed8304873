// SPDX-License-Identifier: GPL-3.0-or-later
// analyzeFairness() on tiny hand-made tables: every expected number is worked out by hand in the
// comments (positive = the favourable value), never taken from Quorum's own output.
#include "stats/fairnessanalysis.h"
#include "stats/statserror.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_floating_point.hpp>

#include <functional>
#include <optional>

using namespace Quorum;
using Catch::Matchers::WithinAbs;

namespace {

constexpr double kTolerance = 1e-12;

/// Rows of a predictions table, appended a block at a time.
struct Rows
{
    QStringList group;
    std::vector<double> label;
    std::vector<double> prediction;
    std::vector<double> score;

    /// @p count rows of @p name with the given label and prediction (score 0.8 when predicted
    /// favourable, 0.2 otherwise).
    Rows &add(const QString &name, double labelValue, double predictionValue, int count)
    {
        for (int i = 0; i < count; ++i) {
            group << name;
            label.push_back(labelValue);
            prediction.push_back(predictionValue);
            score.push_back(predictionValue == 1.0 ? 0.8 : 0.2);
        }
        return *this;
    }
};

SampleColumn numericColumn(const QString &name, const std::vector<double> &values)
{
    SampleColumn column;
    column.name = name;
    column.type = ColumnType::Numeric;
    column.numbers = values;
    return column;
}

SampleColumn categoricalColumn(const QString &name, const QStringList &values)
{
    SampleColumn column;
    column.name = name;
    column.type = ColumnType::Categorical;
    for (const QString &value : values) {
        qsizetype code = column.categories.indexOf(value);
        if (code < 0) {
            code = column.categories.size();
            column.categories << value;
        }
        column.codes.push_back(static_cast<std::int32_t>(code));
    }
    return column;
}

SampleTable tableOf(const Rows &rows)
{
    SampleTable table;
    table.path = QStringLiteral("hand-made");
    table.rows = static_cast<std::int64_t>(rows.label.size());
    table.columns.push_back(categoricalColumn(QStringLiteral("group"), rows.group));
    table.columns.push_back(numericColumn(QStringLiteral("label"), rows.label));
    table.columns.push_back(numericColumn(QStringLiteral("prediction"), rows.prediction));
    table.columns.push_back(numericColumn(QStringLiteral("score"), rows.score));
    return table;
}

FairnessOptions optionsFor(const QString &privileged)
{
    FairnessOptions options;
    options.labelColumn = QStringLiteral("label");
    options.predictionColumn = QStringLiteral("prediction");
    options.protectedColumn = QStringLiteral("group");
    options.privileged = PrivilegedGroup::parse(privileged);
    return options;
}

const FairnessGroup &groupNamed(const FairnessAnalysis &analysis, const QString &name)
{
    for (const auto &group : analysis.report.groups) {
        if (group.name == name) {
            return group;
        }
    }
    FAIL("no group named " << name.toStdString());
    return analysis.report.groups.front();
}

double valueOf(const std::optional<double> &value)
{
    REQUIRE(value.has_value());
    return *value;
}

double metric(const FairnessAnalysis &analysis, const char *name)
{
    const auto it = analysis.summary.find(QString::fromLatin1(name));
    INFO("summary metric " << name);
    REQUIRE(it != analysis.summary.end());
    return valueOf(it->second);
}

bool metricIsNull(const FairnessAnalysis &analysis, const char *name)
{
    const auto it = analysis.summary.find(QString::fromLatin1(name));
    INFO("summary metric " << name);
    REQUIRE(it != analysis.summary.end());
    return !it->second.has_value();
}

QString undefinedReason(const FairnessAnalysis &analysis, const char *name)
{
    const auto document = QJsonDocument::fromJson(analysis.report.undefinedReasonsJson.toUtf8());
    REQUIRE(document.isObject());
    return document.object().value(QString::fromLatin1(name)).toString();
}

bool hasFlagContaining(const FairnessAnalysis &analysis, const QString &text)
{
    for (const QString &flag : analysis.report.flags) {
        if (flag.contains(text, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

std::optional<StatsError> errorOf(const std::function<void()> &call)
{
    try {
        call();
    } catch (const StatsError &error) {
        return error;
    }
    return std::nullopt;
}

/// Three groups, "a" privileged (per group: positives P, negatives N, then TP FN FP TN):
///   a: 10 rows, P 6 N 4: TP 5 FN 1 FP 1 TN 3
///   b: 10 rows, P 4 N 6: TP 2 FN 2 FP 1 TN 5
///   c:  5 rows, P 2 N 3: TP 1 FN 1 FP 0 TN 3
Rows threeGroups()
{
    Rows rows;
    rows.add(QStringLiteral("a"), 1, 1, 5).add(QStringLiteral("a"), 1, 0, 1);
    rows.add(QStringLiteral("a"), 0, 1, 1).add(QStringLiteral("a"), 0, 0, 3);
    rows.add(QStringLiteral("b"), 1, 1, 2).add(QStringLiteral("b"), 1, 0, 2);
    rows.add(QStringLiteral("b"), 0, 1, 1).add(QStringLiteral("b"), 0, 0, 5);
    rows.add(QStringLiteral("c"), 1, 1, 1).add(QStringLiteral("c"), 1, 0, 1);
    rows.add(QStringLiteral("c"), 0, 0, 3);
    return rows;
}

} // namespace

TEST_CASE("Per-group counts and rates are the confusion-matrix ratios of each group",
          "[stats][fairness]")
{
    auto options = optionsFor(QStringLiteral("a"));
    options.scoreColumn = QStringLiteral("score");
    const auto analysis = analyzeFairness(tableOf(threeGroups()), options);

    CHECK(analysis.rows == 25);
    CHECK(analysis.skippedRows == 0);
    CHECK(analysis.report.groups.size() == 3u);

    const auto &a = groupNamed(analysis, QStringLiteral("a"));
    CHECK(a.count == 10);
    CHECK(a.truePositives == 5);
    CHECK(a.falseNegatives == 1);
    CHECK(a.falsePositives == 1);
    CHECK(a.trueNegatives == 3);
    CHECK_THAT(valueOf(a.selectionRate), WithinAbs(0.6, kTolerance));   // (5 + 1) / 10
    CHECK_THAT(valueOf(a.tpr), WithinAbs(5.0 / 6.0, kTolerance));       // 5 / (5 + 1)
    CHECK_THAT(valueOf(a.fpr), WithinAbs(0.25, kTolerance));            // 1 / (1 + 3)
    CHECK_THAT(valueOf(a.precision), WithinAbs(5.0 / 6.0, kTolerance)); // 5 / (5 + 1)
    CHECK_THAT(valueOf(a.accuracy), WithinAbs(0.8, kTolerance));        // (5 + 3) / 10
    // Brier, score 0.8 when predicted favourable, else 0.2: TP and TN cost 0.04, FP and FN 0.64.
    // a: (5·0.04 + 1·0.64 + 3·0.04 + 1·0.64) / 10 = 1.6 / 10
    CHECK_THAT(valueOf(a.brier), WithinAbs(0.16, kTolerance));

    const auto &b = groupNamed(analysis, QStringLiteral("b"));
    CHECK(b.count == 10);
    CHECK_THAT(valueOf(b.selectionRate), WithinAbs(0.3, kTolerance)); // (2 + 1) / 10
    CHECK_THAT(valueOf(b.tpr), WithinAbs(0.5, kTolerance));           // 2 / 4
    CHECK_THAT(valueOf(b.fpr), WithinAbs(1.0 / 6.0, kTolerance));     // 1 / 6
    CHECK_THAT(valueOf(b.precision), WithinAbs(2.0 / 3.0, kTolerance));
    CHECK_THAT(valueOf(b.accuracy), WithinAbs(0.7, kTolerance)); // (2 + 5) / 10
    // (2·0.04 + 1·0.64 + 5·0.04 + 2·0.64) / 10 = 2.2 / 10
    CHECK_THAT(valueOf(b.brier), WithinAbs(0.22, kTolerance));

    const auto &c = groupNamed(analysis, QStringLiteral("c"));
    CHECK(c.count == 5);
    CHECK_THAT(valueOf(c.selectionRate), WithinAbs(0.2, kTolerance)); // 1 / 5
    CHECK_THAT(valueOf(c.fpr), WithinAbs(0.0, kTolerance));           // 0 / 3
    CHECK_THAT(valueOf(c.precision), WithinAbs(1.0, kTolerance));     // 1 / 1
    // (1·0.04 + 1·0.64 + 3·0.04) / 5 = 0.8 / 5
    CHECK_THAT(valueOf(c.brier), WithinAbs(0.16, kTolerance));

    // The pooled groups: privileged = a; unprivileged = b + c (15 rows, TP 3 FN 3 FP 1 TN 8).
    CHECK(analysis.privilegedGroup.count == 10);
    CHECK(analysis.unprivilegedGroup.count == 15);
    CHECK_THAT(valueOf(analysis.unprivilegedGroup.selectionRate),
               WithinAbs(4.0 / 15.0, kTolerance));
    CHECK_THAT(valueOf(analysis.unprivilegedGroup.tpr), WithinAbs(0.5, kTolerance));
    CHECK_THAT(valueOf(analysis.unprivilegedGroup.fpr), WithinAbs(1.0 / 9.0, kTolerance));
}

TEST_CASE("AIF360's metrics are signed unprivileged minus privileged over the pooled "
          "unprivileged rows",
          "[stats][fairness]")
{
    const auto analysis = analyzeFairness(tableOf(threeGroups()), optionsFor(QStringLiteral("a")));

    // Selection rates: privileged 6/10, pooled unprivileged 4/15.
    // SPD = 4/15 − 9/15 = −1/3; DI = (4/15) / (6/10) = 4/9.
    CHECK_THAT(metric(analysis, "statistical_parity_difference"),
               WithinAbs(-1.0 / 3.0, kTolerance));
    CHECK_THAT(metric(analysis, "disparate_impact"), WithinAbs(4.0 / 9.0, kTolerance));
    // TPR: privileged 5/6, unprivileged 3/6 → EOD = 1/2 − 5/6 = −1/3.
    CHECK_THAT(metric(analysis, "equal_opportunity_difference"), WithinAbs(-1.0 / 3.0, kTolerance));
    // FPR: privileged 1/4, unprivileged 1/9 → AOD = ((1/9 − 1/4) + (1/2 − 5/6)) / 2 = −17/72.
    CHECK_THAT(metric(analysis, "average_odds_difference"), WithinAbs(-17.0 / 72.0, kTolerance));
    CHECK(analysis.report.privilegedGroup == QStringLiteral("a"));
    CHECK(analysis.report.favourableOutcome == QStringLiteral("1"));
    CHECK(analysis.report.protectedAttribute == QStringLiteral("group"));
    // The stored report carries the same values.
    CHECK_THAT(valueOf(analysis.report.statisticalParityDifference),
               WithinAbs(-1.0 / 3.0, kTolerance));
    CHECK_THAT(valueOf(analysis.report.disparateImpact), WithinAbs(4.0 / 9.0, kTolerance));
    CHECK_THAT(valueOf(analysis.report.equalOpportunityDifference),
               WithinAbs(-1.0 / 3.0, kTolerance));
    CHECK_THAT(valueOf(analysis.report.averageOddsDifference), WithinAbs(-17.0 / 72.0, kTolerance));
    CHECK(analysis.report.undefinedReasonsJson == QStringLiteral("{}"));
    CHECK(analysis.report.intervalsJson == QStringLiteral("{}"));
}

TEST_CASE("Fairlearn's metrics are unsigned max minus min over every group", "[stats][fairness]")
{
    const auto analysis = analyzeFairness(tableOf(threeGroups()), optionsFor(QStringLiteral("a")));

    // Selection rates a 0.6, b 0.3, c 0.2 → DPD = 0.6 − 0.2, DPR = 0.2 / 0.6.
    CHECK_THAT(metric(analysis, "demographic_parity_difference"), WithinAbs(0.4, kTolerance));
    CHECK_THAT(metric(analysis, "demographic_parity_ratio"), WithinAbs(1.0 / 3.0, kTolerance));
    // TPR a 5/6, b 1/2, c 1/2 → range 1/3; FPR a 1/4, b 1/6, c 0 → range 1/4; EOdds = 1/3.
    CHECK_THAT(metric(analysis, "equalized_odds_difference"), WithinAbs(1.0 / 3.0, kTolerance));
    CHECK_THAT(valueOf(analysis.report.demographicParityDifference), WithinAbs(0.4, kTolerance));
    CHECK_THAT(valueOf(analysis.report.demographicParityRatio), WithinAbs(1.0 / 3.0, kTolerance));
    CHECK_THAT(valueOf(analysis.report.equalizedOddsDifference), WithinAbs(1.0 / 3.0, kTolerance));
}

TEST_CASE("Choosing another privileged group flips AIF360's signs but not Fairlearn's values",
          "[stats][fairness]")
{
    const auto analysis = analyzeFairness(tableOf(threeGroups()), optionsFor(QStringLiteral("c")));

    // Privileged c: selection 1/5. Pooled a + b: (6 + 3) / 20 = 0.45.
    // SPD = 0.45 − 0.2 = +0.25; DI = 0.45 / 0.2 = 2.25.
    CHECK_THAT(metric(analysis, "statistical_parity_difference"), WithinAbs(0.25, kTolerance));
    CHECK_THAT(metric(analysis, "disparate_impact"), WithinAbs(2.25, kTolerance));
    // TPR pooled a + b = (5 + 2) / (6 + 4) = 0.7, c = 1/2 → EOD = +0.2.
    CHECK_THAT(metric(analysis, "equal_opportunity_difference"), WithinAbs(0.2, kTolerance));
    // FPR pooled a + b = (1 + 1) / (4 + 6) = 0.2, c = 0 → AOD = (0.2 + 0.2) / 2 = +0.2.
    CHECK_THAT(metric(analysis, "average_odds_difference"), WithinAbs(0.2, kTolerance));
    // Fairlearn's metrics do not depend on the privileged group.
    CHECK_THAT(metric(analysis, "demographic_parity_difference"), WithinAbs(0.4, kTolerance));
    CHECK_THAT(metric(analysis, "demographic_parity_ratio"), WithinAbs(1.0 / 3.0, kTolerance));
    CHECK_THAT(metric(analysis, "equalized_odds_difference"), WithinAbs(1.0 / 3.0, kTolerance));
    // DI 2.25 is not below 0.8: no flag on it (Fairlearn's ratio 1/3 may be flagged).
    CHECK_FALSE(hasFlagContaining(analysis, QStringLiteral("disparate_impact")));
}

TEST_CASE("A group without favourable labels has an undefined TPR and the metrics using it are "
          "null with a reason",
          "[stats][fairness]")
{
    // a (privileged): TP 1 FN 1 FP 1 TN 1. b: no favourable label at all: FP 1 TN 3.
    Rows rows;
    rows.add(QStringLiteral("a"), 1, 1, 1).add(QStringLiteral("a"), 1, 0, 1);
    rows.add(QStringLiteral("a"), 0, 1, 1).add(QStringLiteral("a"), 0, 0, 1);
    rows.add(QStringLiteral("b"), 0, 1, 1).add(QStringLiteral("b"), 0, 0, 3);
    const auto analysis = analyzeFairness(tableOf(rows), optionsFor(QStringLiteral("a")));

    const auto &b = groupNamed(analysis, QStringLiteral("b"));
    CHECK_FALSE(b.tpr.has_value()); // 0 / 0
    CHECK_THAT(valueOf(b.fpr), WithinAbs(0.25, kTolerance));
    CHECK_THAT(valueOf(b.selectionRate), WithinAbs(0.25, kTolerance));

    CHECK(metricIsNull(analysis, "equal_opportunity_difference"));
    CHECK_FALSE(undefinedReason(analysis, "equal_opportunity_difference").isEmpty());
    CHECK(metricIsNull(analysis, "average_odds_difference"));
    CHECK_FALSE(undefinedReason(analysis, "average_odds_difference").isEmpty());
    CHECK_FALSE(analysis.report.equalOpportunityDifference.has_value());
    // The selection-rate metrics stay defined: SPD = 1/4 − 2/4, DI = (1/4) / (2/4).
    CHECK_THAT(metric(analysis, "statistical_parity_difference"), WithinAbs(-0.25, kTolerance));
    CHECK_THAT(metric(analysis, "disparate_impact"), WithinAbs(0.5, kTolerance));
    CHECK(undefinedReason(analysis, "statistical_parity_difference").isEmpty());
}

TEST_CASE("A privileged selection rate of zero leaves disparate impact null with a reason",
          "[stats][fairness]")
{
    // a (privileged) is never predicted favourable; b is, half the time.
    Rows rows;
    rows.add(QStringLiteral("a"), 1, 0, 2).add(QStringLiteral("a"), 0, 0, 2);
    rows.add(QStringLiteral("b"), 1, 1, 2).add(QStringLiteral("b"), 0, 0, 2);
    const auto analysis = analyzeFairness(tableOf(rows), optionsFor(QStringLiteral("a")));

    CHECK(metricIsNull(analysis, "disparate_impact"));
    CHECK_FALSE(analysis.report.disparateImpact.has_value());
    const QString reason = undefinedReason(analysis, "disparate_impact");
    INFO("reason: " << reason.toStdString());
    CHECK(reason.contains(QStringLiteral("privileged"), Qt::CaseInsensitive));
    // SPD = 2/4 − 0 stays defined; Fairlearn's ratio is min/max = 0 / 0.5 = 0.
    CHECK_THAT(metric(analysis, "statistical_parity_difference"), WithinAbs(0.5, kTolerance));
    CHECK_THAT(metric(analysis, "demographic_parity_ratio"), WithinAbs(0.0, kTolerance));
}

TEST_CASE("Disparate impact below the four-fifths threshold is flagged", "[stats][fairness]")
{
    // Dataset-level rows (prediction = label). a: 10 rows, 8 favourable.
    auto rowsWith = [](int favourableInB) {
        Rows rows;
        rows.add(QStringLiteral("a"), 1, 1, 8).add(QStringLiteral("a"), 0, 0, 2);
        rows.add(QStringLiteral("b"), 1, 1, favourableInB)
            .add(QStringLiteral("b"), 0, 0, 20 - favourableInB);
        return rows;
    };

    SECTION("DI = (12/20) / (8/10) = 0.75 is flagged")
    {
        const auto analysis
            = analyzeFairness(tableOf(rowsWith(12)), optionsFor(QStringLiteral("a")));
        CHECK_THAT(metric(analysis, "disparate_impact"), WithinAbs(0.75, kTolerance));
        CHECK(hasFlagContaining(analysis, QStringLiteral("four-fifths")));
    }
    SECTION("DI = (17/20) / (8/10) = 1.0625 is not flagged")
    {
        const auto analysis
            = analyzeFairness(tableOf(rowsWith(17)), optionsFor(QStringLiteral("a")));
        CHECK_THAT(metric(analysis, "disparate_impact"), WithinAbs(1.0625, kTolerance));
        CHECK(analysis.report.flags.isEmpty());
    }
    SECTION("DI = (17/25) / (8/10) = 0.85 passes 0.8 but is flagged with a 0.9 threshold")
    {
        Rows rows;
        rows.add(QStringLiteral("a"), 1, 1, 8).add(QStringLiteral("a"), 0, 0, 2);
        rows.add(QStringLiteral("b"), 1, 1, 17).add(QStringLiteral("b"), 0, 0, 8);
        auto options = optionsFor(QStringLiteral("a"));
        const auto standard = analyzeFairness(tableOf(rows), options);
        CHECK_THAT(metric(standard, "disparate_impact"), WithinAbs(0.85, kTolerance));
        CHECK_FALSE(hasFlagContaining(standard, QStringLiteral("four-fifths")));

        options.fourFifths = 0.9;
        const auto stricter = analyzeFairness(tableOf(rows), options);
        CHECK_FALSE(stricter.report.flags.isEmpty());
    }
}

TEST_CASE("A policy threshold flags parity differences above it", "[stats][fairness]")
{
    // Dataset-level: a 10/10 favourable, b 15/20 → SPD = 0.75 − 1 = −0.25, DPD = 0.25,
    // DI = 0.75. The four-fifths threshold is lowered to 0.5 so only the policy can flag.
    Rows rows;
    rows.add(QStringLiteral("a"), 1, 1, 10);
    rows.add(QStringLiteral("b"), 1, 1, 15).add(QStringLiteral("b"), 0, 0, 5);
    auto options = optionsFor(QStringLiteral("a"));
    options.predictionColumn = options.labelColumn;
    options.fourFifths = 0.5;

    const auto noPolicy = analyzeFairness(tableOf(rows), options);
    CHECK_THAT(metric(noPolicy, "statistical_parity_difference"), WithinAbs(-0.25, kTolerance));
    CHECK(noPolicy.report.flags.isEmpty());

    options.maxParityGap = 0.2; // |−0.25| > 0.2
    const auto strict = analyzeFairness(tableOf(rows), options);
    INFO("flags: " << strict.report.flags.join(QStringLiteral("; ")).toStdString());
    CHECK_FALSE(strict.report.flags.isEmpty());
    CHECK(hasFlagContaining(strict, QStringLiteral("parity")));

    options.maxParityGap = 0.3; // 0.25 ≤ 0.3
    const auto lenient = analyzeFairness(tableOf(rows), options);
    CHECK(lenient.report.flags.isEmpty());
}

TEST_CASE("A dataset-level check uses the label as the prediction", "[stats][fairness]")
{
    auto options = optionsFor(QStringLiteral("a"));
    options.predictionColumn = options.labelColumn;
    const auto analysis = analyzeFairness(tableOf(threeGroups()), options);

    // Base rates: a 6/10, b 4/10, c 2/5; pooled unprivileged 6/15.
    CHECK_THAT(valueOf(groupNamed(analysis, QStringLiteral("a")).selectionRate),
               WithinAbs(0.6, kTolerance));
    CHECK_THAT(valueOf(groupNamed(analysis, QStringLiteral("b")).selectionRate),
               WithinAbs(0.4, kTolerance));
    CHECK_THAT(valueOf(groupNamed(analysis, QStringLiteral("c")).selectionRate),
               WithinAbs(0.4, kTolerance));
    // SPD = 6/15 − 6/10 = −0.2; DI = 0.4 / 0.6 = 2/3; DPD = 0.6 − 0.4; DPR = 2/3.
    CHECK_THAT(metric(analysis, "statistical_parity_difference"), WithinAbs(-0.2, kTolerance));
    CHECK_THAT(metric(analysis, "disparate_impact"), WithinAbs(2.0 / 3.0, kTolerance));
    CHECK_THAT(metric(analysis, "demographic_parity_difference"), WithinAbs(0.2, kTolerance));
    CHECK_THAT(metric(analysis, "demographic_parity_ratio"), WithinAbs(2.0 / 3.0, kTolerance));
    // A perfect "prediction": TPR 1 and FPR 0 in every group, so the odds metrics are 0.
    CHECK_THAT(valueOf(groupNamed(analysis, QStringLiteral("b")).tpr), WithinAbs(1.0, kTolerance));
    CHECK_THAT(valueOf(groupNamed(analysis, QStringLiteral("b")).fpr), WithinAbs(0.0, kTolerance));
    CHECK_THAT(metric(analysis, "equal_opportunity_difference"), WithinAbs(0.0, kTolerance));
    CHECK_THAT(metric(analysis, "equalized_odds_difference"), WithinAbs(0.0, kTolerance));
}

TEST_CASE("Rows missing the label, the prediction or the attribute are skipped and counted",
          "[stats][fairness]")
{
    // row:        0  1  2  3  4  5
    // group:      a  a  -  b  b  b      (row 2 missing)
    // label:      1  0  1  1  -  0      (row 4 missing)
    // prediction: 1  0  1  0  1  1
    // Used: rows 0 1 3 5. a: TP 1, TN 1. b: FN 1 (row 3), FP 1 (row 5).
    SampleTable table;
    table.rows = 6;
    SampleColumn group
        = categoricalColumn(QStringLiteral("group"),
                            {QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("b"),
                             QStringLiteral("b"), QStringLiteral("b")});
    group.missing = 1;
    group.missingRows = {2};
    SampleColumn label = numericColumn(QStringLiteral("label"), {1, 0, 1, 1, 0});
    label.missing = 1;
    label.missingRows = {4};
    table.columns.push_back(group);
    table.columns.push_back(label);
    table.columns.push_back(numericColumn(QStringLiteral("prediction"), {1, 0, 1, 0, 1, 1}));

    const auto analysis = analyzeFairness(table, optionsFor(QStringLiteral("a")));
    CHECK(analysis.rows == 4);
    CHECK(analysis.skippedRows == 2);
    const auto &a = groupNamed(analysis, QStringLiteral("a"));
    CHECK(a.count == 2);
    CHECK(a.truePositives == 1);
    CHECK(a.trueNegatives == 1);
    const auto &b = groupNamed(analysis, QStringLiteral("b"));
    CHECK(b.count == 2);
    CHECK(b.falseNegatives == 1);
    CHECK(b.falsePositives == 1);
    CHECK_THAT(metric(analysis, "statistical_parity_difference"), WithinAbs(0.0, kTolerance));
}

TEST_CASE("A comparison splits a numeric attribute into the privileged rows and the rest",
          "[stats][fairness]")
{
    // age:        18 22 25 25 30 40 65 70
    // favourable:  0  1  0  1  1  1  0  1   (dataset-level)
    SampleTable table;
    table.rows = 8;
    table.columns.push_back(numericColumn(QStringLiteral("age"), {18, 22, 25, 25, 30, 40, 65, 70}));
    table.columns.push_back(numericColumn(QStringLiteral("label"), {0, 1, 0, 1, 1, 1, 0, 1}));
    FairnessOptions options;
    options.labelColumn = QStringLiteral("label");
    options.predictionColumn = QStringLiteral("label");
    options.protectedColumn = QStringLiteral("age");

    SECTION("> 25 leaves 25 with the rest")
    {
        options.privileged = PrivilegedGroup::parse(QStringLiteral(">25"));
        const auto analysis = analyzeFairness(table, options);
        // Privileged 30 40 65 70: 3/4 favourable. Rest 18 22 25 25: 2/4.
        CHECK(analysis.report.groups.size() == 2u);
        CHECK(analysis.privilegedGroup.count == 4);
        CHECK(analysis.unprivilegedGroup.count == 4);
        CHECK(analysis.privilegedGroup.name == QStringLiteral("age > 25"));
        CHECK(analysis.unprivilegedGroup.name == QStringLiteral("age ≤ 25"));
        CHECK_THAT(metric(analysis, "statistical_parity_difference"),
                   WithinAbs(0.5 - 0.75, kTolerance));
        CHECK_THAT(metric(analysis, "disparate_impact"), WithinAbs(2.0 / 3.0, kTolerance));
    }
    SECTION(">= 25 takes both 25s into the privileged group")
    {
        options.privileged = PrivilegedGroup::parse(QStringLiteral(">=25"));
        const auto analysis = analyzeFairness(table, options);
        // Privileged 25 25 30 40 65 70: 4/6. Rest 18 22: 1/2. SPD = 1/2 − 2/3.
        CHECK(analysis.privilegedGroup.count == 6);
        CHECK_THAT(metric(analysis, "statistical_parity_difference"),
                   WithinAbs(0.5 - 2.0 / 3.0, kTolerance));
    }
    SECTION(">= 65 with a space after the operator")
    {
        options.privileged = PrivilegedGroup::parse(QStringLiteral(">= 65"));
        const auto analysis = analyzeFairness(table, options);
        // Privileged 65 70: 1/2. Rest: 18 22 25 25 30 40: 4/6. SPD = 2/3 − 1/2; DI = 4/3.
        CHECK(analysis.privilegedGroup.count == 2);
        CHECK_THAT(metric(analysis, "statistical_parity_difference"),
                   WithinAbs(2.0 / 3.0 - 0.5, kTolerance));
        CHECK_THAT(metric(analysis, "disparate_impact"), WithinAbs(4.0 / 3.0, kTolerance));
        CHECK_FALSE(hasFlagContaining(analysis, QStringLiteral("disparate_impact")));
    }
}

TEST_CASE("The favourable outcome can be a value other than 1", "[stats][fairness]")
{
    // credit "good" is favourable; "bad" is not. sex: male privileged.
    //   male:   good good good bad        → 3/4
    //   female: good bad  bad  bad  good  → 2/5 (prediction = label)
    SampleTable table;
    table.rows = 9;
    table.columns.push_back(categoricalColumn(
        QStringLiteral("sex"),
        {QStringLiteral("male"), QStringLiteral("male"), QStringLiteral("male"),
         QStringLiteral("male"), QStringLiteral("female"), QStringLiteral("female"),
         QStringLiteral("female"), QStringLiteral("female"), QStringLiteral("female")}));
    table.columns.push_back(
        categoricalColumn(QStringLiteral("credit"),
                          {QStringLiteral("good"), QStringLiteral("good"), QStringLiteral("good"),
                           QStringLiteral("bad"), QStringLiteral("good"), QStringLiteral("bad"),
                           QStringLiteral("bad"), QStringLiteral("bad"), QStringLiteral("good")}));
    FairnessOptions options;
    options.labelColumn = QStringLiteral("credit");
    options.predictionColumn = QStringLiteral("credit");
    options.protectedColumn = QStringLiteral("sex");
    options.privileged = PrivilegedGroup::parse(QStringLiteral("male"));
    options.favourable = QStringLiteral("good");

    const auto analysis = analyzeFairness(table, options);
    CHECK(analysis.report.favourableOutcome == QStringLiteral("good"));
    CHECK_THAT(valueOf(groupNamed(analysis, QStringLiteral("male")).selectionRate),
               WithinAbs(0.75, kTolerance));
    CHECK_THAT(valueOf(groupNamed(analysis, QStringLiteral("female")).selectionRate),
               WithinAbs(0.4, kTolerance));
    // SPD = 0.4 − 0.75; DI = 0.4 / 0.75 = 8/15.
    CHECK_THAT(metric(analysis, "statistical_parity_difference"), WithinAbs(-0.35, kTolerance));
    CHECK_THAT(metric(analysis, "disparate_impact"), WithinAbs(8.0 / 15.0, kTolerance));

    SECTION("and 'bad' as favourable turns the rates around")
    {
        options.favourable = QStringLiteral("bad");
        const auto reversed = analyzeFairness(table, options);
        // male 1/4, female 3/5 → SPD = 3/5 − 1/4 = 0.35; DI = 0.6 / 0.25 = 2.4.
        CHECK_THAT(metric(reversed, "statistical_parity_difference"), WithinAbs(0.35, kTolerance));
        CHECK_THAT(metric(reversed, "disparate_impact"), WithinAbs(2.4, kTolerance));
    }
}

TEST_CASE("Bootstrap intervals are reproducible with the same seed and contain the estimate",
          "[stats][fairness]")
{
    Rows rows = threeGroups();
    const Rows twice = threeGroups();
    for (std::size_t i = 0; i < twice.label.size(); ++i) { // 50 rows: the table twice
        rows.group << twice.group.at(static_cast<qsizetype>(i));
        rows.label.push_back(twice.label[i]);
        rows.prediction.push_back(twice.prediction[i]);
        rows.score.push_back(twice.score[i]);
    }
    auto options = optionsFor(QStringLiteral("a"));

    CHECK(analyzeFairness(tableOf(rows), options).intervals.empty()); // bootstrapSamples = 0

    options.bootstrapSamples = 300;
    options.bootstrapSeed = 42;
    const auto first = analyzeFairness(tableOf(rows), options);
    const auto second = analyzeFairness(tableOf(rows), options);

    REQUIRE_FALSE(first.intervals.empty());
    CHECK(first.report.intervalsJson == second.report.intervalsJson);
    CHECK(first.report.intervalsJson.contains(QStringLiteral("statistical_parity_difference")));
    REQUIRE(first.intervals.size() == second.intervals.size());
    for (const auto &[name, interval] : first.intervals) {
        INFO(name.toStdString());
        const auto other = second.intervals.find(name);
        REQUIRE(other != second.intervals.end());
        CHECK(interval.low == other->second.low); // bit-identical, not merely close
        CHECK(interval.high == other->second.high);
        CHECK(interval.low <= interval.high);
    }
    // The point estimates (the same as the 25-row table): SPD −1/3, DI 4/9, EOD −1/3, DPD 0.4.
    // Max-minus-min statistics (equalized odds) are biased upwards under resampling, so only
    // these are required to lie inside their percentile interval.
    for (const char *name : {"statistical_parity_difference", "disparate_impact",
                             "equal_opportunity_difference", "demographic_parity_difference"}) {
        INFO(name);
        const auto it = first.intervals.find(QString::fromLatin1(name));
        REQUIRE(it != first.intervals.end());
        const double point = metric(first, name);
        CHECK(it->second.low <= point);
        CHECK(point <= it->second.high);
    }
}

TEST_CASE("analyzeFairness rejects unusable requests with a message that says why",
          "[stats][fairness]")
{
    const auto table = tableOf(threeGroups());

    SECTION("a column that is not in the table")
    {
        auto options = optionsFor(QStringLiteral("a"));
        options.labelColumn = QStringLiteral("outcome");
        const auto error = errorOf([&] { analyzeFairness(table, options); });
        REQUIRE(error.has_value());
        CHECK(error->kind() == StatsErrorKind::Column);
        CHECK(error->message().contains(QStringLiteral("outcome")));
    }
    SECTION("a favourable value found in neither the label nor the prediction")
    {
        SampleTable text;
        text.rows = 4;
        text.columns.push_back(categoricalColumn(
            QStringLiteral("group"),
            {QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("b")}));
        text.columns.push_back(categoricalColumn(QStringLiteral("credit"),
                                                 {QStringLiteral("good"), QStringLiteral("bad"),
                                                  QStringLiteral("good"), QStringLiteral("bad")}));
        FairnessOptions options;
        options.labelColumn = QStringLiteral("credit");
        options.predictionColumn = QStringLiteral("credit");
        options.protectedColumn = QStringLiteral("group");
        options.privileged = PrivilegedGroup::parse(QStringLiteral("a"));
        options.favourable = QStringLiteral("approved");
        const auto error = errorOf([&] { analyzeFairness(text, options); });
        REQUIRE(error.has_value());
        INFO(error->message().toStdString());
        CHECK(error->kind() == StatsErrorKind::Column);
        CHECK(error->message().contains(QStringLiteral("approved")));
        CHECK(error->message().contains(QStringLiteral("good"))); // the values found
        CHECK(error->message().contains(QStringLiteral("bad")));
    }
    SECTION("a privileged group that matches no row")
    {
        const auto error
            = errorOf([&] { analyzeFairness(table, optionsFor(QStringLiteral("purple"))); });
        REQUIRE(error.has_value());
        INFO(error->message().toStdString());
        CHECK(error->kind() == StatsErrorKind::InvalidInput);
        CHECK(error->message().contains(QStringLiteral("purple")));
    }
    SECTION("a comparison asked of a categorical attribute")
    {
        const auto error
            = errorOf([&] { analyzeFairness(table, optionsFor(QStringLiteral(">25"))); });
        REQUIRE(error.has_value());
        CHECK(error->kind() == StatsErrorKind::InvalidInput);
    }
    SECTION("a score column that is not numeric")
    {
        auto options = optionsFor(QStringLiteral("a"));
        options.scoreColumn = QStringLiteral("group");
        const auto error = errorOf([&] { analyzeFairness(table, options); });
        REQUIRE(error.has_value());
        CHECK(error->kind() == StatsErrorKind::InvalidInput);
    }
    SECTION("no row with a label, a prediction and an attribute")
    {
        SampleTable empty;
        empty.rows = 2;
        SampleColumn group = categoricalColumn(QStringLiteral("group"), {});
        group.missing = 2;
        group.missingRows = {0, 1};
        empty.columns.push_back(group);
        empty.columns.push_back(numericColumn(QStringLiteral("label"), {1, 0}));
        empty.columns.push_back(numericColumn(QStringLiteral("prediction"), {1, 0}));
        const auto error
            = errorOf([&] { analyzeFairness(empty, optionsFor(QStringLiteral("a"))); });
        REQUIRE(error.has_value());
        CHECK(error->kind() == StatsErrorKind::InvalidInput);
    }
    SECTION("a comparison without a number")
    {
        const auto error = errorOf([] { PrivilegedGroup::parse(QStringLiteral(">=")); });
        REQUIRE(error.has_value());
        CHECK(error->kind() == StatsErrorKind::InvalidInput);
    }
}
