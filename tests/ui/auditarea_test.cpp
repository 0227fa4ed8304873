// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditarea.h"
#include "rawsqlite.h"
#include "uigovernance.h"
#include "uitestdata.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

constexpr int kTimeoutMs = 30000;

struct AuditFixture
{
    AuditFixture()
    {
        requestId = gov.submit();
        gov.approve(QStringLiteral("reviewer1"), requestId); // tier 4: approved, signed
        area.setDatabaseSource(gov.source());
        area.resize(1200, 800);
        area.show();
        area.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&area));
        table = area.findChild<QTableView *>(QStringLiteral("auditTable"));
        REQUIRE(table);
    }

    void load()
    {
        QSignalSpy loaded(&area, &Ui::AuditArea::loaded);
        area.reload();
        REQUIRE(loaded.wait(kTimeoutMs));
    }

    /// Runs Verify with its shortcut and waits for the result.
    bool verify()
    {
        QSignalSpy verified(&area, &Ui::AuditArea::verified);
        QTest::keyClick(&area, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        REQUIRE(verified.wait(kTimeoutMs));
        return verified.first().first().toBool();
    }

    QString summary() const
    {
        return area.findChild<QLabel *>(QStringLiteral("verificationSummary"))->text();
    }

    Test::UiGovernance gov;
    qint64 requestId = 0;
    Ui::AuditArea area;
    QTableView *table = nullptr;
};

} // namespace

TEST_CASE_METHOD(AuditFixture, "The audit area lists the trail newest first with details", "[ui]")
{
    load();
    const qint64 events = Test::RawSqlite(gov.temp().path())
                              .scalar("SELECT count(*) FROM audit_events")
                              .toLongLong();
    REQUIRE(table->model()->rowCount() == events);
    CHECK(table->model()->index(0, 0).data().toLongLong() == events);
    CHECK(area.selectedSeq() == events);
    CHECK(area.findChild<QLabel *>(QStringLiteral("auditCount"))->text()
          == QStringLiteral("%1 of %1 events loaded").arg(events));
    const QString details
        = area.findChild<QPlainTextEdit *>(QStringLiteral("auditDetails"))->toPlainText();
    CHECK(details.startsWith(QStringLiteral("Event %1 · ").arg(events)));
    CHECK(details.contains(QStringLiteral("After:\n{")));

    auto *entity = area.findChild<QComboBox *>(QStringLiteral("auditEntity"));
    entity->setCurrentIndex(entity->findData(QStringLiteral("decisions")));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 4).data().toString() == QStringLiteral("decisions"));
    entity->setCurrentIndex(0);
    QTest::keyClicks(area.findChild<QLineEdit *>(QStringLiteral("auditSearch")),
                     QStringLiteral("Test reviewer1"));
    CHECK(table->model()->rowCount() >= 2); // the checkpoint and the decision at least
    CHECK(table->model()->rowCount() < events);
}

TEST_CASE_METHOD(AuditFixture, "Verify says the audit trail of a fresh database holds", "[ui]")
{
    load();
    CHECK(verify());
    const qint64 events = Test::RawSqlite(gov.temp().path())
                              .scalar("SELECT count(*) FROM audit_events")
                              .toLongLong();
    CHECK(summary()
          == QStringLiteral("The audit trail holds: %1 events, 1 signed decisions, 1 checkpoints.")
                 .arg(events));
    CHECK_FALSE(area.findChild<QListWidget *>(QStringLiteral("verificationProblems"))->isVisible());
}

TEST_CASE_METHOD(AuditFixture, "Verify names the event that was edited and shows it on click",
                 "[ui]")
{
    {
        Test::RawSqlite raw(gov.temp().path());
        raw.exec("DROP TRIGGER audit_events_no_update;"
                 "UPDATE audit_events SET actor = 'Mallory' WHERE seq = 3;");
    }
    load();
    CHECK_FALSE(verify());
    CHECK(summary().startsWith(QStringLiteral("The audit trail does not hold")));
    auto *problems = area.findChild<QListWidget *>(QStringLiteral("verificationProblems"));
    REQUIRE(problems->isVisible());
    REQUIRE(problems->count() >= 1);
    QListWidgetItem *first = problems->item(0);
    CHECK(first->text().startsWith(QStringLiteral("Event 3: its content does not match its hash")));

    QTest::mouseClick(problems->viewport(), Qt::LeftButton, {},
                      problems->visualItemRect(first).center());
    CHECK(area.selectedSeq() == 3);
    CHECK(area.findChild<QPlainTextEdit *>(QStringLiteral("auditDetails"))
              ->toPlainText()
              .contains(QStringLiteral("Actor: Mallory")));
}
