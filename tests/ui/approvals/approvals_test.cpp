// SPDX-License-Identifier: GPL-3.0-or-later
// The Approvals tab on a small governance database with a signed decision: the requests, the
// threshold checks, the signature manifestation and signature verification.
#include "approvals/approvalstab.h"
#include "approvals/requesttablemodel.h"
#include "crypto/identity.h"
#include "governance/approvalservice.h"
#include "governance/releaseservice.h"
#include "rawsqlite.h"
#include "storage/decisionrepository.h"
#include "storage/modeldetails.h"
#include "testkeys.h"
#include "uigovernance.h"
#include "uitestdata.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

constexpr int kTimeoutMs = 30000;

/// Tier 4 (one reviewer approves): 1.0.0 submitted and approved by reviewer1; then 1.1.0
/// registered without evidence and submitted, so its checks fail and it awaits a decision.
struct ApprovalsFixture
{
    ApprovalsFixture()
    {
        Test::resetUiSettings();
        approved = gov.submit();
        REQUIRE(gov.approve(QStringLiteral("reviewer1"), approved).requestStatus
                == RequestStatus::Approved);
        const Registration next = ReleaseService(gov.db()).registerVersion(
            {QStringLiteral("credit-risk"), QStringLiteral("1.1.0"), QString(64, QLatin1Char('b')),
             QStringLiteral("s3://models/credit-risk/1.1.0"), 4,
             QStringLiteral("owner@example.org")},
            gov.person(QStringLiteral("submitter")));
        pending = ReleaseService(gov.db()).submit({next.versionId, Stage::Production, {}, {}},
                                                  gov.person(QStringLiteral("submitter")));
        tab.setDatabaseSource(gov.source());
        tab.resize(1100, 800);
        tab.show();
        table = tab.findChild<QTableView *>(QStringLiteral("approvalsTable"));
        detail = tab.findChild<QTextBrowser *>(QStringLiteral("approvalsDetail"));
        REQUIRE(table);
        REQUIRE(detail);
    }
    ~ApprovalsFixture() { Test::resetUiSettings(); }

    void show()
    {
        QSignalSpy loaded(&tab, &Ui::ApprovalsTab::loaded);
        tab.showModel(*readModelDetails(gov.db(), gov.modelId()));
        REQUIRE(loaded.wait(kTimeoutMs));
    }

    QString cell(int row, int column) const
    {
        return table->model()->index(row, column).data().toString();
    }

    Test::UiGovernance gov;
    qint64 approved = 0;
    qint64 pending = 0;
    Ui::ApprovalsTab tab;
    QTableView *table = nullptr;
    QTextBrowser *detail = nullptr;
};

} // namespace

TEST_CASE_METHOD(ApprovalsFixture, "The approvals tab lists the model's requests, newest first",
                 "[ui][approvals]")
{
    show();

    using Column = Ui::RequestTableModel::Column;
    REQUIRE(table->model()->rowCount() == 2);
    CHECK(cell(0, Column::VersionColumn) == QLatin1String("1.1.0"));
    CHECK(cell(0, Column::StatusColumn) == QLatin1String("Pending"));
    CHECK(cell(0, Column::DecisionsColumn) == QLatin1String("0"));
    CHECK(cell(1, Column::VersionColumn) == QLatin1String("1.0.0"));
    CHECK(cell(1, Column::StatusColumn) == QLatin1String("Approved"));
    CHECK(cell(1, Column::SubmittedByColumn) == QLatin1String("Test submitter"));
    CHECK(cell(1, Column::PolicyColumn) == QStringLiteral("Tier 4 · v1"));
    CHECK(cell(1, Column::DecisionsColumn) == QLatin1String("1"));
    // "%n release request(s)": the English plural comes from a translation when one is loaded.
    CHECK(tab.findChild<QLabel *>(QStringLiteral("approvalsCount"))
              ->text()
              .startsWith(QLatin1String("2 release request")));
    // The newest is selected first; nobody has decided it and its checks lack evidence.
    CHECK(tab.selectedRequestId() == pending);
    CHECK(detail->toPlainText().contains(QLatin1String("Nobody has decided this request yet.")));
    CHECK(detail->toPlainText().contains(QStringLiteral("✗ Fail")));
}

