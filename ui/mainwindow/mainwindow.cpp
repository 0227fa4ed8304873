// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "audit/auditarea.h"
#include "desktop/datachangewatcher.h"
#include "desktop/shortcuttooltips.h"
#include "desktop/thememenu.h"
#include "drift/driftarea.h"
#include "fairness/fairnessarea.h"
#include "home/homearea.h"
#include "imports/importdialog.h"
#include "inbox/inboxarea.h"
#include "inventory/inventoryarea.h"
#include "mainwindow/aboutbox.h"
#include "mainwindow/databasecontroller.h"
#include "mainwindow/databasefiledialogs.h"
#include "mainwindow/databasestatusbar.h"
#include "mainwindow/demoprogressdialog.h"
#include "mainwindow/navigationsidebar.h"
#include "mainwindow/recentdatabases.h"
#include "mainwindow/recentdatabasesmenu.h"
#include "mainwindow/welcomepage.h"
#include "mainwindow/windowgeometry.h"
#include "modeldetail/modeldetailpage.h"
#include "reports/reportsarea.h"
#include "settings/settingsarea.h"
#include "settings/signingidentity.h"
#include "storage/database.h"
#include "widgets/errordialog.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QStandardPaths>

namespace Quorum::Ui {

namespace {

constexpr QSize kDefaultSize(1280, 800);

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_controller(new DatabaseController(this))
    , m_recent(new RecentDatabases(this))
    , m_identity(new SigningIdentity(this))
    , m_statusBar(new DatabaseStatusBar(m_controller, this))
    , m_watcher(new DataChangeWatcher(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Quorum"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/quorum.svg")));
    setStatusBar(m_statusBar);
    createPages();
    createActions();
    connectController();

    connect(m_recent, &RecentDatabases::changed, this,
            [this] { m_welcome->setRecentDatabases(m_recent->paths()); });
    m_welcome->setRecentDatabases(m_recent->paths());
    updateActions();

    restoreWindowGeometry(this, kDefaultSize);
    m_layout.restore(m_central);
    showShortcutsInToolTips(this);
}

void MainWindow::setThemeController(ThemeController *theme)
{
    m_actions.view->addSeparator();
    m_actions.view->addMenu(createThemeMenu(theme, this));
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    m_central = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_central);
    m_workspace = new QWidget(m_central);
    m_sidebar = new NavigationSidebar(m_workspace);
    m_areas = new QStackedWidget(m_workspace);
    for (const Area area : kAllAreas) {
        QWidget *page = createAreaPage(area);
        m_areaPages[static_cast<std::size_t>(areaIndex(area))] = page;
        m_areas->addWidget(page);
    }
    m_modelDetail = new ModelDetailPage(m_areas);
    m_areas->addWidget(m_modelDetail);
    m_areas->setCurrentWidget(m_home);

    auto *separator = new QFrame(m_workspace);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Plain);
    separator->setForegroundRole(QPalette::Mid);
    auto *layout = new QHBoxLayout(m_workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(separator);
    layout->addWidget(m_areas, 1);

    m_central->addWidget(m_welcome);
    m_central->addWidget(m_workspace);
    setCentralWidget(m_central);

    connectAreas();
    connect(m_welcome, &WelcomePage::openDemoRequested, this, &MainWindow::openDemoDatabase);
    connect(m_welcome, &WelcomePage::openRequested, this, [this] { m_actions.open->trigger(); });
    connect(m_welcome, &WelcomePage::newRequested, this,
            [this] { m_actions.newDatabase->trigger(); });
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openDatabase);
}

QWidget *MainWindow::createAreaPage(Area area)
{
    switch (area) {
    case Area::Home:
        return m_home = new HomeArea(m_areas);
    case Area::Inventory:
        return m_inventory = new InventoryArea(m_areas);
    case Area::Inbox:
        return m_inbox = new InboxArea(m_identity, m_areas);
    case Area::Audit:
        return m_audit = new AuditArea(m_areas);
    case Area::Drift:
        return m_drift = new DriftArea(m_areas);
    case Area::Fairness:
        return m_fairness = new FairnessArea(m_areas);
    case Area::Reports:
        return m_reports = new ReportsArea(m_areas);
    case Area::Settings:
        return m_settings = new SettingsArea(m_identity, m_areas);
    }
    return nullptr;
}

