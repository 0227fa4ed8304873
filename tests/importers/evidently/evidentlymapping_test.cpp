// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/mapping/evidentlymapping.h"
#include "testfiles.h"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>

using namespace Quorum;
using Test::importErrorOf;
using Test::text;

namespace {

const VersionKey kKey{QStringLiteral("credit-scoring"), QStringLiteral("2.1.0")};

const DriftObservation &featureNamed(const ImportBatch &batch, const QString &feature)
{
    const auto it = std::find_if(batch.drift.begin(), batch.drift.end(),
                                 [&](const auto &item) { return item.item.feature == feature; });
    REQUIRE(it != batch.drift.end());
    return it->item;
}

EvidentlyReport parsed(const QByteArray &bytes, const QString &file)
{
    return parseEvidentlyReport(bytes, file, {});
}

} // namespace

TEST_CASE("The real report maps to 15 drift observations dated on the report's day",
          "[importers][evidently]")
{
    const QString file = QStringLiteral("DrHazza_data_drift_report.json");
    const ImportBatch batch = mapEvidentlyReport(
        parsed(Test::sharedData(QStringLiteral("drift/") + file), file), kKey, {}, file);
    CHECK(batch.kind == u"evidently");
    CHECK(batch.source == file);
    REQUIRE(batch.drift.size() == 15);
    CHECK(batch.warnings.isEmpty());
    const auto drifted = std::count_if(batch.drift.begin(), batch.drift.end(), [](const auto &d) {
        return d.item.status == DriftStatus::Drift;
    });
    CHECK(drifted == 6);
    for (const auto &item : batch.drift) {
        CHECK(item.key == kKey);
        // "timestamp": "2023-06-20 13:44:33.796153": a window of that one day.
        CHECK(item.item.windowStart == QDate(2023, 6, 20));
        CHECK(item.item.windowEnd == QDate(2023, 6, 20));
        CHECK(item.item.recordedAt.timeSpec() == Qt::UTC);
    }
    // K-S: a p-value test, stored as value and p_value.
    const DriftObservation &age = featureNamed(batch, QStringLiteral("age"));
    CHECK(age.statistic == u"ks");
    CHECK(age.value == 2.704668436775831e-60);
    CHECK(age.pValue == 2.704668436775831e-60);
    CHECK(age.threshold == 0.2);
    CHECK(age.status == DriftStatus::Drift);
    CHECK(age.source
          == u"evidently:DrHazza_data_drift_report.json#metrics[1].result.drift_by_columns.age");
    const DriftObservation &capitalLoss = featureNamed(batch, QStringLiteral("capital-loss"));
    CHECK(capitalLoss.pValue == 0.3463622711913329);
    CHECK(capitalLoss.status == DriftStatus::Stable);
    // PSI: a distance, no p-value.
    const DriftObservation &education = featureNamed(batch, QStringLiteral("education"));
    CHECK(education.statistic == u"psi");
    CHECK(education.value == 15.016729259060078);
    CHECK_FALSE(education.pValue.has_value());
    CHECK(education.status == DriftStatus::Drift);
    const DriftObservation &occupation = featureNamed(batch, QStringLiteral("occupation"));
    CHECK(occupation.value == 0.19182922339975303); // just under the 0.2 threshold
    CHECK(occupation.status == DriftStatus::Stable);
    CHECK(featureNamed(batch, QStringLiteral("sex")).binsJson.contains(u"\"labels\""));
}

TEST_CASE("A given drift window is used; one end makes a one-day window", "[importers][evidently]")
{
    const QString file = QStringLiteral("legacy_as_dict.json");
    const EvidentlyReport report = parsed(Test::evidentlyTestData(file), file);
    const DriftWindowDates june{QDate(2024, 6, 1), QDate(2024, 6, 30)};
    for (const auto &item : mapEvidentlyReport(report, kKey, june, file).drift) {
        CHECK(item.item.windowStart == QDate(2024, 6, 1));
        CHECK(item.item.windowEnd == QDate(2024, 6, 30));
    }
    const ImportBatch oneDay = mapEvidentlyReport(report, kKey, {{}, QDate(2024, 6, 30)}, file);
    CHECK(oneDay.drift.front().item.windowStart == QDate(2024, 6, 30));
    // as_dict() writes no timestamp: the default window is today (UTC).
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const ImportBatch undated = mapEvidentlyReport(report, kKey, {}, file);
    CHECK(undated.drift.front().item.windowEnd >= today.addDays(-1));
    CHECK(undated.drift.front().item.windowEnd <= today);
    const ImportError e = importErrorOf([&] {
        mapEvidentlyReport(report, kKey, {QDate(2024, 6, 30), QDate(2024, 6, 1)}, file);
    });
    CHECK(e.kind() == ImportErrorKind::Target);
    CHECK(text(e.problem()) == "the drift window ends (2024-06-01) before it starts (2024-06-30)");
}

