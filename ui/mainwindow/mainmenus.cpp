// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainmenus.h"

#include "desktop/shortcutsdialog.h"
#include "desktop/themedicon.h"
#include "mainwindow/area.h"
#include "mainwindow/recentdatabasesmenu.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenuBar>

namespace Quorum::Ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Ui::MainWindow", text);
}

QAction *action(QMainWindow *window, const QString &text, const QKeySequence &shortcut,
                const QString &tip = {})
{
    auto *created = new QAction(text, window);
    created->setShortcut(shortcut);
    created->setStatusTip(tip);
    return created;
}

MainActions createActions(QMainWindow *window)
{
    MainActions a;
    a.newDatabase = action(window, tr("&New…"), QKeySequence::New,
                           tr("Create a new, empty governance database"));
    a.open
        = action(window, tr("&Open…"), QKeySequence::Open, tr("Open a governance database file"));
    a.openDemo = action(window, tr("Open &Demo Database"), {},
                        tr("Open the demo database, building it on first use"));
    a.importEvidence = action(window, tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I),
                              tr("Import evidence from MLflow, model cards, Evidently reports "
                                 "or evaluation files"));
    a.importEvidence->setObjectName(QStringLiteral("importAction"));
    a.close = action(window, tr("&Close Database"), QKeySequence(Qt::CTRL | Qt::Key_W));
    a.quit = action(window, tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q));
    a.quit->setMenuRole(QAction::QuitRole);
    a.refresh = action(window, tr("&Refresh"), QKeySequence(Qt::Key_F5),
                       tr("Read the database again, with other people's changes"));
    a.open->setIcon(themedIcon(QStringLiteral("open")));
    a.newDatabase->setIcon(themedIcon(QStringLiteral("new-database")));
    a.importEvidence->setIcon(themedIcon(QStringLiteral("import")));
    a.refresh->setIcon(themedIcon(QStringLiteral("refresh")));
    a.about = action(window, tr("&About Quorum"), {});
    a.about->setMenuRole(QAction::AboutRole);

    a.areas = new QActionGroup(window);
    for (const Area area : kAllAreas) {
        auto *areaAction = new QAction(areaIcon(area), areaName(area), a.areas);
        areaAction->setCheckable(true);
        areaAction->setShortcut(QKeySequence(
            QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + areaIndex(area)))));
    }
    a.areas->actions().at(areaIndex(Area::Home))->setChecked(true);
    return a;
}

} // namespace

MainActions createMainMenus(QMainWindow *window, RecentDatabases *recent)
{
    MainActions a = createActions(window);
    QMenu *file = window->menuBar()->addMenu(tr("&File"));
    file->addActions({a.newDatabase, a.open, a.openDemo});
    a.recent = new RecentDatabasesMenu(recent, file);
    file->addMenu(a.recent);
    file->addSeparator();
    file->addAction(a.importEvidence);
    file->addSeparator();
    file->addAction(a.close);
    file->addSeparator();
    file->addAction(a.quit);

    QMenu *view = window->menuBar()->addMenu(tr("&View"));
    view->addActions(a.areas->actions());
    view->addSeparator();
    view->addAction(a.refresh);
    a.view = view;

    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    a.shortcuts = createShortcutsAction(window);
    help->addAction(a.shortcuts);
    help->addSeparator();
    help->addAction(a.about);

    window->addActions(a.areas->actions());
    window->addActions({a.refresh, a.close, a.importEvidence});
    return a;
}

} // namespace Quorum::Ui