void MainWindow::connectAreas()
{
    // Areas and services read the database of the moment, on worker threads of their own.
    const auto source
        = [controller = m_controller]() -> const Database * { return controller->database(); };
    m_identity->setDatabaseSource(source);
    m_watcher->setDatabaseSource(source);
    connect(m_watcher, &DataChangeWatcher::externalChange, this, [this] {
        refresh();
        m_statusBar->showMessage(tr("The database was changed elsewhere; the view shows the "
                                    "changes."),
                                 5000);
    });
    m_home->setDatabaseSource(source);
    m_home->setSigningIdentity(m_identity);
    m_inbox->setDatabaseSource(source);
    m_audit->setDatabaseSource(source);
    m_drift->setDatabaseSource(source);
    m_fairness->setDatabaseSource(source);
    m_reports->setDatabaseSource(source);
    m_reports->setSigningIdentity(m_identity);
    m_modelDetail->setDatabaseSource(source);
    m_modelDetail->setSigningIdentity(m_identity);
    connect(m_sidebar, &NavigationSidebar::areaSelected, this, &MainWindow::showArea);
    connect(m_inventory, &InventoryArea::modelActivated, this, &MainWindow::openModel);
    connect(m_home, &HomeArea::modelActivated, this, &MainWindow::openModel);
    connect(m_home, &HomeArea::requestActivated, this, &MainWindow::openRequest);
    connect(m_modelDetail, &ModelDetailPage::requestActivated, this, &MainWindow::openRequest);
    connect(m_home, &HomeArea::readFailed, this, &MainWindow::showReadError);
    connect(m_modelDetail, &ModelDetailPage::backRequested, this, &MainWindow::leaveModel);
    connect(m_modelDetail, &ModelDetailPage::modelShown, this, &MainWindow::enterModel);
    connect(m_modelDetail, &ModelDetailPage::modelMissing, this, &MainWindow::onModelMissing);
    connect(m_modelDetail, &ModelDetailPage::retirementStarted, this, &MainWindow::refresh);
    connect(m_inbox, &InboxArea::settingsRequested, this, [this] { showArea(Area::Settings); });
    connect(m_inbox, &InboxArea::decided, this, &MainWindow::refresh);
    connect(m_inventory, &InventoryArea::readFailed, this, &MainWindow::showReadError);
    connect(m_modelDetail, &ModelDetailPage::readFailed, this, &MainWindow::showReadError);
    connect(m_inbox, &InboxArea::readFailed, this, &MainWindow::showReadError);
    connect(m_audit, &AuditArea::readFailed, this, &MainWindow::showReadError);
    connect(m_drift, &DriftArea::readFailed, this, &MainWindow::showReadError);
    connect(m_fairness, &FairnessArea::readFailed, this, &MainWindow::showReadError);
    connect(m_reports, &ReportsArea::readFailed, this, &MainWindow::showReadError);
}

void MainWindow::createActions()
{
    m_actions = createMainMenus(this, m_recent);
    connect(m_actions.newDatabase, &QAction::triggered, this, &MainWindow::createDatabase);
    connect(m_actions.open, &QAction::triggered, this, [this] {
        if (const QString path = chooseDatabaseToOpen(this, m_recent->folder()); !path.isEmpty()) {
            openDatabase(path);
        }
    });
    connect(m_actions.openDemo, &QAction::triggered, this, &MainWindow::openDemoDatabase);
    connect(m_actions.recent, &RecentDatabasesMenu::openRequested, this, &MainWindow::openDatabase);
    connect(m_actions.importEvidence, &QAction::triggered, this, &MainWindow::openImportDialog);
    connect(m_actions.close, &QAction::triggered, m_controller, &DatabaseController::close);
    connect(m_actions.quit, &QAction::triggered, this, &QWidget::close);
    const QList<QAction *> areaActions = m_actions.areas->actions();
    for (const Area area : kAllAreas) {
        connect(areaActions.at(areaIndex(area)), &QAction::triggered, this,
                [this, area] { showArea(area); });
    }
    connect(m_actions.refresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_actions.about, &QAction::triggered, this, [this] { showAboutBox(this); });
}

void MainWindow::connectController()
{
    connect(m_controller, &DatabaseController::busyStarted, this, &MainWindow::updateActions);
    connect(m_controller, &DatabaseController::busyStarted, m_watcher, &DataChangeWatcher::pause);
    connect(m_controller, &DatabaseController::busyFinished, m_watcher, &DataChangeWatcher::resume);
    connect(m_controller, &DatabaseController::busyFinished, this, &MainWindow::updateActions);
    connect(m_controller, &DatabaseController::demoBuildStarted, this,
            [this] { (new DemoProgressDialog(m_controller, this))->show(); });
    connect(m_controller, &DatabaseController::opened, this, &MainWindow::onOpened);
    connect(m_controller, &DatabaseController::failed, this, &MainWindow::onFailed);
    connect(m_controller, &DatabaseController::closed, this, &MainWindow::onClosed);
}

void MainWindow::openDatabase(const QString &path)
{
    m_controller->open(path);
}

void MainWindow::openDemoDatabase()
{
    m_controller->openDemo();
}

void MainWindow::createDatabase()
{
    const QString path = chooseNewDatabasePath(
        this, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!path.isEmpty()) {
        m_controller->create(path);
    }
}

void MainWindow::onOpened(const QString &path)
{
    m_recent->add(path);
    setWindowTitle(tr("%1 — Quorum").arg(QFileInfo(path).fileName()));
    if (m_areas->currentWidget() == m_modelDetail) {
        showArea(m_modelOrigin);
    }
    m_central->setCurrentWidget(m_workspace);
    reloadAreas();
    updateActions();
    m_watcher->start();
    if (currentArea() == Area::Inventory) {
        m_inventory->focusTable();
    }
}

