// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/distributionchartview.h"
#include "charts/driftchartview.h"
#include "charts/lttb.h"
#include "drift/driftarea.h"
#include "drift/driftfeaturemodel.h"
#include "storage/driftrepository.h"
#include "storage/modelrepository.h"
#include "storage/versionrepository.h"
#include "storage/writetransaction.h"
#include "tempdatabase.h"
#include "uidemo.h"
#include "uitestdata.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QValueAxis>

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <cmath>

using namespace Quorum;

namespace {

constexpr int kTimeoutMs = 20000;

template<typename Series>
Series *seriesNamed(const QChartView *view, const QString &name)
{
    for (QAbstractSeries *s : view->chart()->series()) {
        if (s->objectName() == name) {
            return qobject_cast<Series *>(s);
        }
    }
    return nullptr;
}

struct DriftAreaFixture
{
    explicit DriftAreaFixture(std::function<const Database *()> source)
    {
        area.setDatabaseSource(std::move(source));
        area.resize(1400, 850);
        area.show();
        REQUIRE(QTest::qWaitForWindowExposed(&area));
        QSignalSpy loaded(&area, &Ui::DriftArea::loaded);
        area.reload();
        CHECK(area.isBusy()); // the read runs on a worker; the GUI goes on
        REQUIRE(loaded.wait(kTimeoutMs));
        CHECK_FALSE(area.isBusy());
        table = area.findChild<QTableView *>(QStringLiteral("driftFeatures"));
        chart = area.findChild<Ui::DriftChartView *>(QStringLiteral("driftChart"));
        overlay = area.findChild<Ui::DistributionChartView *>(QStringLiteral("distributionChart"));
        windows = area.findChild<QComboBox *>(QStringLiteral("overlayWindow"));
        REQUIRE(table);
        REQUIRE(chart);
        REQUIRE(overlay);
        REQUIRE(windows);
    }

    /// The text of @p column in the row of @p feature.
    QString cell(const QString &feature, int column) const
    {
        const QAbstractItemModel *model = table->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, Ui::DriftFeatureModel::FeatureColumn).data() == feature) {
                return model->index(row, column).data().toString();
            }
        }
        return {};
    }

    Ui::DriftArea area;
    QTableView *table = nullptr;
    Ui::DriftChartView *chart = nullptr;
    Ui::DistributionChartView *overlay = nullptr;
    QComboBox *windows = nullptr;
};

struct DemoDrift
    : Test::UiDemo
    , DriftAreaFixture
{
    DemoDrift()
        : DriftAreaFixture(source())
    {}
};

} // namespace

TEST_CASE_METHOD(DemoDrift,
                 "The drift area opens on the fraud detector in production with its drift "
                 "episode visible",
                 "[ui]")
{
    auto *model = area.findChild<QComboBox *>(QStringLiteral("modelChooser"));
    auto *version = area.findChild<QComboBox *>(QStringLiteral("versionChooser"));
    CHECK(model->currentText() == QStringLiteral("Card fraud detector · Tier 1"));
    CHECK(version->currentText() == QStringLiteral("2.1.0 · Production"));
    CHECK(table->model()->rowCount() == 6);

    // The episode's feature is stable now but drifted during the period.
    using Column = Ui::DriftFeatureModel::Column;
    const QString feature = QStringLiteral("transaction_amount");
    CHECK(cell(feature, Column::StatusColumn) == QStringLiteral("Stable"));
    // The stored weeks at or above the tier's 0.05 are the episode: several, ending in summer.
    const auto stored = DriftRepository(db()).forVersion(
        versionId(QStringLiteral("fraud-detection"), QStringLiteral("2.1.0")), feature);
    const auto drifted = std::count_if(
        stored.begin(), stored.end(), [](const auto &o) { return o.status == DriftStatus::Drift; });
    const auto last = std::find_if(stored.rbegin(), stored.rend(),
                                   [](const auto &o) { return o.status == DriftStatus::Drift; });
    REQUIRE(drifted >= 3);
    REQUIRE(last != stored.rend());
    CHECK(last->windowEnd.month() >= 7);
    CHECK(last->windowEnd.month() <= 9);
    CHECK(cell(feature, Column::PeriodColumn) == QStringLiteral("Drift in %1 of 52").arg(drifted));
    CHECK(cell(feature, Column::LastDriftColumn)
          == QLocale().toString(last->windowEnd, QStringLiteral("d MMM yyyy")));
    CHECK(cell(feature, Column::ThresholdColumn) == QStringLiteral("≥ 0.0500"));
    CHECK(cell(QStringLiteral("card_age_days"), Column::PeriodColumn)
              .startsWith(QStringLiteral("Stable")));
}

