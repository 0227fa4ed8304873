// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/layoutmemory.h"
#include "mainwindow/area.h"
#include "mainwindow/mainmenus.h"

#include <QMainWindow>

#include <array>

class QStackedWidget;

namespace Quorum::Ui {

class AuditArea;
class DataChangeWatcher;
class DatabaseController;
class DatabaseStatusBar;
class DriftArea;
class FairnessArea;
class HomeArea;
class ImportDialog;
class ReportsArea;
class InboxArea;
class InventoryArea;
class ModelDetailPage;
class NavigationSidebar;
class RecentDatabases;
class SettingsArea;
class SigningIdentity;
class ThemeController;
class WelcomePage;

/// The workbench window. It assembles the areas, the menus and the status bar; the
/// DatabaseController owns the open database and each area owns its own logic.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DatabaseController *databaseController() const { return m_controller; }
    SigningIdentity *signingIdentity() const { return m_identity; }
    InboxArea *inboxArea() const { return m_inbox; }
    AuditArea *auditArea() const { return m_audit; }
    DriftArea *driftArea() const { return m_drift; }
    FairnessArea *fairnessArea() const { return m_fairness; }
    HomeArea *homeArea() const { return m_home; }
    ModelDetailPage *modelDetailPage() const { return m_modelDetail; }
    ReportsArea *reportsArea() const { return m_reports; }

    /// Opens @p path in the background; errors are shown in a dialog.
    void openDatabase(const QString &path);
    /// Opens the demo database, building it first when it is missing.
    void openDemoDatabase();
    /// Shows the area @p area (leaving a model's page).
    void showArea(Area area);
    /// The area the sidebar highlights.
    Area currentArea() const;
    /// Shows the page of the model with machine name @p name once it is read; the status bar
    /// says so when there is no such model.
    void showModel(const QString &name);
    /// File → Import…: opens the import dialog (window-modal) on the open database; the areas
    /// are read again after it imported something. nullptr when no database is open.
    ImportDialog *openImportDialog();
    /// Adds View → Appearance for @p theme (owned by the caller).
    void setThemeController(ThemeController *theme);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    QWidget *createAreaPage(Area area);
    void connectAreas();
    void createActions();
    void connectController();

    void onOpened(const QString &path);
    void onClosed();
    void onFailed(const QString &path, const QString &message, const QString &detail);

    void createDatabase();
    void refresh();
    void reloadAreas();
    void openModel(qint64 modelId);
    /// Shows release request @p requestId in the inbox (when it is listed there).
    void openRequest(qint64 requestId);
    void enterModel();
    void onModelMissing();
    void leaveModel();
    void updateActions();
    void showReadError(const QString &message, const QString &detail);

    DatabaseController *m_controller;
    RecentDatabases *m_recent;
    SigningIdentity *m_identity;
    DatabaseStatusBar *m_statusBar;
    DataChangeWatcher *m_watcher; ///< refreshes when another connection commits
    LayoutMemory m_layout{QStringLiteral("layout/mainWindow")};
    QStackedWidget *m_central = nullptr;
    WelcomePage *m_welcome = nullptr;
    QWidget *m_workspace = nullptr;
    NavigationSidebar *m_sidebar = nullptr;
    QStackedWidget *m_areas = nullptr;
    std::array<QWidget *, kAllAreas.size()> m_areaPages{};
    HomeArea *m_home = nullptr;
    InventoryArea *m_inventory = nullptr;
    InboxArea *m_inbox = nullptr;
    AuditArea *m_audit = nullptr;
    DriftArea *m_drift = nullptr;
    FairnessArea *m_fairness = nullptr;
    ReportsArea *m_reports = nullptr;
    SettingsArea *m_settings = nullptr;
    ModelDetailPage *m_modelDetail = nullptr;
    Area m_modelOrigin = Area::Home; ///< where Back from a model's page returns

    MainActions m_actions;
};

} // namespace Quorum::Ui