TEST_CASE_METHOD(ApprovalsFixture,
                 "A decision shows its signature manifestation and that its signature verifies",
                 "[ui][approvals]")
{
    show();
    tab.selectRequest(approved);

    const std::vector<Decision> decisions = DecisionRepository(gov.db()).forRequest(approved);
    REQUIRE(decisions.size() == 1);
    // 21 CFR 11.50: printed name, date and time (UTC, to the second), meaning.
    const QString when
        = decisions.front().decidedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QString text = detail->toPlainText();
    CHECK(text.contains(QStringLiteral("Approved — signed by Test reviewer1 as AI-IRB reviewer "
                                       "on %1 UTC")
                            .arg(when)));
    CHECK(text.contains(QLatin1String("Every check passes"))); // the rationale
    CHECK(text.contains(Test::testKey(QStringLiteral("reviewer1")).certificate.fingerprintSha256));
    CHECK(text.contains(QStringLiteral("✓ Verified")));
    CHECK(text.contains(QStringLiteral("✓ Pass")));
    CHECK_FALSE(text.contains(QLatin1String("Not verified")));
}

TEST_CASE_METHOD(ApprovalsFixture,
                 "A tampered decision shows as not verified, and a refresh keeps the selection",
                 "[ui][approvals]")
{
    show();
    tab.selectRequest(approved);
    {
        // Another program edits the signed rationale around the application.
        Test::RawSqlite raw(gov.temp().path());
        raw.exec("DROP TRIGGER decisions_no_update;"
                 "UPDATE decisions SET rationale = 'Looks fine to me' WHERE request_id = "
                 + QByteArray::number(approved) + ";");
    }

    show();

    CHECK(tab.selectedRequestId() == approved);
    const QString text = detail->toPlainText();
    CHECK(text.contains(QStringLiteral("✗ Not verified")));
    CHECK(text.contains(QLatin1String("rationale differs from the signed statement")));
    CHECK_FALSE(text.contains(QStringLiteral("✓ Verified")));
}

TEST_CASE_METHOD(ApprovalsFixture, "A waiver is shown beside the failed checks it covers",
                 "[ui][approvals]")
{
    // Tier 4 policy: the ML lead may waive. 1.1.0 was submitted without evidence.
    DecisionInput input;
    input.requestId = pending;
    input.verdict = Verdict::Waiver;
    input.rationale = QStringLiteral("Evidence follows next sprint");
    input.waiverExpiresAt = QDateTime(QDate(2099, 1, 31), QTime(12, 0), Qt::UTC);
    ApprovalService(gov.db()).decide(
        input,
        Identity::load(Test::testKey(QStringLiteral("mllead")).p12Path, Test::testKeyPassphrase()));

    show();
    tab.selectRequest(pending);

    const QString text = detail->toPlainText();
    CHECK(text.contains(QStringLiteral("waived by Test mllead until 2099-01-31 12:00:00 UTC")));
    CHECK(text.contains(QStringLiteral("Waiver granted — signed by Test mllead")));
    CHECK(text.contains(QStringLiteral("✓ Verified")));
}

TEST_CASE("A model without release requests says so, once the tab is shown", "[ui][approvals]")
{
    Test::resetUiSettings();
    Test::UiGovernance gov;
    Ui::ApprovalsTab tab;
    tab.setDatabaseSource(gov.source());
    QSignalSpy loaded(&tab, &Ui::ApprovalsTab::loaded);
    auto *empty = tab.findChild<QLabel *>(QStringLiteral("approvalsEmpty"));

    // A hidden tab (another tab of the page is current) waits until it is shown.
    tab.showModel(*readModelDetails(gov.db(), gov.modelId()));
    CHECK(loaded.isEmpty());
    CHECK(empty->text() == QStringLiteral("Reading the release requests…"));
    tab.show();
    REQUIRE(loaded.wait(kTimeoutMs));

    CHECK(empty->text()
          == QLatin1String("No release request has been submitted for this model yet."));
    CHECK(tab.selectedRequestId() == 0);
}
