// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/comparedialog.h"
#include "modeldetail/modeldetailpage.h"
#include "modeldetail/modelpagetabs.h"
#include "modeldetail/versionstab.h"
#include "uidemo.h"
#include "uitestdata.h"

#include <QApplication>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThreadPool>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

constexpr int kTimeoutMs = 30000;

struct VersionsFixture
{
    VersionsFixture()
    {
        Test::resetUiSettings();
        page.setDatabaseSource(demo.source());
        page.resize(1200, 800);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        QSignalSpy shown(&page, &Ui::ModelDetailPage::modelShown);
        page.openByName(demo.db(), QStringLiteral("customer-churn"));
        REQUIRE(shown.wait(kTimeoutMs));
        page.tabs()->showTab(Ui::ModelPageTab::Versions);
        tab = page.tabs()->versions();
        button = tab->findChild<QPushButton *>(QStringLiteral("compareButton"));
        REQUIRE(button);
    }

    ~VersionsFixture()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == u"compareDialog") {
                w->close();
            }
        }
        // Reads still on their way must not outlive the database file.
        QThreadPool::globalInstance()->waitForDone();
        Test::resetUiSettings();
    }

    // The versions of the churn predictor, newest first: 1.3.0, 1.2.0 (production), 1.1.0,
    // 1.0.0.
    void select(std::initializer_list<int> rows)
    {
        QItemSelectionModel *selection = tab->table()->selectionModel();
        selection->clearSelection();
        for (const int row : rows) {
            selection->select(tab->table()->model()->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    static Ui::CompareDialog *openDialog()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<Ui::CompareDialog *>(w);
                dialog && dialog->isVisible()) {
                return dialog;
            }
        }
        return nullptr;
    }

    Test::UiDemo demo;
    Ui::ModelDetailPage page;
    Ui::VersionsTab *tab = nullptr;
    QPushButton *button = nullptr;
};

} // namespace

TEST_CASE_METHOD(VersionsFixture,
                 "Compare opens a non-modal compare dialog of the selected version against "
                 "production",
                 "[ui][modeldetail]")
{
    select({0});
    REQUIRE(button->isEnabled());
    CHECK(button->text() == QStringLiteral("&Compare…"));
    QTest::mouseClick(button, Qt::LeftButton);
    Ui::CompareDialog *dialog = openDialog();
    REQUIRE(dialog);
    CHECK(dialog->objectName() == QStringLiteral("compareDialog"));
    CHECK_FALSE(dialog->isModal());
}

TEST_CASE_METHOD(VersionsFixture, "Ctrl+D compares two selected versions", "[ui][modeldetail]")
{
    select({1, 2});
    REQUIRE(tab->compareBlockedBy().isEmpty());
    tab->table()->setFocus();
    QTest::keyClick(tab->table(), Qt::Key_D, Qt::ControlModifier);
    REQUIRE(openDialog());
}

TEST_CASE_METHOD(VersionsFixture,
                 "Compare is disabled for the production version alone and says why",
                 "[ui][modeldetail]")
{
    select({1});
    CHECK_FALSE(button->isEnabled());
    CHECK(button->toolTip()
          == QStringLiteral("1.2.0 is the version in production; select another version, or "
                            "two."));
    CHECK(tab->compare() == nullptr);
    select({});
    CHECK_FALSE(button->isEnabled());
    CHECK(openDialog() == nullptr);
}
