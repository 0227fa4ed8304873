// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/distributionoverlay.h"
#include "importers/evidently/evidentlyreport.h"
#include "testfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <algorithm>

using namespace Quorum;
using Catch::Approx;

namespace {

const EvidentlyColumnDrift &columnNamed(const EvidentlyReport &report, const QString &name)
{
    const auto it = std::find_if(report.columns.begin(), report.columns.end(),
                                 [&name](const auto &c) { return c.column == name; });
    REQUIRE(it != report.columns.end());
    return *it;
}

QJsonObject binsOf(const EvidentlyColumnDrift &column)
{
    return QJsonDocument::fromJson(column.binsJson.toUtf8()).object();
}

EvidentlyReport drHazza()
{
    return parseEvidentlyReport(Test::sharedData(QStringLiteral("drift/"
                                                                "DrHazza_data_drift_report.json")),
                                QStringLiteral("DrHazza_data_drift_report.json"), {});
}

} // namespace

TEST_CASE("The real Evidently 0.3.3 report gives its 15 columns with the file's scores",
          "[importers][evidently]")
{
    const EvidentlyReport report = drHazza();
    CHECK(report.format == EvidentlyFormat::Legacy);
    CHECK(report.evidentlyVersion == u"0.3.3");
    // "timestamp": "2023-06-20 13:44:33.796153", no zone: UTC, microseconds cut to ms.
    CHECK(report.timestamp == QDateTime(QDate(2023, 6, 20), QTime(13, 44, 33, 796), Qt::UTC));
    REQUIRE(report.columns.size() == 15);
    CHECK(report.columns.front().column == u"age"); // sorted by name
    CHECK(report.columns.back().column == u"workclass");
    // DatasetDriftMetric: share_of_drifted_columns 0.4, dataset_drift false.
    CHECK(report.shareOfDriftedColumns == 0.4);
    CHECK(report.datasetDrift == false);
    CHECK(report.ignoredMetrics.isEmpty());

    const auto &age = columnNamed(report, QStringLiteral("age"));
    CHECK(age.stattestName == u"K-S p_value");
    CHECK(age.statistic == u"ks");
    CHECK(age.pValueTest);
    CHECK(age.columnType == u"num");
    CHECK(age.score == 2.704668436775831e-60);
    CHECK(age.threshold == 0.2);
    CHECK(age.detected == true);
    CHECK(age.keyPath == u"metrics[1].result.drift_by_columns.age");

    const auto &capitalLoss = columnNamed(report, QStringLiteral("capital-loss"));
    CHECK(capitalLoss.score == 0.3463622711913329);
    CHECK(capitalLoss.detected == false);

    const auto &education = columnNamed(report, QStringLiteral("education"));
    CHECK(education.stattestName == u"PSI");
    CHECK(education.statistic == u"psi");
    CHECK_FALSE(education.pValueTest);
    CHECK(education.score == 15.016729259060078);
    CHECK(education.detected == true);

    // The file says number_of_drifted_columns 6: age, capital-gain, education-num, fnlwgt,
    // hours-per-week (K-S) and education (PSI).
    const auto drifted = std::count_if(report.columns.begin(), report.columns.end(),
                                       [](const auto &c) { return c.detected == true; });
    CHECK(drifted == 6);
    const auto psi = std::count_if(report.columns.begin(), report.columns.end(),
                                   [](const auto &c) { return c.statistic == u"psi"; });
    CHECK(psi == 9); // the nine "cat" columns, cat_stattest='psi'
}

TEST_CASE("Categorical columns of the real report keep their category counts as bins",
          "[importers][evidently]")
{
    const EvidentlyReport report = drHazza();
    // sex: reference x ["Female","Male"] y [4440, 9715]; current y [11752, 22935].
    const QJsonObject sex = binsOf(columnNamed(report, QStringLiteral("sex")));
    CHECK(sex.value(QStringLiteral("labels")).toArray()
          == QJsonArray{QStringLiteral("Female"), QStringLiteral("Male")});
    CHECK(sex.value(QStringLiteral("reference")).toArray() == QJsonArray{4440, 9715});
    CHECK(sex.value(QStringLiteral("current")).toArray() == QJsonArray{11752, 22935});
    // The drift charts read them as shares: 4440 / (4440 + 9715) = 0.313670…
    const auto overlay
        = parseDistributionOverlay(columnNamed(report, QStringLiteral("sex")).binsJson);
    REQUIRE(overlay);
    CHECK(overlay->labels == QStringList{QStringLiteral("Female"), QStringLiteral("Male")});
    CHECK(overlay->reference.at(0) == Approx(4440.0 / 14155.0));
    CHECK(overlay->current.at(1) == Approx(22935.0 / 34687.0));
    CHECK(binsOf(columnNamed(report, QStringLiteral("native-country")))
              .value(QStringLiteral("labels"))
              .toArray()
              .size()
          == 41);
}

