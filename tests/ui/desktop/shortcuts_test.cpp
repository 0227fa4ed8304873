// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/shortcutcollector.h"
#include "desktop/shortcutconflicts.h"
#include "desktop/shortcutsdialog.h"
#include "desktop/shortcuttooltips.h"
#include "mainwindow/mainwindow.h"
#include "uitestdata.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <catch2/catch_test_macros.hpp>

#include <algorithm>

using namespace Quorum;

namespace {

/// A window with File → Open… (Ctrl+O), View → Refresh (F5) and a table with its own
/// Find (Ctrl+F).
struct TestWindow
{
    TestWindow()
    {
        QMenu *file = window.menuBar()->addMenu(QStringLiteral("&File"));
        open = file->addAction(QStringLiteral("&Open…"));
        open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
        QMenu *view = window.menuBar()->addMenu(QStringLiteral("&View"));
        refresh = view->addAction(QStringLiteral("&Refresh"));
        refresh->setShortcut(QKeySequence(Qt::Key_F5));
        table = new QTableView(&window);
        table->setProperty(Ui::kShortcutGroupProperty, QStringLiteral("Inventory"));
        window.setCentralWidget(table);
        find = new QAction(QStringLiteral("&Find"), table);
        find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
        table->addAction(find);
    }

    QMainWindow window;
    QAction *open = nullptr;
    QAction *refresh = nullptr;
    QAction *find = nullptr;
    QTableView *table = nullptr;
};

/// The rows the dialog's tree shows: "group / action / shortcut".
QStringList shownRows(const Ui::ShortcutsDialog &dialog)
{
    const auto *tree = dialog.findChild<QTreeView *>(QStringLiteral("shortcutsTree"));
    REQUIRE(tree);
    const QAbstractItemModel *model = tree->model();
    QStringList rows;
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        for (int r = 0; r < model->rowCount(group); ++r) {
            rows.append(group.data().toString() + QStringLiteral(" / ")
                        + model->index(r, 0, group).data().toString() + QStringLiteral(" / ")
                        + model->index(r, 1, group).data().toString());
        }
    }
    return rows;
}

} // namespace

TEST_CASE("The shortcut list shows Ctrl+O for Open… and filters by text and key", "[ui][desktop]")
{
    TestWindow w;
    Ui::ShortcutsDialog dialog(&w.window);
    CHECK(dialog.windowTitle() == QStringLiteral("Keyboard Shortcuts"));
    CHECK(shownRows(dialog)
          == QStringList({QStringLiteral("File / Open… / Ctrl+O"),
                          QStringLiteral("View / Refresh / F5"),
                          QStringLiteral("Inventory / Find / Ctrl+F")}));
    CHECK(dialog.visibleShortcutCount() == 3);

    auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("shortcutsFilter"));
    REQUIRE(filter);
    QTest::keyClicks(filter, QStringLiteral("refr"));
    CHECK(shownRows(dialog) == QStringList({QStringLiteral("View / Refresh / F5")}));
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("ctrl+o"));
    CHECK(shownRows(dialog) == QStringList({QStringLiteral("File / Open… / Ctrl+O")}));
    // A group's name shows all of its shortcuts.
    dialog.setFilterText(QStringLiteral("inventory"));
    CHECK(filter->text() == QStringLiteral("inventory"));
    CHECK(shownRows(dialog) == QStringList({QStringLiteral("Inventory / Find / Ctrl+F")}));
    dialog.setFilterText(QStringLiteral("nothing like this"));
    CHECK(dialog.visibleShortcutCount() == 0);
    dialog.setFilterText({});
    CHECK(dialog.visibleShortcutCount() == 3);
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("shortcutConflicts"))->isHidden());
}

TEST_CASE("The shortcut list reads shortcuts from the actions, so a changed key shows",
          "[ui][desktop]")
{
    TestWindow w;
    w.refresh->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    w.open->setShortcut({}); // no shortcut any more: not listed
    Ui::ShortcutsDialog dialog(&w.window);
    CHECK(shownRows(dialog)
          == QStringList({QStringLiteral("View / Refresh / Ctrl+R"),
                          QStringLiteral("Inventory / Find / Ctrl+F")}));
}

TEST_CASE("Actions inside a tab or a titled page are listed under its name", "[ui][desktop]")
{
    QMainWindow window;
    auto *pages = new QStackedWidget(&window);
    window.setCentralWidget(pages);
    auto *modelPage = new QWidget(pages);
    modelPage->setWindowTitle(QStringLiteral("Model Page"));
    pages->addWidget(modelPage);
    auto *tabs = new QTabWidget(modelPage);
    auto *versions = new QWidget(tabs);
    tabs->addTab(versions, QStringLiteral("&Versions (3)"));
    auto *button = new QWidget(versions);
    auto *compare = new QAction(QStringLiteral("&Compare Versions"), button);
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    button->addAction(compare);
    auto *back = new QAction(QStringLiteral("&Back"), modelPage);
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    modelPage->addAction(back);

    Ui::ShortcutsDialog dialog(&window);
    CHECK(shownRows(dialog)
          == QStringList({QStringLiteral("Model Page / Back / Alt+Left"),
                          QStringLiteral("Versions / Compare Versions / Ctrl+D")}));
}

