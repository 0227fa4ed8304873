// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutcollector.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolBar>
#include <QWidget>

#include <algorithm>

namespace Quorum::Ui {

namespace {

constexpr int kMaxMenuDepth = 8;

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Ui::ShortcutsDialog", text);
}

/// "View › Appearance" for a submenu, following the menus that hold @p menu.
QString menuPath(const QMenu *menu, int depth = 0)
{
    const QString title = plainActionText(menu->title());
    if (depth < kMaxMenuDepth) {
        const QList<QObject *> holders = menu->menuAction()->associatedObjects();
        for (const QObject *holder : holders) {
            if (const auto *parentMenu = qobject_cast<const QMenu *>(holder)) {
                return tr("%1 › %2").arg(menuPath(parentMenu, depth + 1), title);
            }
        }
    }
    return title;
}

/// The label of @p page when it is a tab of a QTabWidget, without a count: "Versions (3)" →
/// "Versions".
QString tabLabel(const QWidget *page)
{
    const QWidget *stack = page->parentWidget();
    const auto *tabs = stack ? qobject_cast<const QTabWidget *>(stack->parentWidget()) : nullptr;
    if (!tabs || !qobject_cast<const QStackedWidget *>(stack)) {
        return {};
    }
    const int index = tabs->indexOf(const_cast<QWidget *>(page));
    if (index < 0) {
        return {};
    }
    static const QRegularExpression count(QStringLiteral("\\s*\\(\\d+\\)$"));
    return plainActionText(tabs->tabText(index)).remove(count);
}

/// The group of a widget's actions: the nearest of its parents that has the group property,
/// is a tab (its label), or is a page of a stacked widget with a title or accessible name.
QString widgetGroup(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *w = widget; w && w != window; w = w->parentWidget()) {
        if (const QVariant group = w->property(kShortcutGroupProperty); group.isValid()) {
            return group.toString();
        }
        if (const QString tab = tabLabel(w); !tab.isEmpty()) {
            return tab;
        }
        if (qobject_cast<const QStackedWidget *>(w->parentWidget())) {
            if (!w->windowTitle().isEmpty()) {
                return w->windowTitle();
            }
            if (!w->accessibleName().isEmpty()) {
                return w->accessibleName();
            }
        }
    }
    return tr("Window");
}

QString actionGroup(const QAction *action, const QWidget *window)
{
    if (const QVariant group = action->property(kShortcutGroupProperty); group.isValid()) {
        return group.toString();
    }
    const QList<QObject *> holders = action->associatedObjects();
    for (const QObject *holder : holders) {
        if (const auto *menu = qobject_cast<const QMenu *>(holder)) {
            return menuPath(menu);
        }
    }
    for (const QObject *holder : holders) {
        if (const auto *toolBar = qobject_cast<const QToolBar *>(holder);
            toolBar && !toolBar->windowTitle().isEmpty()) {
            return toolBar->windowTitle();
        }
    }
    for (const QObject *holder : holders) {
        if (const auto *widget = qobject_cast<const QWidget *>(holder);
            widget && widget != window) {
            return widgetGroup(widget, window);
        }
    }
    return tr("Window");
}

/// Where @p widget makes an action active: a menu reachable from the menu bar stands for the
/// whole window; a popup menu nobody holds makes it active nowhere.
void addScopes(QWidget *widget, QWidget *window, QList<QWidget *> &scopes, int depth = 0)
{
    if (qobject_cast<QMenuBar *>(widget)) {
        scopes.append(window);
    } else if (auto *menu = qobject_cast<QMenu *>(widget)) {
        if (depth < kMaxMenuDepth) {
            const QList<QObject *> holders = menu->menuAction()->associatedObjects();
            for (QObject *holder : holders) {
                if (auto *holderWidget = qobject_cast<QWidget *>(holder)) {
                    addScopes(holderWidget, window, scopes, depth + 1);
                }
            }
        }
    } else if (widget == window || window->isAncestorOf(widget)) {
        scopes.append(widget);
    }
}