TEST_CASE("Numeric columns get bins only when both histograms share their edges",
          "[importers][evidently]")
{
    const EvidentlyReport report = drHazza();
    // age: both sides have the edges 17.0, 24.3, …, 90.0; y are densities, so the first
    // reference share is 0.02104876054252575 × (24.3 − 17.0) = 0.15365595196… (the ten
    // shares sum to 1).
    const QJsonObject age = binsOf(columnNamed(report, QStringLiteral("age")));
    const QJsonArray edges = age.value(QStringLiteral("edges")).toArray();
    REQUIRE(edges.size() == 11);
    CHECK(edges.first().toDouble() == 17.0);
    CHECK(edges.last().toDouble() == 90.0);
    const QJsonArray reference = age.value(QStringLiteral("reference")).toArray();
    REQUIRE(reference.size() == 10);
    CHECK(reference.first().toDouble() == Approx(0.02104876054252575 * 7.3).epsilon(1e-9));
    double total = 0.0;
    for (const QJsonValue &share : reference) {
        total += share.toDouble();
    }
    CHECK(total == Approx(1.0).epsilon(1e-12));
    // The drift charts read them: ten bins labelled from the edges.
    const auto overlay
        = parseDistributionOverlay(columnNamed(report, QStringLiteral("age")).binsJson);
    REQUIRE(overlay);
    CHECK(overlay->binCount() == 10);
    // capital-loss: reference edges 0, 390, …; current 0, 435.6, …: no common bins.
    CHECK(columnNamed(report, QStringLiteral("capital-loss")).binsJson.isEmpty());
}

TEST_CASE("FORMAT.md's tiny exact example reads as written, without version or timestamp",
          "[importers][evidently]")
{
    const EvidentlyReport report
        = parseEvidentlyReport(Test::evidentlyTestData(QStringLiteral("legacy_as_dict.json")),
                               QStringLiteral("legacy_as_dict.json"), {});
    CHECK(report.format == EvidentlyFormat::Legacy);
    CHECK(report.evidentlyVersion.isEmpty());
    CHECK_FALSE(report.timestamp.isValid());
    REQUIRE(report.columns.size() == 3);
    const auto &category = columnNamed(report, QStringLiteral("category_feature"));
    CHECK(category.statistic == u"z");
    CHECK(category.pValueTest);
    CHECK(category.score == 1.0);
    CHECK(category.threshold == 0.7);
    CHECK(category.detected == false);
    const auto &target = columnNamed(report, QStringLiteral("target"));
    CHECK(target.stattestName == u"chi-square p_value");
    CHECK(target.statistic == u"chi2");
    CHECK(target.score == 0.0);
    CHECK(target.detected == true);
    // Numbers as category labels become text labels.
    CHECK(binsOf(target).value(QStringLiteral("labels")).toArray()
          == QJsonArray{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                        QStringLiteral("4"), QStringLiteral("5")});
    CHECK(report.shareOfDriftedColumns.value() == Approx(1.0 / 3.0));
    CHECK(report.datasetDrift == false);
}

TEST_CASE("An Evidently 0.7 snapshot gives its ValueDrift columns with method and threshold",
          "[importers][evidently]")
{
    const EvidentlyReport report
        = parseEvidentlyReport(Test::evidentlyTestData(QStringLiteral("snapshot_07.json")),
                               QStringLiteral("snapshot_07.json"), {});
    CHECK(report.format == EvidentlyFormat::Snapshot);
    REQUIRE(report.columns.size() == 5);
    const auto &age = columnNamed(report, QStringLiteral("age"));
    CHECK(age.stattestName == u"K-S p_value");
    CHECK(age.statistic == u"ks");
    CHECK(age.pValueTest);
    CHECK(age.score == 0.0123);
    CHECK(age.threshold == 0.05);
    CHECK_FALSE(age.detected.has_value()); // 0.7 writes no verdict
    CHECK(age.keyPath == u"metrics[1]");
    const auto &education = columnNamed(report, QStringLiteral("education"));
    CHECK(education.statistic == u"psi");
    CHECK(education.score == 0.25);
    CHECK(education.threshold == 0.1);
    // Written as metric_name, with parentheses in the method's name.
    const auto &hours = columnNamed(report, QStringLiteral("hours-per-week"));
    CHECK(hours.stattestName == u"Wasserstein distance (normed)");
    CHECK(hours.statistic == u"wasserstein");
    CHECK(hours.threshold == 0.1);
    CHECK(columnNamed(report, QStringLiteral("sex")).statistic == u"js");
    // A text-drift method Quorum does not store: kept, with no statistic key.
    CHECK(columnNamed(report, QStringLiteral("comment")).statistic.isEmpty());
    CHECK(report.shareOfDriftedColumns == 0.6);
    CHECK(report.ignoredMetrics == QStringList{QStringLiteral("MissingValueCount(column=age)")});
}

