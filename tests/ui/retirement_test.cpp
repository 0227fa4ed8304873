// SPDX-License-Identifier: GPL-3.0-or-later
#include "modeldetail/modeldetailpage.h"
#include "modeldetail/retirementdialog.h"
#include "settings/signingidentity.h"
#include "storage/modelrepository.h"
#include "storage/releaserequestrepository.h"
#include "testkeys.h"
#include "uigovernance.h"
#include "uitestdata.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

constexpr int kTimeoutMs = 30000;

struct RetirementFixture
{
    RetirementFixture()
    {
        Test::resetUiSettings();
        gov.putInProduction();
        identity.setDatabaseSource(gov.source());
        page.setSigningIdentity(&identity);
        page.setDatabaseSource(gov.source());
        REQUIRE(page.showModel(gov.db(), gov.modelId()));
        page.show();
        button = page.findChild<QPushButton *>(QStringLiteral("startRetirementButton"));
        REQUIRE(button);
    }

    ~RetirementFixture()
    {
        // The page's tabs read in the background; no read may outlive the database file.
        QThreadPool::globalInstance()->waitForDone();
        Test::resetUiSettings();
    }

    void actAs(const QString &handle)
    {
        QSignalSpy resolved(&identity, &Ui::SigningIdentity::resolved);
        const Test::TestKey key = Test::testKey(handle);
        identity.setKey(key.p12Path, key.certificate);
        REQUIRE(QTest::qWaitFor(
            [this] { return identity.status() != Ui::SigningIdentity::Status::Resolving; },
            kTimeoutMs));
    }

    Test::UiGovernance gov;
    Ui::SigningIdentity identity;
    Ui::ModelDetailPage page;
    QPushButton *button = nullptr;
};

} // namespace

TEST_CASE_METHOD(RetirementFixture, "Start retirement is disabled for anyone but the owner", "[ui]")
{
    CHECK_FALSE(button->isEnabled());
    CHECK(button->toolTip().contains(QStringLiteral("choose your signing identity")));
    actAs(QStringLiteral("reviewer1"));
    CHECK_FALSE(button->isEnabled());
    CHECK(button->toolTip()
          == QStringLiteral("Only the model's owner starts its retirement; Test reviewer1 does "
                            "not own credit-risk."));
    CHECK(page.startRetirement() == nullptr);
}

TEST_CASE_METHOD(RetirementFixture, "The owner starts a retirement and gets its request id", "[ui]")
{
    actAs(QStringLiteral("owner"));
    REQUIRE(button->isEnabled());
    Ui::RetirementDialog *dialog = page.startRetirement();
    REQUIRE(dialog);
    auto *start = dialog->findChild<QPushButton *>(QStringLiteral("startRetirementButton"));
    REQUIRE(start);
    CHECK_FALSE(start->isEnabled()); // the reason is required
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("retireReason")),
                     QStringLiteral("Superseded by the new scoring platform"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("retireArchive")),
                     QStringLiteral("s3://archive/credit-risk/"));
    REQUIRE(start->isEnabled());

    QSignalSpy started(dialog, &Ui::RetirementDialog::started);
    QTest::mouseClick(start, Qt::LeftButton);
    REQUIRE(started.wait(kTimeoutMs));
    const qint64 requestId = started.first().first().toLongLong();
    CHECK(dialog->findChild<QLabel *>(QStringLiteral("retireMessage"))
              ->text()
              .startsWith(QStringLiteral("Retirement request #%1 is submitted.").arg(requestId)));

    const std::optional<ReleaseRequest> request
        = ReleaseRequestRepository(gov.db()).byId(requestId);
    REQUIRE(request);
    CHECK(request->toStage == Stage::Retired);
    CHECK(request->submittedBy == gov.person(QStringLiteral("owner")).id);
    REQUIRE(request->retirement);
    CHECK(request->retirement->reason == QStringLiteral("Superseded by the new scoring platform"));
    CHECK(request->retirement->archiveLocation == QStringLiteral("s3://archive/credit-risk/"));
    CHECK(ModelRepository(gov.db()).byId(gov.modelId())->status == ModelStatus::Retiring);
    dialog->reject();
}
