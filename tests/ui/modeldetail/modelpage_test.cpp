// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartarea.h"
#include "itemmodels/auditeventmodel.h"
#include "modeldetail/audittab.h"
#include "modeldetail/chartareatab.h"
#include "modeldetail/modeldetailpage.h"
#include "modeldetail/modeloverviewtab.h"
#include "modeldetail/modelpagetabs.h"
#include "modeldetail/modeltab.h"
#include "storage/driftrepository.h"
#include "storage/modelrepository.h"
#include "storage/releaserequestrepository.h"
#include "storage/versionrepository.h"
#include "uidemo.h"
#include "uitestdata.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QThreadPool>

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <limits>

using namespace Quorum;

namespace {

constexpr int kTimeoutMs = 30000;

struct DemoPageFixture
{
    DemoPageFixture()
    {
        Test::resetUiSettings();
        page.setDatabaseSource(demo.source());
        page.resize(1400, 900);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
    }

    ~DemoPageFixture()
    {
        // Reads of the tabs still on their way must not outlive the database file.
        QThreadPool::globalInstance()->waitForDone();
        Test::resetUiSettings();
    }

    void open(const QString &name)
    {
        QSignalSpy shown(&page, &Ui::ModelDetailPage::modelShown);
        page.openByName(demo.db(), name);
        REQUIRE(shown.wait(kTimeoutMs));
    }

    qint64 modelId(const QString &name) { return ModelRepository(demo.db()).byName(name)->id; }

    /// Switches to @p tab and waits for its loaded() signal.
    template<typename Tab, typename Signal>
    Tab *showAndWait(Ui::ModelPageTab which, Tab *tab, Signal loaded)
    {
        QSignalSpy spy(tab, loaded);
        page.tabs()->showTab(which);
        REQUIRE(spy.wait(kTimeoutMs));
        return tab;
    }

    Test::UiDemo demo;
    Ui::ModelDetailPage page;
};

} // namespace

TEST_CASE_METHOD(DemoPageFixture,
                 "A demo model's page has the nine tabs of SPEC 7 and no placeholder",
                 "[ui][modeldetail]")
{
    open(QStringLiteral("customer-churn"));
    Ui::ModelPageTabs *tabs = page.tabs();
    QStringList names;
    for (int i = 0; i < tabs->count(); ++i) {
        names << tabs->tabText(i);
        CHECK(qobject_cast<Ui::ModelTab *>(tabs->widget(i)));
    }
    // The churn predictor has versions 1.0.0, 1.1.0, 1.2.0 and 1.3.0.
    CHECK(names
          == QStringList{QStringLiteral("Overview"), QStringLiteral("Versions (4)"),
                         QStringLiteral("Model card"), QStringLiteral("Evaluation"),
                         QStringLiteral("Fairness"), QStringLiteral("Drift"),
                         QStringLiteral("Approvals"), QStringLiteral("Lineage"),
                         QStringLiteral("Audit")});
    const QList<QWidget *> widgets = page.findChildren<QWidget *>();
    CHECK(std::none_of(widgets.begin(), widgets.end(), [](const QWidget *w) {
        return qstrcmp(w->metaObject()->className(), "Quorum::Ui::PlaceholderPage") == 0;
    }));
    CHECK(tabs->tabToolTip(5) == QStringLiteral("Drift (Ctrl+6)"));
}

