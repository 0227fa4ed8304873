// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's evidence: weekly drift monitoring with a visible episode, and fairness reports
// whose summaries follow from their per-group counts.
#include "demotestsupport.h"
#include "domain/driftobservation.h"
#include "storage/driftrepository.h"
#include "storage/fairnessrepository.h"
#include "storage/modelrepository.h"
#include "storage/releaserequestrepository.h"
#include "storage/versionrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Quorum;
using Catch::Approx;

namespace {

const QString kMonitoring = QStringLiteral("weekly drift monitoring (reference: training split)");

std::vector<double> numbers(const QJsonValue &value)
{
    std::vector<double> out;
    for (const QJsonValue &v : value.toArray()) {
        out.push_back(v.toDouble());
    }
    return out;
}

double psi(const std::vector<double> &expected, const std::vector<double> &actual)
{
    double sum = 0.0;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const double e = std::max(expected[i], 1e-4);
        const double a = std::max(actual[i], 1e-4);
        sum += (a - e) * std::log(a / e);
    }
    return sum;
}

void checkBins(const DriftObservation &o)
{
    const QJsonObject bins = QJsonDocument::fromJson(o.binsJson.toUtf8()).object();
    const std::vector<double> edges = numbers(bins.value(QStringLiteral("edges")));
    const std::vector<double> reference = numbers(bins.value(QStringLiteral("reference")));
    const std::vector<double> current = numbers(bins.value(QStringLiteral("current")));
    REQUIRE(edges.size() == 11);
    REQUIRE(reference.size() == 10);
    REQUIRE(current.size() == 10);
    CHECK(std::is_sorted(edges.begin(), edges.end()));
    CHECK(std::accumulate(reference.begin(), reference.end(), 0.0) == Approx(1.0));
    CHECK(std::accumulate(current.begin(), current.end(), 0.0) == Approx(1.0));
    CHECK(psi(reference, current) == Approx(o.value).margin(1e-4));
}

// The production versions with weekly monitoring.
std::vector<qint64> monitoredVersions(const Database &db)
{
    std::vector<qint64> ids;
    for (const QVariantList &row :
         Test::rows(db,
                    QStringLiteral("SELECT DISTINCT o.version_id FROM drift_observations o "
                                   "JOIN model_versions v ON v.id = o.version_id "
                                   "WHERE v.stage = 'production' AND o.source = ? "
                                   "ORDER BY o.version_id"),
                    {kMonitoring})) {
        ids.push_back(row.at(0).toLongLong());
    }
    return ids;
}

} // namespace

TEST_CASE("Monitored features have 52 contiguous weekly windows up to the Sunday before the "
          "demo date",
          "[models]")
{
    Database db = Test::openSharedDemo();
    DriftRepository drift(db);
    const QDate asOf = DemoOptions{}.asOf;
    const QDate lastSunday = asOf.addDays(-asOf.dayOfWeek());
    const std::vector<qint64> versions = monitoredVersions(db);
    CHECK(versions.size() == 5);
    int driftWindows = 0;
    for (qint64 versionId : versions) {
        const QStringList features = drift.features(versionId);
        CHECK(features.size() >= 4);
        CHECK(features.size() <= 6);
        CHECK(features.contains(QStringLiteral("prediction")));
        for (const QString &feature : features) {
            INFO(feature.toStdString());
            const std::vector<DriftObservation> series = drift.forVersion(versionId, feature);
            REQUIRE(series.size() == 52);
            CHECK(series.back().windowEnd == lastSunday);
            for (std::size_t i = 0; i < series.size(); ++i) {
                const DriftObservation &o = series[i];
                CHECK(o.windowStart.dayOfWeek() == Qt::Monday);
                CHECK(o.windowEnd == o.windowStart.addDays(6));
                if (i > 0) {
                    CHECK(o.windowStart == series[i - 1].windowEnd.addDays(1));
                }
                CHECK(o.statistic == QStringLiteral("psi"));
                CHECK(o.status == psiStatus(o.value, o.threshold)); // judged by the tier
                driftWindows += o.status == DriftStatus::Drift ? 1 : 0;
            }
            REQUIRE(!series.back().binsJson.isEmpty());
            checkBins(series.back());
        }
    }
    CHECK(driftWindows >= 1);
}

TEST_CASE("Drift thresholds follow the tier's monitoring policy", "[models]")
{
    Database db = Test::openSharedDemo();
    const auto fraud = ModelRepository(db).byName(QStringLiteral("fraud-detection"));
    REQUIRE(fraud);
    const auto production = VersionRepository(db).inProduction(fraud->id);
    REQUIRE(production);
    DriftRepository drift(db);
    for (const DriftObservation &o : drift.forVersion(production->id)) {
        const double expected = o.feature == QStringLiteral("prediction") ? 0.03 : 0.05;
        CHECK(o.threshold == Approx(expected));
    }
}

TEST_CASE("The fraud detector shows a drift episode that recovers after retraining", "[models]")
{
    Database db = Test::openSharedDemo();
    const auto fraud = ModelRepository(db).byName(QStringLiteral("fraud-detection"));
    REQUIRE(fraud);
    const auto production = VersionRepository(db).inProduction(fraud->id);
    REQUIRE(production);
    const std::vector<DriftObservation> series
        = DriftRepository(db).forVersion(production->id, QStringLiteral("transaction_amount"));
    REQUIRE(series.size() == 52);
    const auto peak
        = std::max_element(series.begin(), series.end(),
                           [](const auto &a, const auto &b) { return a.value < b.value; });
    const auto peakWeek = peak - series.begin();
    CHECK(peakWeek >= 34);
    CHECK(peakWeek <= 41);
    CHECK(peak->value > 0.25);
    CHECK(peak->status == DriftStatus::Drift);
    CHECK(!peak->binsJson.isEmpty());
    checkBins(*peak);
    CHECK(series.back().value < series.back().threshold);
}

