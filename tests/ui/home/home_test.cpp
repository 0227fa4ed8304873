// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartstyle.h"
#include "dashboardfixture.h"
#include "home/kpitiles.h"
#include "homefixture.h"

#include <QComboBox>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using Kpi = Ui::KpiTiles::Kpi;

namespace {

// 90 days before is 2026-04-01T12:00:00Z, twelve months before 2025-06-30T12:00:00Z.
const QDateTime kNow = QDateTime(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC);

/// Three models, a retirement, a release about to expire, a drift episode, a rejection and
/// an expiry, with the times the tests' hand computations use.
struct SmallDashboard
{
    SmallDashboard()
    {
        fraud = f.model(QStringLiteral("Fraud"), 1);
        churn = f.model(QStringLiteral("Churn"), 2);
        legacy = f.model(QStringLiteral("Legacy scorer"), 3, 0, QStringLiteral("retiring"));
        const auto deployed = [&](qint64 model, const char *created, const char *closed) {
            const qint64 v = f.version(model, QStringLiteral("production"), QLatin1String(created));
            f.request(v, QStringLiteral("production"), QStringLiteral("approved"),
                      QLatin1String(created), QLatin1String(closed));
            return v;
        };
        // 4 days, in the twelve months only; last review 2026-01-05 → due 2026-04-05.
        deployed(fraud, "2026-01-01T00:00:00Z", "2026-01-05T00:00:00Z");
        // 6 days, in the 90 days too; due 2027-04-16.
        const qint64 churnProduction
            = deployed(churn, "2026-04-10T00:00:00Z", "2026-04-16T00:00:00Z");
        // Before both periods; Tier 3 → due 2026-01-10.
        const qint64 legacyProduction
            = deployed(legacy, "2024-01-01T00:00:00Z", "2024-01-10T00:00:00Z");
        // A retrain of Churn, submitted and expiring in 3 days (2026-07-03 12:00).
        const qint64 next = f.version(churn, QStringLiteral("staging"),
                                      QStringLiteral("2026-06-01T00:00:00Z"), churnProduction);
        release = f.request(next, QStringLiteral("production"), QStringLiteral("pending"),
                            QStringLiteral("2026-06-03T12:00:00Z"), {},
                            QStringLiteral("2026-07-03T12:00:00Z"));
        // One drift episode (05-10 to 05-17).
        f.drift(churnProduction, QStringLiteral("income"), QStringLiteral("2026-05-03"),
                QStringLiteral("stable"));
        f.drift(churnProduction, QStringLiteral("income"), QStringLiteral("2026-05-10"),
                QStringLiteral("drift"));
        f.drift(churnProduction, QStringLiteral("income"), QStringLiteral("2026-05-17"),
                QStringLiteral("drift"));
        // Rejected in February (twelve months), expired in May (both periods).
        const qint64 candidate
            = f.version(fraud, QStringLiteral("rejected"), QStringLiteral("2026-02-01T00:00:00Z"));
        f.request(candidate, QStringLiteral("production"), QStringLiteral("rejected"),
                  QStringLiteral("2026-02-02T00:00:00Z"), QStringLiteral("2026-02-10T00:00:00Z"));
        f.request(candidate, QStringLiteral("production"), QStringLiteral("expired"),
                  QStringLiteral("2026-04-20T00:00:00Z"), QStringLiteral("2026-05-20T00:00:00Z"));
        // Legacy scorer is being retired in favour of Churn.
        retirement = f.request(legacyProduction, QStringLiteral("retired"),
                               QStringLiteral("pending"), QStringLiteral("2026-06-25T00:00:00Z"),
                               {}, QStringLiteral("2026-07-25T00:00:00Z"));
        f.retirement(retirement, QStringLiteral("Replaced by Churn"), churn,
                     QStringLiteral("s3://archive/legacy"));
        home.open(f.db(), kNow);
    }

    QString kpi(Kpi which)
    {
        auto *tiles = home.area().findChild<Ui::KpiTiles *>();
        REQUIRE(tiles);
        return tiles->value(which);
    }

    Test::DashboardFixture f;
    Test::HomeFixture home;
    qint64 fraud = 0;
    qint64 churn = 0;
    qint64 legacy = 0;
    qint64 release = 0;
    qint64 retirement = 0;
};

QString number(double value)
{
    return QLocale().toString(value, 'f', 1);
}

} // namespace