TEST_CASE("Report timestamps are read in Python's and ISO 8601's forms", "[importers][evidently]")
{
    const auto at = [](const char *timestamp) {
        const QByteArray json = QByteArray(R"({"timestamp": ")") + timestamp
            + R"(", "metrics": [{"metric": "ColumnDriftMetric", "result": {"column_name": "x",
               "column_type": "num", "stattest_name": "PSI", "stattest_threshold": 0.1,
               "drift_score": 0.3, "drift_detected": true}}]})";
        return parseEvidentlyReport(json, QStringLiteral("t.json"), {}).timestamp;
    };
    CHECK(at("2023-06-20 13:44:33") == QDateTime(QDate(2023, 6, 20), QTime(13, 44, 33), Qt::UTC));
    CHECK(at("2023-06-20 13:44:33.5")
          == QDateTime(QDate(2023, 6, 20), QTime(13, 44, 33, 500), Qt::UTC));
    CHECK(at("2023-06-20T13:44:33.123456789Z")
          == QDateTime(QDate(2023, 6, 20), QTime(13, 44, 33, 123), Qt::UTC));
    // 01:30 at +02:00 is 23:30 UTC of the day before.
    CHECK(at("2023-06-20T01:30:00+02:00") == QDateTime(QDate(2023, 6, 19), QTime(23, 30), Qt::UTC));
}

TEST_CASE("Stattests are found by display name or id in any case", "[importers][evidently]")
{
    CHECK(evidentlyStattest(QStringLiteral("K-S p_value")).statistic == u"ks");
    CHECK(evidentlyStattest(QStringLiteral("ks")).pValueTest);
    CHECK(evidentlyStattest(QStringLiteral("CHISQUARE")).statistic == u"chi2");
    CHECK(evidentlyStattest(QStringLiteral("Z-test p_value")).statistic == u"z");
    CHECK(evidentlyStattest(QStringLiteral("jensenshannon")).statistic == u"js");
    CHECK(evidentlyStattest(QStringLiteral("Kullback-Leibler divergence")).statistic == u"kl");
    CHECK_FALSE(evidentlyStattest(QStringLiteral("kl_div")).pValueTest);
    CHECK(evidentlyStattest(QStringLiteral("psi")).statistic == u"psi");
    CHECK(evidentlyStattest(QStringLiteral("Hellinger distance (normed)")).statistic
          == u"hellinger");
    CHECK(evidentlyStattest(QStringLiteral("Energy-distance")).statistic == u"energy");
    CHECK(evidentlyStattest(QStringLiteral("ed")).statistic == u"energy");
    CHECK(evidentlyStattest(QStringLiteral("TVD")).statistic == u"tvd");
    CHECK(evidentlyStattest(QStringLiteral("Total-Variation-Distance")).pValueTest);
    CHECK(evidentlyStattest(QStringLiteral("Anderson-Darling")).statistic == u"anderson");
    CHECK(evidentlyStattest(QStringLiteral("cramer_von_mises")).statistic == u"cramer_von_mises");
    CHECK(evidentlyStattest(QStringLiteral("Fisher's Exact test")).statistic == u"fisher_exact");
    CHECK(evidentlyStattest(QStringLiteral("g_test")).statistic == u"g_test");
    CHECK(evidentlyStattest(QStringLiteral("mannw")).statistic == u"mann_whitney");
    CHECK(evidentlyStattest(QStringLiteral("Epps-Singleton")).statistic == u"epps_singleton");
    CHECK(evidentlyStattest(QStringLiteral("t_test")).statistic == u"t_test");
    CHECK(evidentlyStattest(QStringLiteral("empirical_mmd")).statistic == u"mmd");
    const EvidentlyStattest unknown = evidentlyStattest(QStringLiteral("my test p_value"));
    CHECK(unknown.statistic.isEmpty());
    CHECK(unknown.pValueTest);
    CHECK(evidentlyStattest(QStringLiteral("Percentile text content drift")).statistic.isEmpty());
}