TEST_CASE("Evaluation metrics are plausible and production windows span four weeks", "[models]")
{
    Database db = Test::openSharedDemo();
    const QStringList rates{
        QStringLiteral("accuracy"), QStringLiteral("precision"),    QStringLiteral("recall"),
        QStringLiteral("f1"),       QStringLiteral("roc_auc"),      QStringLiteral("pr_auc"),
        QStringLiteral("brier"),    QStringLiteral("recall_at_10"), QStringLiteral("wape")};
    const auto evaluations = Test::rows(
        db,
        QStringLiteral("SELECT metric, value, split, window_start, window_end FROM evaluations"));
    int production = 0;
    for (const QVariantList &e : evaluations) {
        const QString metric = e.at(0).toString();
        INFO(metric.toStdString());
        if (rates.contains(metric)) {
            CHECK(e.at(1).toDouble() > 0.0);
            CHECK(e.at(1).toDouble() < 1.0);
        } else if (metric.startsWith(QStringLiteral("latency"))) {
            CHECK(e.at(1).toDouble() > 0.0);
        }
        if (e.at(2).toString() == QStringLiteral("production")) {
            ++production;
            const QDateTime start = QDateTime::fromString(e.at(3).toString(), Qt::ISODate);
            const QDateTime end = QDateTime::fromString(e.at(4).toString(), Qt::ISODate);
            CHECK(start.daysTo(end) == 27);
        }
    }
    CHECK(production >= 5 * 13 * 2);
}

TEST_CASE("Fairness summaries agree with the per-group counts", "[models]")
{
    Database db = Test::openSharedDemo();
    FairnessRepository fairness(db);
    const auto versionIds = Test::rows(db,
                                       QStringLiteral("SELECT DISTINCT version_id FROM "
                                                      "fairness_reports"));
    CHECK(versionIds.size() >= 10);
    for (const QVariantList &row : versionIds) {
        for (const FairnessReport &r : fairness.forVersion(row.at(0).toLongLong())) {
            INFO(r.protectedAttribute.toStdString());
            double lo = 1.0, hi = 0.0, privileged = -1.0;
            qint64 unprivilegedSelected = 0, unprivilegedCount = 0;
            for (const FairnessGroup &g : r.groups) {
                const qint64 tp = *g.truePositives, fp = *g.falsePositives;
                const qint64 tn = *g.trueNegatives, fn = *g.falseNegatives;
                CHECK(g.count == tp + fp + tn + fn);
                CHECK(*g.selectionRate == Approx(double(tp + fp) / double(g.count)));
                CHECK(*g.tpr == Approx(double(tp) / double(tp + fn)));
                CHECK(*g.fpr == Approx(double(fp) / double(fp + tn)));
                CHECK(*g.precision == Approx(double(tp) / double(tp + fp)));
                CHECK(*g.accuracy == Approx(double(tp + tn) / double(g.count)));
                lo = std::min(lo, *g.selectionRate);
                hi = std::max(hi, *g.selectionRate);
                if (g.name == r.privilegedGroup) {
                    privileged = *g.selectionRate;
                } else {
                    unprivilegedSelected += tp + fp;
                    unprivilegedCount += g.count;
                }
            }
            REQUIRE(privileged > 0);
            REQUIRE(unprivilegedCount > 0);
            // AIF360: every unprivileged row pooled against the privileged group.
            const double pooled = double(unprivilegedSelected) / double(unprivilegedCount);
            CHECK(*r.demographicParityDifference == Approx(hi - lo));
            CHECK(*r.demographicParityRatio == Approx(lo / hi));
            CHECK(*r.disparateImpact == Approx(pooled / privileged));
            CHECK(*r.statisticalParityDifference == Approx(pooled - privileged));
            CHECK(r.flags.contains(QStringLiteral("disparate_impact < 0.8 (four-fifths rule)"))
                  == (pooled / privileged < 0.8));
            CHECK(r.flags.contains(
                      QStringLiteral("demographic_parity_ratio < 0.8 (four-fifths rule)"))
                  == (lo / hi < 0.8));
            const bool parity
                = r.flags.contains(QStringLiteral("demographic_parity_difference > 0.20"));
            CHECK(parity == (hi - lo > 0.20));
        }
    }
}

TEST_CASE("The credit-scoring candidate fails the bias threshold on age band", "[models]")
{
    Database db = Test::openSharedDemo();
    const auto credit = ModelRepository(db).byName(QStringLiteral("credit-scoring"));
    REQUIRE(credit);
    const auto candidate = VersionRepository(db).find(credit->id, {1, 0, 0});
    REQUIRE(candidate);
    CHECK(candidate->stage == Stage::Staging);
    const std::vector<FairnessReport> reports = FairnessRepository(db).forVersion(candidate->id);
    const auto age = std::find_if(reports.begin(), reports.end(), [](const FairnessReport &r) {
        return r.protectedAttribute == QStringLiteral("age_band");
    });
    REQUIRE(age != reports.end());
    CHECK(*age->demographicParityDifference == Approx(0.26).margin(0.01));
    // 18–24 is selected far less than 25–39: Fairlearn's min/max ratio crosses the four-fifths
    // line, while AIF360's pooled disparate impact (all other bands together) stays above it.
    CHECK(*age->demographicParityRatio < 0.8);
    CHECK(*age->disparateImpact > 0.8);
    CHECK(age->flags
          == QStringList{QStringLiteral("demographic_parity_ratio < 0.8 (four-fifths rule)"),
                         QStringLiteral("demographic_parity_difference > 0.20")});
}