TEST_CASE("Without a database every section says that none is open", "[ui][home]")
{
    Test::HomeFixture home;
    home.area().reload();
    for (const char *list : {"homeMine", "homeExpiring", "homeReviews", "homeRetirements"}) {
        CHECK(home.emptyText(QLatin1String(list)) == QStringLiteral("No database is open."));
    }
    auto *tiles = home.area().findChild<Ui::KpiTiles *>();
    REQUIRE(tiles);
    CHECK(tiles->value(Kpi::Retrains) == QStringLiteral("—"));
}

TEST_CASE("An empty database shows friendly empty states and zero KPIs", "[ui][home]")
{
    Test::DashboardFixture f;
    Test::HomeFixture home;
    home.open(f.db(), kNow);
    CHECK(home.emptyText(QStringLiteral("homeMine"))
          == QStringLiteral("No request awaits a decision."));
    CHECK(home.emptyText(QStringLiteral("homeExpiring"))
          == QStringLiteral("No request expires in the next 7 day(s)."));
    CHECK(home.emptyText(QStringLiteral("homeReviews"))
          == QStringLiteral("No model in production is due for a periodic review."));
    CHECK(home.emptyText(QStringLiteral("homeRetirements"))
          == QStringLiteral("No retirement is in progress."));
    auto *tiles = home.area().findChild<Ui::KpiTiles *>();
    REQUIRE(tiles);
    CHECK(tiles->value(Kpi::TimeToDeployment) == QStringLiteral("—"));
    CHECK(tiles->caption(Kpi::TimeToDeployment)
          == QStringLiteral("No deployment · Last 12 months"));
    CHECK(tiles->value(Kpi::Retrains) == QStringLiteral("0"));
    CHECK(tiles->value(Kpi::DriftIncidents) == QStringLiteral("0"));
    CHECK(tiles->value(Kpi::ComplianceIncidents) == QStringLiteral("0"));
}

TEST_CASE_METHOD(SmallDashboard, "KPI tiles show the figures of the chosen period", "[ui][home]")
{
    // Twelve months: deployments of 4 and 6 days → median 5.0; one retrain (Churn's new
    // version, parent in production); one drift episode; one rejection + one expiry.
    CHECK(kpi(Kpi::TimeToDeployment) == number(5.0));
    CHECK(kpi(Kpi::Retrains) == QStringLiteral("1"));
    CHECK(kpi(Kpi::DriftIncidents) == QStringLiteral("1"));
    CHECK(kpi(Kpi::ComplianceIncidents) == QStringLiteral("2"));
    auto *tiles = home.area().findChild<Ui::KpiTiles *>();
    CHECK(tiles->caption(Kpi::ComplianceIncidents)
          == QStringLiteral("1 rejected · 0 waived · 1 expired · Last 12 months"));
    auto *tile = home.area().findChild<QWidget *>(QStringLiteral("kpiTimeToDeployment"));
    REQUIRE(tile);
    CHECK(tile->toolTip().startsWith(QStringLiteral("Median days from a version's registration")));

    // 90 days: only Churn's 6 days; the February rejection drops out.
    QSignalSpy loaded(&home.area(), &Ui::HomeArea::loaded);
    auto *period = home.area().findChild<QComboBox *>(QStringLiteral("homePeriod"));
    REQUIRE(period);
    period->setCurrentIndex(period->findText(QStringLiteral("Last 90 days")));
    REQUIRE(loaded.wait(30000));
    CHECK(kpi(Kpi::TimeToDeployment) == number(6.0));
    CHECK(kpi(Kpi::ComplianceIncidents) == QStringLiteral("1"));
    CHECK(home.area().period() == DashboardPeriod::Last90Days);
}

TEST_CASE_METHOD(SmallDashboard, "The review list shows the most overdue model first, in red",
                 "[ui][home]")
{
    // Legacy scorer (Tier 3, approved 2024-01-10) was due 2026-01-10: 171 days ago
    // (21 + 28 + 31 + 30 + 31 + 30). Fraud (Tier 1, 2026-01-05) was due 2026-04-05: 86 days
    // ago (25 + 31 + 30). Churn (Tier 2, 2026-04-16) is due in 2027.
    CHECK(home.column(QStringLiteral("homeReviews"), 0)
          == QStringList{QStringLiteral("Legacy scorer"), QStringLiteral("Fraud"),
                         QStringLiteral("Churn")});
    CHECK(home.column(QStringLiteral("homeReviews"), 5)
          == QStringList{QStringLiteral("Overdue by 171 day(s)"),
                         QStringLiteral("Overdue by 86 day(s)"), QStringLiteral("Scheduled")});
    QTreeWidget *tree = home.tree(QStringLiteral("homeReviews"));
    const QTreeWidgetItem *first = tree->topLevelItem(0);
    CHECK(first->data(0, Ui::DashboardList::EmphasisRole).toInt() == int(Ui::RowEmphasis::Alert));
    CHECK(first->foreground(5).color()
          == Ui::driftStatusColor(DriftStatus::Drift, tree->palette()));
    CHECK(tree->topLevelItem(2)->data(0, Ui::DashboardList::EmphasisRole).toInt()
          == int(Ui::RowEmphasis::None));
}