void MainWindow::onClosed()
{
    setWindowTitle(tr("Quorum"));
    m_watcher->stop();
    m_home->clear();
    m_inventory->clear();
    m_audit->clear();
    m_drift->clear();
    m_fairness->clear();
    m_reports->clear();
    m_identity->resolve(); // no database: the inbox empties
    m_modelDetail->cancelRequests();
    if (m_areas->currentWidget() == m_modelDetail) {
        showArea(m_modelOrigin);
    }
    m_central->setCurrentWidget(m_welcome);
    updateActions();
}

void MainWindow::onFailed(const QString &path, const QString &message, const QString &detail)
{
    if (!QFileInfo::exists(path)) {
        m_recent->remove(path);
    }
    ErrorDialog::showError(this, tr("Could Not Open the Database"), message, detail);
}

void MainWindow::showReadError(const QString &message, const QString &detail)
{
    ErrorDialog::showError(this, tr("Could Not Read the Database"), message, detail);
}

void MainWindow::reloadAreas()
{
    if (const Database *db = m_controller->database()) {
        m_inventory->reload(*db);
        m_identity->resolve(); // the inbox reads once it knows whose it is
        m_home->reload();
        m_audit->reload();
        m_drift->reload();
        m_fairness->reload();
        m_reports->reload();
    }
}

void MainWindow::refresh()
{
    m_watcher->resync(); // this program's own writes do not call for a second refresh
    reloadAreas();
    const Database *db = m_controller->database();
    if (db && m_areas->currentWidget() == m_modelDetail) {
        m_modelDetail->open(*db, m_modelDetail->modelId());
    }
}

void MainWindow::showArea(Area area)
{
    m_sidebar->setCurrentArea(area);
    m_actions.areas->actions().at(areaIndex(area))->setChecked(true);
    m_areas->setCurrentWidget(m_areaPages[static_cast<std::size_t>(areaIndex(area))]);
}

Area MainWindow::currentArea() const
{
    return m_sidebar->currentArea();
}

void MainWindow::showModel(const QString &name)
{
    if (const Database *db = m_controller->database()) {
        m_modelDetail->openByName(*db, name);
    }
}

ImportDialog *MainWindow::openImportDialog()
{
    if (!m_controller->database() || m_controller->isBusy()) {
        return nullptr;
    }
    auto actor = [identity = m_identity] {
        const std::optional<Person> &person = identity->person();
        return person && identity->status() == SigningIdentity::Status::Registered
            ? Actor::person(person->id, person->name)
            : Actor::program(QStringLiteral("quorum workbench"));
    };
    auto *dialog = new ImportDialog(
        [controller = m_controller]() -> const Database * { return controller->database(); }, actor,
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, &MainWindow::refresh);
    connect(m_controller, &DatabaseController::closed, dialog, &QDialog::reject);
    dialog->open();
    return dialog;
}

void MainWindow::openRequest(qint64 requestId)
{
    showArea(Area::Inbox);
    m_inbox->selectRequest(requestId);
    if (m_inbox->selectedRequestId() != requestId) {
        m_statusBar->showMessage(tr("That request is not in your inbox: only the requests your "
                                    "signing identity may decide are listed there."),
                                 8000);
    }
}

void MainWindow::openModel(qint64 modelId)
{
    if (const Database *db = m_controller->database()) {
        m_modelDetail->open(*db, modelId);
    }
}

void MainWindow::enterModel()
{
    if (m_areas->currentWidget() == m_modelDetail) {
        return; // a refresh of the page already shown
    }
    m_modelOrigin = currentArea();
    m_modelDetail->setBackTarget(areaName(m_modelOrigin));
    m_areas->setCurrentWidget(m_modelDetail);
}

void MainWindow::onModelMissing()
{
    if (m_areas->currentWidget() == m_modelDetail) {
        leaveModel(); // deleted by someone else since the page was opened
    }
    m_statusBar->showMessage(
        tr("That model is not in the database (any more). The inventory shows what is."));
}

void MainWindow::leaveModel()
{
    showArea(m_modelOrigin);
    if (m_modelOrigin == Area::Inventory) {
        m_inventory->focusTable();
    }
}

void MainWindow::updateActions()
{
    const bool busy = m_controller->isBusy();
    const bool open = m_controller->isOpen();
    for (QAction *action : {m_actions.newDatabase, m_actions.open, m_actions.openDemo}) {
        action->setEnabled(!busy);
    }
    m_actions.recent->setEnabled(!busy);
    for (QAction *action : {m_actions.close, m_actions.refresh, m_actions.importEvidence}) {
        action->setEnabled(open && !busy);
    }
    m_actions.areas->setEnabled(open);
    m_welcome->setEnabled(!busy);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_layout.save(m_central);
    saveWindowGeometry(this);
    event->accept();
}

} // namespace Quorum::Ui
