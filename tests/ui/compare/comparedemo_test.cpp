// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparedialogfixture.h"
#include "storage/evaluationrepository.h"
#include "uidemo.h"

#include <cmath>
#include <set>
#include <tuple>

using namespace Quorum;

namespace {

using MetricKey = std::tuple<QString, QString, QString>;

std::set<MetricKey> metricKeys(Database &db, qint64 versionId)
{
    std::set<MetricKey> keys;
    for (const Evaluation &e : EvaluationRepository(db).forVersion(versionId)) {
        keys.insert({e.metric, e.split, e.segment});
    }
    return keys;
}

} // namespace

TEST_CASE("Comparing a staging candidate of the demo opens against the version in production",
          "[ui][compare]")
{
    Test::UiDemo demo;
    const qint64 candidate
        = demo.versionId(QStringLiteral("intent-classifier"), QStringLiteral("2.0.0"));
    const qint64 production
        = demo.versionId(QStringLiteral("intent-classifier"), QStringLiteral("1.1.0"));
    Test::OpenCompareDialog open(demo.db(), candidate);

    CHECK(open.dialog->windowTitle()
          == QStringLiteral("Compare versions of Support intent classifier"));
    CHECK(open.candidate->currentText() == QStringLiteral("2.0.0 · Staging"));
    CHECK(open.baseline->currentText() == QStringLiteral("1.1.0 · Production"));
    // Every version of the model can be picked: 1.0.0, 1.1.0, 2.0.0.
    CHECK(open.baseline->count() == 3);
    CHECK(open.baselineNote->text()
          == QStringLiteral(
              "2.0.0 · Staging against 1.1.0 · Production, the version in production."));
    CHECK(open.summary->text().contains(QStringLiteral("beyond 1.0 % (tier ")));

    // One row per metric / split / segment of either version.
    std::set<MetricKey> expected = metricKeys(demo.db(), candidate);
    expected.merge(metricKeys(demo.db(), production));
    REQUIRE(open.metrics->model()->rowCount() == static_cast<int>(expected.size()));
    std::set<MetricKey> shown;
    for (int row = 0; row < open.metrics->model()->rowCount(); ++row) {
        auto cell = [&](int column) {
            return open.metrics->model()->index(row, column).data().toString();
        };
        shown.insert({cell(0), cell(1), cell(2)});
    }
    CHECK(shown == expected);
    // The release check's row first: accuracy on the test split over all rows.
    CHECK(open.metrics->model()->index(0, 0).data().toString() == QStringLiteral("accuracy"));
    CHECK(open.metrics->model()->index(0, 1).data().toString() == QStringLiteral("test"));

    // The model cards of both versions exist in the demo, so the card tab names revisions.
    CHECK(open.find<QLabel>("cardTableNote")
              ->text()
              .startsWith(QStringLiteral("Baseline card: revision")));
}

TEST_CASE("The regression verdict on the demo agrees with the numbers in the database",
          "[ui][compare]")
{
    Test::UiDemo demo;
    const qint64 candidate
        = demo.versionId(QStringLiteral("intent-classifier"), QStringLiteral("2.0.0"));
    const qint64 production
        = demo.versionId(QStringLiteral("intent-classifier"), QStringLiteral("1.1.0"));
    Test::OpenCompareDialog open(demo.db(), candidate);
    const EvaluationRepository evaluations(demo.db());
    const double before = *evaluations.latest(production, QStringLiteral("accuracy"));
    const double after = *evaluations.latest(candidate, QStringLiteral("accuracy"));
    // The release rule by hand: more than 1.0 % of the production accuracy lost.
    const bool regression = std::round((before - after) / before * 10000.0) / 100.0 > 1.0;
    const QString verdict = open.metrics->model()->index(0, 7).data().toString();
    CHECK(verdict.startsWith(QStringLiteral("Regression")) == regression);
}