TEST_CASE_METHOD(SmallDashboard, "Pending, expiring and retiring requests are listed", "[ui][home]")
{
    // No signing identity: every pending request, oldest first.
    CHECK(home.column(QStringLiteral("homeMine"), 0)
          == QStringList{QStringLiteral("Churn"), QStringLiteral("Legacy scorer")});
    CHECK(home.column(QStringLiteral("homeMine"), 2)
          == QStringList{QStringLiteral("Staging → Production"),
                         QStringLiteral("Production → Retired")});
    // 2026-07-03 12:00 is 72 hours away: amber; the retirement (25 days) is not listed.
    CHECK(home.column(QStringLiteral("homeExpiring"), 0) == QStringList{QStringLiteral("Churn")});
    CHECK(home.column(QStringLiteral("homeExpiring"), 4)
          == QStringList{QStringLiteral("in 3 day(s)")});
    CHECK(home.tree(QStringLiteral("homeExpiring"))
              ->topLevelItem(0)
              ->data(0, Ui::DashboardList::EmphasisRole)
              .toInt()
          == int(Ui::RowEmphasis::Warning));
    CHECK(home.column(QStringLiteral("homeRetirements"), 4)
          == QStringList{QStringLiteral("Replaced by Churn")});
    CHECK(home.column(QStringLiteral("homeRetirements"), 5)
          == QStringList{QStringLiteral("Churn")});
    CHECK(home.column(QStringLiteral("homeRetirements"), 6)
          == QStringList{QStringLiteral("0 of 2")});
}

TEST_CASE_METHOD(SmallDashboard, "Activating a row opens its model or request", "[ui][home]")
{
    QSignalSpy models(&home.area(), &Ui::HomeArea::modelActivated);
    QSignalSpy requests(&home.area(), &Ui::HomeArea::requestActivated);

    QTreeWidget *reviews = home.tree(QStringLiteral("homeReviews"));
    reviews->setFocus();
    reviews->setCurrentItem(reviews->topLevelItem(1));
    QTest::keyClick(reviews, Qt::Key_Return);
    REQUIRE(models.size() == 1);
    CHECK(models.at(0).at(0).toLongLong() == fraud);

    QTreeWidget *mine = home.tree(QStringLiteral("homeMine"));
    const QRect rect = mine->visualItemRect(mine->topLevelItem(0));
    QTest::mouseClick(mine->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(mine->viewport(), Qt::LeftButton, {}, rect.center());
    REQUIRE(requests.size() == 1);
    CHECK(requests.at(0).at(0).toLongLong() == release);

    QTreeWidget *retirements = home.tree(QStringLiteral("homeRetirements"));
    retirements->setCurrentItem(retirements->topLevelItem(0));
    QTest::keyClick(retirements, Qt::Key_Enter);
    REQUIRE(models.size() == 2);
    CHECK(models.at(1).at(0).toLongLong() == legacy);
}

TEST_CASE_METHOD(SmallDashboard, "Reloading keeps the selected row and the scroll position",
                 "[ui][home]")
{
    home.area().resize(1200, 360);
    QCoreApplication::processEvents();
    Ui::DashboardList *reviews = home.list(QStringLiteral("homeReviews"));
    reviews->selectId(fraud);
    auto *scroll = home.area().findChild<QScrollArea *>(QStringLiteral("homeScroll"));
    REQUIRE(scroll);
    QScrollBar *bar = scroll->verticalScrollBar();
    REQUIRE(bar->maximum() > 0);
    bar->setValue(bar->maximum() / 2);
    const int position = bar->value();

    home.reload();
    CHECK(reviews->selectedId() == fraud);
    CHECK(bar->value() == position);
}