TEST_CASE("FORMAT.md's example maps Evidently's verdicts: Z-test stable, chi-square drifted",
          "[importers][evidently]")
{
    const QString file = QStringLiteral("legacy_as_dict.json");
    const ImportBatch batch
        = mapEvidentlyReport(parsed(Test::evidentlyTestData(file), file), kKey, {}, file);
    REQUIRE(batch.drift.size() == 3);
    const DriftObservation &category = featureNamed(batch, QStringLiteral("category_feature"));
    CHECK(category.statistic == u"z");
    CHECK(category.value == 1.0);
    CHECK(category.pValue == 1.0);
    CHECK(category.threshold == 0.7);
    CHECK(category.status == DriftStatus::Stable);
    const DriftObservation &target = featureNamed(batch, QStringLiteral("target"));
    CHECK(target.statistic == u"chi2");
    CHECK(target.pValue == 0.0);
    CHECK(target.status == DriftStatus::Drift);
}

TEST_CASE("0.7 drift is judged by direction: p-values below, distances at or above",
          "[importers][evidently]")
{
    const QString file = QStringLiteral("snapshot_07.json");
    const ImportBatch batch
        = mapEvidentlyReport(parsed(Test::evidentlyTestData(file), file), kKey, {}, file);
    REQUIRE(batch.drift.size() == 4); // "comment" skipped
    // K-S p-value 0.0123 < 0.05: drift.
    const DriftObservation &age = featureNamed(batch, QStringLiteral("age"));
    CHECK(age.status == DriftStatus::Drift);
    CHECK(age.pValue == 0.0123);
    CHECK(age.source == u"evidently:snapshot_07.json#metrics[1]");
    // PSI 0.25 ≥ 0.1: drift.
    CHECK(featureNamed(batch, QStringLiteral("education")).status == DriftStatus::Drift);
    // Wasserstein 0.04 < 0.1: stable.
    const DriftObservation &hours = featureNamed(batch, QStringLiteral("hours-per-week"));
    CHECK(hours.status == DriftStatus::Stable);
    CHECK_FALSE(hours.pValue.has_value());
    // Jensen-Shannon exactly at its threshold 0.1: drift.
    CHECK(featureNamed(batch, QStringLiteral("sex")).status == DriftStatus::Drift);
    REQUIRE(batch.warnings.size() == 2);
    CHECK(text(batch.warnings.at(0))
          == "metrics[5]: column \"comment\": the drift method \"Percentile text content "
             "drift\" is not one Quorum stores; skipped");
    CHECK(text(batch.warnings.at(1))
          == "not drift metrics, not imported: MissingValueCount(column=age)");
}

TEST_CASE("Evidently's verdict wins over the direction when it gives one", "[importers][evidently]")
{
    const QByteArray json = R"({"metrics": [{"metric": "ColumnDriftMetric", "result": {
        "column_name": "prediction", "column_type": "num", "stattest_name": "K-S p_value",
        "stattest_threshold": 0.05, "drift_score": 0.5, "drift_detected": true}}]})";
    const ImportBatch batch = mapEvidentlyReport(parsed(json, QStringLiteral("v.json")), kKey, {},
                                                 QStringLiteral("v.json"));
    REQUIRE(batch.drift.size() == 1);
    CHECK(batch.drift.front().item.status == DriftStatus::Drift);
}

TEST_CASE("A p-value test whose score is not a p-value is refused", "[importers][evidently]")
{
    const QByteArray json = R"({"metrics": [{"metric": "ColumnDriftMetric", "result": {
        "column_name": "age", "column_type": "num", "stattest_name": "K-S p_value",
        "stattest_threshold": 0.05, "drift_score": 1.5, "drift_detected": false}}]})";
    const EvidentlyReport report = parsed(json, QStringLiteral("p.json"));
    const ImportError e
        = importErrorOf([&] { mapEvidentlyReport(report, kKey, {}, QStringLiteral("p.json")); });
    CHECK(e.kind() == ImportErrorKind::Invalid);
    CHECK(text(e.message())
          == "p.json: metrics[0].result: the K-S p_value drift score 1.5 is not a p-value; "
             "expected a number from 0 to 1");
}