ShortcutEntry entryFor(QAction *action, QWidget *window)
{
    ShortcutEntry entry{actionGroup(action, window), plainActionText(action->text()),
                        action->shortcuts(),         action,
                        action->shortcutContext(),   {}};
    const QList<QObject *> holders = action->associatedObjects();
    for (QObject *holder : holders) {
        if (auto *widget = qobject_cast<QWidget *>(holder)) {
            addScopes(widget, window, entry.scopes);
        }
    }
    return entry;
}

ShortcutEntry entryFor(QShortcut *shortcut, QWidget *window)
{
    QWidget *owner = qobject_cast<QWidget *>(shortcut->parent());
    QString group = shortcut->property(kShortcutGroupProperty).toString();
    if (group.isEmpty()) {
        group = widgetGroup(owner, window);
    }
    const QString text
        = shortcut->whatsThis().isEmpty() ? shortcut->objectName() : shortcut->whatsThis();
    return {group, text, shortcut->keys(), shortcut, shortcut->context(), {owner}};
}

/// The menu-bar order of the menu groups, for sorting.
QStringList menuOrder(const QWidget *window)
{
    QStringList order;
    const QList<QMenuBar *> bars = window->findChildren<QMenuBar *>();
    for (const QMenuBar *bar : bars) {
        for (const QAction *action : bar->actions()) {
            if (const QMenu *menu = action->menu()) {
                order.append(menuPath(menu));
                for (const QMenu *sub : menu->findChildren<QMenu *>()) {
                    order.append(menuPath(sub));
                }
            }
        }
    }
    return order;
}

void sortEntries(QList<ShortcutEntry> &entries, const QStringList &order)
{
    auto rank = [&order](const QString &group) {
        const qsizetype index = order.indexOf(group);
        return index < 0 ? order.size() : index;
    };
    std::stable_sort(entries.begin(), entries.end(),
                     [&rank](const ShortcutEntry &a, const ShortcutEntry &b) {
                         const qsizetype ra = rank(a.group);
                         const qsizetype rb = rank(b.group);
                         if (ra != rb) {
                             return ra < rb;
                         }
                         return a.group.localeAwareCompare(b.group) < 0;
                     });
}

} // namespace

QList<ShortcutEntry> collectShortcuts(QWidget *window)
{
    QList<ShortcutEntry> entries;
    QSet<QObject *> seen;
    QList<QWidget *> widgets{window};
    widgets.append(window->findChildren<QWidget *>());
    for (QWidget *widget : std::as_const(widgets)) {
        const QList<QAction *> actions = widget->actions();
        for (QAction *action : actions) {
            if (!action->shortcuts().isEmpty() && !action->isSeparator()
                && !seen.contains(action)) {
                seen.insert(action);
                entries.append(entryFor(action, window));
            }
        }
    }
    const QList<QShortcut *> shortcuts = window->findChildren<QShortcut *>();
    for (QShortcut *shortcut : shortcuts) {
        if (!shortcut->keys().isEmpty() && qobject_cast<QWidget *>(shortcut->parent())) {
            entries.append(entryFor(shortcut, window));
        }
    }
    sortEntries(entries, menuOrder(window));
    return entries;
}

QString plainActionText(const QString &text)
{
    const QString visible = text.section(QLatin1Char('\t'), 0, 0);
    QString plain;
    plain.reserve(visible.size());
    for (qsizetype i = 0; i < visible.size(); ++i) {
        if (visible.at(i) == QLatin1Char('&') && i + 1 < visible.size()) {
            ++i; // "&&" is a literal ampersand, "&x" marks the mnemonic x
        }
        plain.append(visible.at(i));
    }
    return plain;
}

QString shortcutText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys) {
        texts.append(key.toString(QKeySequence::NativeText));
    }
    return texts.join(QStringLiteral(", "));
}

} // namespace Quorum::Ui
