// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/decisionsigner.h"
#include "inbox/inboxarea.h"
#include "inbox/signdialog.h"
#include "settings/signingidentity.h"
#include "storage/decisionrepository.h"
#include "storage/releaserequestrepository.h"
#include "testkeys.h"
#include "uigovernance.h"
#include "uitestdata.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QThread>

#include <catch2/catch_test_macros.hpp>

#include <atomic>

using namespace Quorum;

namespace {

constexpr int kTimeoutMs = 30000;

/// An inbox area over a governance database with one submitted request, acting as @p handle.
struct InboxFixture
{
    explicit InboxFixture(int tier = 4)
        : gov(tier)
    {
        Test::resetUiSettings();
        requestId = gov.submit();
        identity.setDatabaseSource(gov.source());
        area = std::make_unique<Ui::InboxArea>(&identity);
        area->setDatabaseSource(gov.source());
        area->resize(1100, 800);
        area->show();
        table = area->findChild<QTableView *>(QStringLiteral("inboxTable"));
        REQUIRE(table);
    }

    ~InboxFixture() { Test::resetUiSettings(); }

    /// Signs in as @p handle and waits until the inbox is read.
    void actAs(const QString &handle)
    {
        QSignalSpy loaded(area.get(), &Ui::InboxArea::loaded);
        const Test::TestKey key = Test::testKey(handle);
        identity.setKey(key.p12Path, key.certificate);
        REQUIRE(loaded.wait(kTimeoutMs));
    }

    template<typename T>
    T *child(QObject *parent, const QString &name) const
    {
        T *found = parent->findChild<T *>(name);
        REQUIRE(found);
        return found;
    }

    Test::UiGovernance gov;
    qint64 requestId = 0;
    Ui::SigningIdentity identity;
    std::unique_ptr<Ui::InboxArea> area;
    QTableView *table = nullptr;
};

} // namespace

TEST_CASE_METHOD(InboxFixture, "A reviewer's inbox lists the request with its evidence", "[ui]")
{
    actAs(QStringLiteral("reviewer1"));
    REQUIRE(table->isVisible());
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(area->selectedRequestId() == requestId);
    CHECK(child<QLabel>(area.get(), QStringLiteral("inboxWho"))->text()
          == QStringLiteral("Requests awaiting Test reviewer1"));
    CHECK(child<QPushButton>(area.get(), QStringLiteral("decideButton"))->isEnabled());

    const QString detail
        = child<QTextBrowser>(area.get(), QStringLiteral("inboxDetail"))->toPlainText();
    CHECK(detail.contains(QStringLiteral("Threshold checks")));
    CHECK(detail.contains(QStringLiteral("accuracy")));
    CHECK(detail.contains(QStringLiteral("✓ Pass")));
    CHECK(detail.contains(QStringLiteral("≥ 0.8")));
    CHECK(detail.contains(QStringLiteral("0.9100")));
    CHECK(detail.contains(QStringLiteral("Nobody has decided yet.")));
    CHECK(detail.contains(QStringLiteral("You would sign as: AI-IRB reviewer")));
}

TEST_CASE_METHOD(InboxFixture, "The submitter and the owner have nothing in their inbox", "[ui]")
{
    for (const QString &handle : {QStringLiteral("submitter"), QStringLiteral("owner")}) {
        actAs(handle);
        CHECK(table->model()->rowCount() == 0);
        CHECK_FALSE(table->isVisible());
        CHECK(child<QLabel>(area.get(), QStringLiteral("inboxEmpty"))
                  ->text()
                  .startsWith(QStringLiteral("Nothing awaits your decision.")));
        CHECK_FALSE(child<QPushButton>(area.get(), QStringLiteral("decideButton"))->isEnabled());
    }
}

TEST_CASE_METHOD(InboxFixture, "Without a signing identity the inbox says how to choose one",
                 "[ui]")
{
    area->reload();
    auto *empty = child<QLabel>(area.get(), QStringLiteral("inboxEmpty"));
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("Settings → Signing identity")));
}

