// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerts/alertspanel.h"
#include "home/kpitiles.h"
#include "homefixture.h"
#include "settings/signingidentity.h"
#include "testkeys.h"
#include "uidemo.h"
#include "uigovernance.h"

#include <QSignalSpy>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

constexpr int kTimeoutMs = 30000;

} // namespace

TEST_CASE("A reviewer's home lists the requests awaiting them, the submitter's none", "[ui][home]")
{
    Test::UiGovernance gov(4);
    const qint64 request = gov.submit();
    Test::HomeFixture home; // first: it forgets the key an earlier test chose
    Ui::SigningIdentity identity;
    identity.setDatabaseSource(gov.source());
    home.area().setSigningIdentity(&identity);
    home.open(gov.db(), QDateTime::currentDateTimeUtc());
    CHECK(home.column(QStringLiteral("homeMine"), 7) == QStringList{QStringLiteral("—")});

    QSignalSpy loaded(&home.area(), &Ui::HomeArea::loaded);
    const Test::TestKey reviewer = Test::testKey(QStringLiteral("reviewer1"));
    identity.setKey(reviewer.p12Path, reviewer.certificate);
    REQUIRE(loaded.wait(kTimeoutMs));
    REQUIRE(home.list(QStringLiteral("homeMine"))->rowCount() == 1);
    CHECK(home.tree(QStringLiteral("homeMine"))
              ->topLevelItem(0)
              ->data(0, Ui::DashboardList::IdRole)
              .toLongLong()
          == request);
    CHECK(home.column(QStringLiteral("homeMine"), 7)
          == QStringList{QStringLiteral("AI-IRB reviewer")});
    CHECK(home.column(QStringLiteral("homeMine"), 6) == QStringList{QStringLiteral("0 of 1")});

    const Test::TestKey submitter = Test::testKey(QStringLiteral("submitter"));
    identity.setKey(submitter.p12Path, submitter.certificate);
    REQUIRE(loaded.wait(kTimeoutMs));
    CHECK(home.emptyText(QStringLiteral("homeMine"))
          == QStringLiteral("Nothing awaits your decision."));
}

TEST_CASE("On the demo database the dashboard shows the demo's oversight work", "[ui][home]")
{
    Test::UiDemo demo;
    Test::HomeFixture home;
    // The demo's "today" (DemoOptions::asOf), at noon.
    home.open(demo.db(), QDateTime(QDate(2026, 11, 16), QTime(12, 0), Qt::UTC));
    CHECK(home.area().findChild<Ui::AlertsPanel *>() != nullptr);

    // The retirement in progress (SPEC §10): the document classifier (Tier 3: one peer reviewer
    // and one ML engineer, nobody has signed), replaced by the support intent classifier.
    CHECK(home.column(QStringLiteral("homeRetirements"), 0)
          == QStringList{QStringLiteral("Inbound document classifier")});
    CHECK(home.column(QStringLiteral("homeRetirements"), 5)
          == QStringList{QStringLiteral("Support intent classifier")});
    CHECK(home.column(QStringLiteral("homeRetirements"), 6)
          == QStringList{QStringLiteral("0 of 2")});
    // Without a signing identity: the demo's three pending releases and the retirement.
    CHECK(home.list(QStringLiteral("homeMine"))->rowCount() == 4);
    CHECK(home.column(QStringLiteral("homeMine"), 0)
              .contains(QStringLiteral("Consumer credit scoring")));
    // Tier 1 is reviewed quarterly: the fraud detector, last approved a year before the demo's
    // today, is overdue and listed first, in red.
    const QStringList status = home.column(QStringLiteral("homeReviews"), 5);
    REQUIRE_FALSE(status.isEmpty());
    CHECK(home.column(QStringLiteral("homeReviews"), 0).first()
          == QStringLiteral("Card fraud detector"));
    CHECK(status.first().startsWith(QStringLiteral("Overdue by")));
    CHECK(home.tree(QStringLiteral("homeReviews"))
              ->topLevelItem(0)
              ->data(0, Ui::DashboardList::EmphasisRole)
              .toInt()
          == int(Ui::RowEmphasis::Alert));
    // Tier 4 (the image classifier in development aside) is never listed.
    CHECK_FALSE(home.column(QStringLiteral("homeReviews"), 1)
                    .contains(riskTierLabel(RiskTier::Experimental)));
}