TEST_CASE("One key on two actions that can be active together is a conflict", "[ui][desktop]")
{
    TestWindow w;
    CHECK(Ui::findShortcutConflicts(&w.window).isEmpty());

    // The same key on two pages of a stacked widget: only one page is ever on screen.
    auto *pages = new QStackedWidget(&w.window);
    auto *inbox = new QWidget(pages);
    auto *audit = new QWidget(pages);
    pages->addWidget(inbox);
    pages->addWidget(audit);
    for (QWidget *page : {inbox, audit}) {
        auto *search = new QAction(QStringLiteral("Search"), page);
        search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
        page->addAction(search);
    }
    // Widget-only shortcuts on two different widgets never meet either.
    auto *left = new QWidget(inbox);
    auto *right = new QWidget(inbox);
    for (QWidget *widget : {left, right}) {
        auto *copy = new QAction(QStringLiteral("Copy Row"), widget);
        copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        copy->setShortcutContext(Qt::WidgetShortcut);
        widget->addAction(copy);
    }
    CHECK(Ui::findShortcutConflicts(&w.window).isEmpty());

    // A window-wide action on Ctrl+O clashes with File → Open….
    auto *other = new QAction(QStringLiteral("Open Model"), &w.window);
    other->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    w.window.addAction(other);
    const QList<Ui::ShortcutConflict> conflicts = Ui::findShortcutConflicts(&w.window);
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts.first().key == QKeySequence(Qt::CTRL | Qt::Key_O));
    CHECK(conflicts.first().names
          == QStringList({QStringLiteral("File: Open…"), QStringLiteral("Window: Open Model")}));
    // The dialog says so under the list.
    Ui::ShortcutsDialog dialog(&w.window);
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("shortcutConflicts"));
    CHECK_FALSE(label->isHidden());
    CHECK(label->text()
          == QStringLiteral("Ctrl+O is taken by more than one action: File: Open…; Window: Open "
                            "Model"));
}

TEST_CASE("The main window's shortcuts are listed and none clash", "[ui][desktop]")
{
    Test::resetUiSettings();
    Ui::MainWindow window;
    const QList<Ui::ShortcutConflict> conflicts = Ui::findShortcutConflicts(&window);
    for (const Ui::ShortcutConflict &conflict : conflicts) {
        UNSCOPED_INFO(conflict.key.toString().toStdString()
                      << ": " << conflict.names.join(QStringLiteral(", ")).toStdString());
    }
    CHECK(conflicts.isEmpty());

    QStringList listed;
    for (const Ui::ShortcutEntry &entry : Ui::collectShortcuts(&window)) {
        listed.append(entry.group + QLatin1Char(':') + entry.text + QLatin1Char('=')
                      + Ui::shortcutText(entry.keys));
    }
    CHECK(listed.contains(QStringLiteral("File:Open…=Ctrl+O")));
    CHECK(listed.contains(QStringLiteral("View:Refresh=F5")));
    // The areas' keys are Ctrl+1, Ctrl+2, … in sidebar order.
    CHECK(std::any_of(listed.cbegin(), listed.cend(), [](const QString &line) {
        return line.startsWith(QStringLiteral("View:Inventory=Ctrl+"));
    }));
    Test::resetUiSettings();
}

TEST_CASE("Keyboard Shortcuts opens one list per window and tool tips name the keys",
          "[ui][desktop]")
{
    TestWindow w;
    QAction *action = Ui::createShortcutsAction(&w.window);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Slash));
    action->trigger();
    action->trigger();
    const auto dialogs = w.window.findChildren<Ui::ShortcutsDialog *>();
    REQUIRE(dialogs.size() == 1);
    CHECK(dialogs.first()->isVisible());
    // The list includes the action that opens it.
    CHECK(shownRows(*dialogs.first())
              .contains(QStringLiteral("Window / Keyboard Shortcuts / Ctrl+/")));
    dialogs.first()->close();

    Ui::showShortcutsInToolTips(&w.window);
    CHECK(w.refresh->toolTip() == QStringLiteral("Refresh (F5)"));
    CHECK(w.open->toolTip() == QStringLiteral("Open… (Ctrl+O)"));
    w.refresh->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    Ui::showShortcutInToolTip(w.refresh);
    CHECK(w.refresh->toolTip() == QStringLiteral("Refresh (Ctrl+R)"));
}