TEST_CASE_METHOD(DemoDrift,
                 "The chart shows every weekly window, the tier threshold as a line and the drift "
                 "weeks marked",
                 "[ui]")
{
    REQUIRE(area.selectFeature(QStringLiteral("transaction_amount")));
    const qint64 id = versionId(QStringLiteral("fraud-detection"), QStringLiteral("2.1.0"));
    const auto stored = DriftRepository(db()).forVersion(id, QStringLiteral("transaction_amount"));
    REQUIRE(stored.size() == 52);

    auto *values = seriesNamed<QLineSeries>(chart, QStringLiteral("values"));
    REQUIRE(values);
    CHECK(values->count() == 52);
    CHECK(values->at(51).y() == stored.back().value);

    auto *threshold = seriesNamed<QLineSeries>(chart, QStringLiteral("threshold"));
    REQUIRE(threshold);
    REQUIRE(threshold->count() == 2);
    CHECK(threshold->at(0).y() == 0.05); // tier 1: data drift PSI > 0.05
    CHECK(threshold->at(1).y() == 0.05);
    CHECK(threshold->at(0).x() < values->at(0).x());
    CHECK(threshold->at(1).x() > values->at(51).x());
    CHECK(threshold->name() == QStringLiteral("Threshold 0.0500 (drift at or above)"));

    auto *drift = seriesNamed<QScatterSeries>(chart, QStringLiteral("driftWindows"));
    REQUIRE(drift);
    // One marker per stored drift or warning week, at its value.
    std::vector<const DriftObservation *> driftWeeks;
    std::vector<const DriftObservation *> warningWeeks;
    for (const auto &o : stored) {
        if (o.status == DriftStatus::Drift) {
            driftWeeks.push_back(&o);
        } else if (o.status == DriftStatus::Warning) {
            warningWeeks.push_back(&o);
        }
    }
    REQUIRE(driftWeeks.size() >= 3);
    REQUIRE(drift->count() == qsizetype(driftWeeks.size()));
    CHECK(drift->at(0).x() == double(driftWindowX(driftWeeks.front()->windowEnd)));
    CHECK(drift->at(drift->count() - 1).y() == driftWeeks.back()->value);
    for (int i = 0; i < drift->count(); ++i) {
        CHECK(drift->at(i).y() >= 0.05); // every marked week is at or above the threshold
    }
    CHECK(seriesNamed<QScatterSeries>(chart, QStringLiteral("warningWindows"))->count()
          == qsizetype(warningWeeks.size()));

    const auto *axis = qobject_cast<QValueAxis *>(chart->chart()->axes(Qt::Vertical).first());
    CHECK(axis->titleText() == QStringLiteral("PSI"));
    CHECK(axis->max() >= 0.285);
    const auto peak = std::find_if(stored.begin(), stored.end(), [](const DriftObservation &o) {
        return o.windowEnd == QDate(2026, 8, 23);
    });
    REQUIRE(peak != stored.end());
    const QString tip = chart->describeWindow(std::size_t(peak - stored.begin()));
    CHECK(tip.contains(QStringLiteral("Status: Drift")));
    CHECK(tip.contains(QStringLiteral("PSI 0.2850")));
}

TEST_CASE_METHOD(DemoDrift, "Choosing a week fills the reference-versus-current overlay", "[ui]")
{
    REQUIRE(area.selectFeature(QStringLiteral("transaction_amount")));
    auto *bars = qobject_cast<QBarSeries *>(overlay->chart()->series().first());
    REQUIRE(bars);
    REQUIRE(bars->count() == 2);
    QBarSet *reference = bars->barSets().at(0);
    QBarSet *current = bars->barSets().at(1);
    CHECK(reference->label() == QStringLiteral("Reference"));
    CHECK(current->label() == QStringLiteral("Current window"));

    // It opens on the most drifted window with stored distributions: the episode's peak.
    CHECK(windows->currentText().startsWith(QStringLiteral("17 Aug – 23 Aug 2026")));
    CHECK(reference->count() == 10);
    CHECK(current->count() == 10);
    CHECK(reference->at(0) == Catch::Approx(10.0));
    CHECK(overlay->overlay().labels.first() == QStringLiteral("0–16"));
    auto *chosen = seriesNamed<QScatterSeries>(chart, QStringLiteral("chosenWindow"));
    CHECK(chosen->at(0).x() == double(driftWindowX(QDate(2026, 8, 23))));

    // Clicking the week before in the chart shows that week.
    const QPointF point(double(driftWindowX(QDate(2026, 8, 16))), 0.261);
    auto *values = seriesNamed<QLineSeries>(chart, QStringLiteral("values"));
    const QPoint at = chart->mapFromScene(chart->chart()->mapToPosition(point, values));
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, at);
    CHECK(windows->currentText().startsWith(QStringLiteral("10 Aug – 16 Aug 2026")));
    CHECK(chosen->at(0).x() == point.x());
    CHECK(current->count() == 10);

    // Ctrl+Shift+Left steps to the next older window that has distributions.
    QTest::keyClick(&area, Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(windows->currentText().startsWith(QStringLiteral("3 Aug – 9 Aug 2026")));

    // A week without stored distributions says so and shows no bars.
    const QPointF quiet(double(driftWindowX(QDate(2026, 6, 21))), 0.0157);
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {},
                      chart->mapFromScene(chart->chart()->mapToPosition(quiet, values)));
    CHECK(area.findChild<QLabel *>(QStringLiteral("overlayNote"))
              ->text()
              .startsWith(QStringLiteral("No distributions were stored for 15 Jun – 21 Jun 2026")));
    CHECK(current->count() == 0);
}

