// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;

namespace Quorum::Ui {

class RecentDatabases;
class RecentDatabasesMenu;

/// The workbench's actions with their texts, shortcuts and tips; MainWindow connects them.
struct MainActions
{
    QAction *newDatabase = nullptr;
    QAction *open = nullptr;
    QAction *openDemo = nullptr;
    QAction *importEvidence = nullptr; ///< File → Import…, Ctrl+I
    QAction *close = nullptr;
    QAction *quit = nullptr;
    QAction *refresh = nullptr;
    QAction *about = nullptr;
    QAction *shortcuts = nullptr;  ///< Help → Keyboard Shortcuts, Ctrl+/
    QMenu *view = nullptr;         ///< View, for the Appearance submenu
    QActionGroup *areas = nullptr; ///< one checkable action per area, in sidebar order
    RecentDatabasesMenu *recent = nullptr;
};

/// Creates the actions as children of @p window, puts them in its menu bar (File, View, Help)
/// and adds those with shortcuts to @p window too, so they work when the menu bar is hidden
/// or native.
MainActions createMainMenus(QMainWindow *window, RecentDatabases *recent);

} // namespace Quorum::Ui