TEST_CASE_METHOD(DemoPageFixture,
                 "The Overview shows the owner, the production version with its approval date "
                 "and the pending request",
                 "[ui][modeldetail]")
{
    auto *overview = page.tabs()->overview();
    QSignalSpy loaded(overview, &Ui::ModelOverviewTab::loaded);
    open(QStringLiteral("customer-churn"));
    REQUIRE(loaded.wait(kTimeoutMs));

    CHECK(overview->findChild<QLabel *>(QStringLiteral("owner"))->text()
          == QStringLiteral("Marcus Webb"));
    CHECK(overview->findChild<QLabel *>(QStringLiteral("productionVersion"))->text()
          == QStringLiteral("1.2.0"));
    const qint64 production
        = demo.versionId(QStringLiteral("customer-churn"), QStringLiteral("1.2.0"));
    const qint64 candidate
        = demo.versionId(QStringLiteral("customer-churn"), QStringLiteral("1.3.0"));
    const ReleaseRequestRepository requests(demo.db());
    const ReleaseRequest approval = requests.forVersion(production).front();
    REQUIRE(approval.status == RequestStatus::Approved);
    CHECK(overview->findChild<QLabel *>(QStringLiteral("productionApproved"))->text()
          == QLocale().toString(approval.closedAt.toLocalTime(), QLocale::ShortFormat));

    const ReleaseRequest pending = requests.forVersion(candidate).front();
    REQUIRE(pending.status == RequestStatus::Pending);
    QTableWidget *table = overview->openRequests();
    REQUIRE(table->isVisible());
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, Ui::ModelOverviewTab::TicketColumn)->text() == pending.ticketRef);
    CHECK(table->item(0, Ui::ModelOverviewTab::VersionColumn)->text() == QStringLiteral("1.3.0"));
    CHECK(table->item(0, Ui::ModelOverviewTab::TransitionColumn)->text()
          == QStringLiteral("Staging → Production"));
    CHECK(table->item(0, Ui::ModelOverviewTab::StatusColumn)->text() == QStringLiteral("Pending"));
    CHECK(table->item(0, Ui::ModelOverviewTab::ExpiresColumn)->text()
          == QLocale().toString(pending.expiresAt.toLocalTime(), QLocale::ShortFormat));

    QSignalSpy activated(&page, &Ui::ModelDetailPage::requestActivated);
    table->setCurrentCell(0, 0);
    Q_EMIT table->activated(table->currentIndex());
    REQUIRE(activated.size() == 1);
    CHECK(activated.first().first().toLongLong() == pending.id);
}

TEST_CASE_METHOD(DemoPageFixture,
                 "Ctrl+1 to Ctrl+9 choose the tabs and the tab stays chosen for the next model",
                 "[ui][modeldetail]")
{
    // The window's own Ctrl+6 (in the workbench: the sixth area) yields to the page.
    QAction windowAction(&page);
    windowAction.setShortcut(QKeySequence(Qt::ControlModifier | Qt::Key_6));
    windowAction.setShortcutContext(Qt::WindowShortcut);
    page.addAction(&windowAction);
    QSignalSpy windowShortcut(&windowAction, &QAction::triggered);
    open(QStringLiteral("customer-churn"));
    Ui::ModelPageTabs *tabs = page.tabs();
    tabs->currentWidget()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_6, Qt::ControlModifier);
    CHECK(tabs->currentTab() == Ui::ModelPageTab::Drift);
    CHECK(windowShortcut.isEmpty());
    CHECK(tabs->currentWidget()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_9, Qt::ControlModifier);
    CHECK(tabs->currentTab() == Ui::ModelPageTab::Audit);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::ControlModifier);
    CHECK(tabs->currentTab() == Ui::ModelPageTab::Versions);

    open(QStringLiteral("fraud-detection"));
    CHECK(page.modelId() == modelId(QStringLiteral("fraud-detection")));
    CHECK(tabs->currentTab() == Ui::ModelPageTab::Versions);
}

TEST_CASE_METHOD(DemoPageFixture, "The Drift and Fairness tabs offer only the model's versions",
                 "[ui][modeldetail]")
{
    open(QStringLiteral("customer-churn"));
    const qint64 model = modelId(QStringLiteral("customer-churn"));
    // The versions with drift observations, newest first, read here independently.
    QList<qint64> expected;
    for (const ModelVersion &v : VersionRepository(demo.db()).forModel(model)) {
        if (!DriftRepository(demo.db()).features(v.id).isEmpty()) {
            expected << v.id;
        }
    }
    REQUIRE_FALSE(expected.isEmpty());

    for (const auto which : {Ui::ModelPageTab::Drift, Ui::ModelPageTab::Fairness}) {
        auto *tab = static_cast<Ui::ChartAreaTab *>(page.tabs()->tab(which));
        Ui::ChartArea *area = showAndWait(which, tab->area(), &Ui::ChartArea::loaded);
        const QComboBox *versions = area->chooser()->versionBox();
        REQUIRE(versions->count() > 0);
        QList<qint64> offered;
        for (int i = 0; i < versions->count(); ++i) {
            offered << versions->itemData(i).toLongLong();
            CHECK(VersionRepository(demo.db()).byId(offered.back())->modelId == model);
        }
        if (which == Ui::ModelPageTab::Drift) {
            CHECK(offered == expected);
            // The production version is chosen first.
            CHECK(area->chooser()->currentVersionId()
                  == demo.versionId(QStringLiteral("customer-churn"), QStringLiteral("1.2.0")));
        }
        CHECK_FALSE(area->chooser()->modelBox()->isVisible());
    }
}

