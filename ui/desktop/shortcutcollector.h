// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QList>
#include <QPointer>
#include <QString>

class QWidget;

namespace Quorum::Ui {

/// An action or QShortcut property naming the group it is listed under in the shortcut list,
/// e.g. action->setProperty(kShortcutGroupProperty, tr("Model Page")). Also read from the
/// widgets an action belongs to and their parents, so an area can name all of its actions at
/// once.
inline constexpr char kShortcutGroupProperty[] = "quorumShortcutGroup";

/// One keyboard shortcut of a window, as the user sees it.
struct ShortcutEntry
{
    QString group; ///< the menu ("File", "View › Appearance"), toolbar or area
    QString text;  ///< the action's text without mnemonics, e.g. "Open…"
    QList<QKeySequence> keys;
    QPointer<QObject> source; ///< the QAction or QShortcut
    Qt::ShortcutContext context = Qt::WindowShortcut;
    QList<QWidget *> scopes; ///< the widgets it is active on; a menu's action: the window
};

/// Every QAction with a shortcut that belongs to @p window or a widget inside it (menus,
/// toolbars, widgets' own actions), and every QShortcut inside it, each once. Read from the
/// objects themselves, so the list is never stale. Grouped by the kShortcutGroupProperty of
/// the action, else its menu or toolbar, else the nearest parent of its widget that has the
/// property, is a tab (the tab's label without a count), or is a page of a stacked widget
/// with a window title or accessible name; else "Window". Groups in menu-bar order first,
/// then alphabetically.
QList<ShortcutEntry> collectShortcuts(QWidget *window);

/// @p text without mnemonic ampersands ("&&" stays one "&") and without a tab-separated
/// shortcut hint: "&Open…" → "Open…".
QString plainActionText(const QString &text);

/// @p keys in the platform's notation, e.g. "Ctrl+O, F5".
QString shortcutText(const QList<QKeySequence> &keys);

} // namespace Quorum::Ui