TEST_CASE_METHOD(InboxFixture,
                 "The sign dialog keeps Sign disabled until a verdict, a rationale and the "
                 "passphrase are given",
                 "[ui]")
{
    actAs(QStringLiteral("reviewer1"));
    Ui::SignDialog *dialog = area->decide();
    REQUIRE(dialog);
    auto *sign = child<QPushButton>(dialog, QStringLiteral("signButton"));
    auto *rationale = child<QPlainTextEdit>(dialog, QStringLiteral("rationale"));
    auto *passphrase = child<QLineEdit>(dialog, QStringLiteral("passphrase"));
    auto *conditions = child<QPlainTextEdit>(dialog, QStringLiteral("conditions"));
    CHECK_FALSE(sign->isEnabled());

    dialog->setVerdict(Verdict::Approve);
    QTest::keyClicks(passphrase, Test::testKeyPassphrase());
    CHECK_FALSE(sign->isEnabled()); // no rationale yet
    QTest::keyClicks(rationale, QStringLiteral("   "));
    CHECK_FALSE(sign->isEnabled()); // blank is no rationale
    QTest::keyClicks(rationale, QStringLiteral("All checks pass"));
    CHECK(sign->isEnabled());
    CHECK(child<QLabel>(dialog, QStringLiteral("signingStatement"))
              ->text()
              .startsWith(QStringLiteral("By signing you approve credit-risk 1.0.0")));
    CHECK(child<QLabel>(dialog, QStringLiteral("signingStatement"))
              ->text()
              .contains(QStringLiteral("as AI-IRB reviewer")));

    CHECK_FALSE(conditions->isVisible());
    dialog->setVerdict(Verdict::ApproveWithConditions);
    CHECK(conditions->isVisible());
    CHECK_FALSE(sign->isEnabled()); // conditions required
    QTest::keyClicks(conditions, QStringLiteral("Monitor recall weekly"));
    CHECK(sign->isEnabled());
    dialog->reject();
}

TEST_CASE_METHOD(InboxFixture,
                 "Signing records the decision on a worker thread and the inbox reads itself again",
                 "[ui]")
{
    actAs(QStringLiteral("reviewer1"));
    Ui::SignDialog *dialog = area->decide();
    REQUIRE(dialog);
    std::atomic<QThread *> signingThread = nullptr;
    child<Ui::DecisionSigner>(dialog, {})->setWorkerProbe([&signingThread] {
        signingThread = QThread::currentThread();
    });
    auto *rationale = child<QPlainTextEdit>(dialog, QStringLiteral("rationale"));
    auto *passphrase = child<QLineEdit>(dialog, QStringLiteral("passphrase"));
    auto *message = child<QLabel>(dialog, QStringLiteral("signMessage"));
    dialog->setVerdict(Verdict::Approve);
    QTest::keyClicks(rationale, QStringLiteral("All checks pass"));

    // A wrong passphrase is refused; the rationale stays for the next try.
    QSignalSpy failed(child<Ui::DecisionSigner>(dialog, {}), &Ui::DecisionSigner::failed);
    QTest::keyClicks(passphrase, QStringLiteral("not the passphrase"));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("signButton")), Qt::LeftButton);
    CHECK(child<QProgressBar>(dialog, QStringLiteral("signingBusy"))->isVisible());
    REQUIRE(failed.wait(kTimeoutMs));
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("Type the passphrase again")));
    CHECK(passphrase->text().isEmpty());
    CHECK(rationale->toPlainText() == QStringLiteral("All checks pass"));
    CHECK(DecisionRepository(gov.db()).forRequest(requestId).empty());

    QSignalSpy decided(dialog, &Ui::SignDialog::decided);
    QSignalSpy reloaded(area.get(), &Ui::InboxArea::loaded);
    QTest::keyClicks(passphrase, Test::testKeyPassphrase());
    QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(decided.wait(kTimeoutMs));
    CHECK(signingThread.load() != nullptr);
    CHECK(signingThread.load() != QThread::currentThread());
    CHECK(message->text().contains(QStringLiteral("Request #%1 is now approved").arg(requestId)));
    CHECK(message->text().contains(QStringLiteral("Approval record: ")));

    const std::vector<Decision> decisions = DecisionRepository(gov.db()).forRequest(requestId);
    REQUIRE(decisions.size() == 1);
    CHECK(decisions.front().personId == gov.person(QStringLiteral("reviewer1")).id);
    CHECK(decisions.front().rationale == QStringLiteral("All checks pass"));
    CHECK(ReleaseRequestRepository(gov.db()).byId(requestId)->status == RequestStatus::Approved);
    REQUIRE(reloaded.wait(kTimeoutMs));
    CHECK(table->model()->rowCount() == 0);
    dialog->reject();
}

TEST_CASE("The inbox shows earlier decisions with their signature manifestation", "[ui]")
{
    InboxFixture fixture(3);
    fixture.gov.approve(QStringLiteral("reviewer2"), fixture.requestId);
    fixture.actAs(QStringLiteral("engineer"));
    REQUIRE(fixture.table->model()->rowCount() == 1);
    const QString detail = fixture.area->findChild<QTextBrowser *>()->toPlainText();
    CHECK(
        detail.contains(QStringLiteral("Approved — signed by Test reviewer2 as AI-IRB reviewer")));
    CHECK(detail.contains(QStringLiteral(" UTC")));
    CHECK(detail.contains(QStringLiteral("Rationale: Every check passes")));
    CHECK(detail.contains(QStringLiteral("1 of 1 Peer reviewer · 0 of 1 ML engineer")));
}