TEST_CASE_METHOD(DemoPageFixture,
                 "The Audit tab lists the model's own events and a version's, but not another "
                 "model's",
                 "[ui][modeldetail]")
{
    open(QStringLiteral("customer-churn"));
    auto *tab = static_cast<Ui::AuditTab *>(page.tabs()->tab(Ui::ModelPageTab::Audit));
    showAndWait(Ui::ModelPageTab::Audit, tab, &Ui::AuditTab::loaded);
    const qint64 model = modelId(QStringLiteral("customer-churn"));
    const qint64 version
        = demo.versionId(QStringLiteral("customer-churn"), QStringLiteral("1.3.0"));
    const qint64 otherModel = modelId(QStringLiteral("fraud-detection"));
    const qint64 otherVersion
        = demo.versionId(QStringLiteral("fraud-detection"), QStringLiteral("2.1.0"));

    const AuditEventModel *events = tab->events();
    int modelRow = -1;
    bool versionSeen = false;
    bool otherSeen = false;
    qint64 previousSeq = std::numeric_limits<qint64>::max();
    for (int row = 0; row < events->rowCount(); ++row) {
        const AuditEvent *e = events->eventAt(row);
        CHECK(e->seq < previousSeq); // newest first
        previousSeq = e->seq;
        if (e->entity == u"models" && e->entityId == model && e->action == u"insert") {
            modelRow = row;
        }
        versionSeen = versionSeen || (e->entity == u"model_versions" && e->entityId == version);
        otherSeen = otherSeen || (e->entity == u"models" && e->entityId == otherModel)
            || (e->entity == u"model_versions" && e->entityId == otherVersion);
    }
    REQUIRE(modelRow >= 0);
    CHECK(versionSeen);
    CHECK_FALSE(otherSeen);
    CHECK(
        tab->findChild<QLabel *>(QStringLiteral("modelAuditCount"))->text()
        == QStringLiteral("Events of this model: %1").arg(QLocale().toString(events->rowCount())));

    // The selected event shows the row it inserted.
    auto *table = tab->findChild<QTableView *>(QStringLiteral("modelAuditTable"));
    table->setCurrentIndex(table->model()->index(modelRow, 0));
    CHECK(tab->findChild<QPlainTextEdit *>(QStringLiteral("auditDetails"))
              ->toPlainText()
              .contains(QStringLiteral("\"name\": \"customer-churn\"")));
}

TEST_CASE_METHOD(DemoPageFixture,
                 "A tab's write makes the page read the model again, and closing empties the tabs",
                 "[ui][modeldetail]")
{
    open(QStringLiteral("customer-churn"));
    QSignalSpy shown(&page, &Ui::ModelDetailPage::modelShown);
    Q_EMIT page.tabs()->tab(Ui::ModelPageTab::ModelCard)->changed();
    REQUIRE(shown.wait(kTimeoutMs));
    CHECK(page.modelId() == modelId(QStringLiteral("customer-churn")));

    auto *audit = static_cast<Ui::AuditTab *>(page.tabs()->tab(Ui::ModelPageTab::Audit));
    showAndWait(Ui::ModelPageTab::Audit, audit, &Ui::AuditTab::loaded);
    REQUIRE(audit->events()->rowCount() > 0);
    page.cancelRequests(); // the database was closed
    CHECK(audit->events()->rowCount() == 0);
    CHECK(audit->findChild<QLabel *>(QStringLiteral("modelAuditCount"))->text()
          == QStringLiteral("No database is open."));
    CHECK(page.tabs()->overview()->findChild<QLabel *>(QStringLiteral("owner"))->text().isEmpty());
}