namespace {

/// A database whose fraud detector 1.1.0 has a KS test per window, the last one drifting.
struct KsDrift
{
    KsDrift()
    {
        Test::addSmallInventory(temp.db());
        const auto model = ModelRepository(temp.db()).byName(QStringLiteral("fraud-detection"));
        const auto version = VersionRepository(temp.db()).inProduction(model->id);
        WriteTransaction transaction(temp.db());
        for (int week = 0; week < 4; ++week) {
            DriftObservation o;
            o.versionId = version->id;
            o.feature = QStringLiteral("age");
            o.windowEnd = QDate(2026, 3, 1).addDays(7 * week);
            o.windowStart = o.windowEnd.addDays(-6);
            o.statistic = QStringLiteral("ks");
            o.value = week == 3 ? 0.21 : 0.02;
            o.pValue = week == 3 ? 0.001 : 0.6;
            o.threshold = 0.05;
            o.status = week == 3 ? DriftStatus::Drift : DriftStatus::Stable;
            DriftRepository(temp.db()).add(transaction, o);
        }
        transaction.commit();
    }

    Test::TempDatabase temp;
};

struct KsDriftArea
    : KsDrift
    , DriftAreaFixture
{
    KsDriftArea()
        : DriftAreaFixture([this]() -> const Database * { return &temp.db(); })
    {}
};

} // namespace

TEST_CASE_METHOD(KsDriftArea, "A KS test is charted by its p-value, drifting below the threshold",
                 "[ui]")
{
    CHECK(cell(QStringLiteral("age"), Ui::DriftFeatureModel::StatisticColumn)
          == QStringLiteral("Kolmogorov–Smirnov (p-value)"));
    CHECK(cell(QStringLiteral("age"), Ui::DriftFeatureModel::ThresholdColumn)
          == QStringLiteral("< 0.0500"));
    auto *values = seriesNamed<QLineSeries>(chart, QStringLiteral("values"));
    REQUIRE(values->count() == 4);
    CHECK(values->at(3).y() == 0.001);
    CHECK(seriesNamed<QLineSeries>(chart, QStringLiteral("threshold"))->at(0).y() == 0.05);
    const auto *axis = qobject_cast<QValueAxis *>(chart->chart()->axes(Qt::Vertical).first());
    CHECK(axis->titleText() == QStringLiteral("Kolmogorov–Smirnov p-value"));
    CHECK(area.findChild<QLabel *>(QStringLiteral("driftCaption"))
              ->text()
              .contains(QStringLiteral("falls below")));
    CHECK(seriesNamed<QScatterSeries>(chart, QStringLiteral("driftWindows"))->count() == 1);
    CHECK(windows->count() == 0); // no distributions stored
}

TEST_CASE_METHOD(DemoDrift, "The drift charts follow a dark palette", "[ui]")
{
    const QPalette light = QApplication::palette();
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    QCoreApplication::processEvents();
    CHECK(chart->chart()->backgroundBrush().color() == QColor(0x1e, 0x1e, 0x1e));
    CHECK(chart->chart()->titleBrush().color() == QColor(0xee, 0xee, 0xee));
    CHECK(overlay->chart()->backgroundBrush().color() == QColor(0x1e, 0x1e, 0x1e));
    QApplication::setPalette(light);
    QCoreApplication::processEvents();
    CHECK(chart->chart()->backgroundBrush().color() == light.color(QPalette::Base));
}

TEST_CASE("A million-window series is drawn from its LTTB points in one go", "[ui]")
{
    DriftSeries series;
    series.feature = QStringLiteral("latency");
    series.statistic = QStringLiteral("psi");
    series.threshold = 0.1;
    constexpr int kWindows = 1'000'000;
    series.points.resize(kWindows);
    const qint64 start = driftWindowX(QDate(2020, 1, 5));
    for (int i = 0; i < kWindows; ++i) {
        DriftPoint &p = series.points[std::size_t(i)];
        p.x = start + qint64(i) * 60'000; // one window a minute
        p.y = 0.05 + 0.02 * std::sin(i / 700.0);
        p.windowEnd = QDateTime::fromMSecsSinceEpoch(p.x, Qt::UTC).date();
        p.threshold = 0.1;
    }
    series.points[777'777].y = 0.4;
    series.points[777'777].status = DriftStatus::Drift;
    series.display = lttbIndices(series.xy(), kChartDisplayPoints);

    Ui::DriftChartView view;
    view.resize(900, 500);
    view.setSeries(std::move(series));
    auto *values = seriesNamed<QLineSeries>(&view, QStringLiteral("values"));
    REQUIRE(values->count() == int(kChartDisplayPoints));
    CHECK(values->points().contains(QPointF(double(start + 777'777LL * 60'000), 0.4)));
    CHECK(seriesNamed<QScatterSeries>(&view, QStringLiteral("driftWindows"))->count() == 1);
    CHECK_FALSE(values->pointsVisible());
    CHECK(view.grab().width() == 900); // it paints
}
