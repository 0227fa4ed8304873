// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutconflicts.h"

#include "desktop/shortcutcollector.h"

#include <QCoreApplication>
#include <QStackedWidget>
#include <QWidget>

#include <algorithm>
#include <iterator>

namespace Quorum::Ui {

namespace {

bool isAncestorOrSelf(const QWidget *ancestor, const QWidget *widget)
{
    return ancestor == widget || ancestor->isAncestorOf(widget);
}

/// Whether @p a and @p b sit on different pages of one stacked widget (a QTabWidget holds
/// one too), so they are never visible together.
bool onDifferentPages(const QWidget *a, const QWidget *b)
{
    for (const QWidget *page = a; page && page->parentWidget(); page = page->parentWidget()) {
        const auto *stack = qobject_cast<const QStackedWidget *>(page->parentWidget());
        if (!stack || !stack->isAncestorOf(b)) {
            continue;
        }
        const QWidget *other = b;
        while (other->parentWidget() != stack) {
            other = other->parentWidget();
        }
        if (other != page) {
            return true;
        }
    }
    return false;
}

bool isWide(Qt::ShortcutContext context)
{
    return context == Qt::WindowShortcut || context == Qt::ApplicationShortcut;
}

bool contextsOverlap(const ShortcutEntry &a, const QWidget *wa, const ShortcutEntry &b,
                     const QWidget *wb)
{
    if (onDifferentPages(wa, wb)) {
        return false;
    }
    if (isWide(a.context) || isWide(b.context)) {
        return true; // while the focus is in the narrower one, both are active
    }
    const bool aChildren = a.context == Qt::WidgetWithChildrenShortcut;
    const bool bChildren = b.context == Qt::WidgetWithChildrenShortcut;
    if (aChildren && bChildren) {
        return isAncestorOrSelf(wa, wb) || isAncestorOrSelf(wb, wa);
    }
    if (aChildren) {
        return isAncestorOrSelf(wa, wb);
    }
    if (bChildren) {
        return isAncestorOrSelf(wb, wa);
    }
    return wa == wb;
}

bool canBeActiveTogether(const ShortcutEntry &a, const ShortcutEntry &b)
{
    for (const QWidget *wa : a.scopes) {
        for (const QWidget *wb : b.scopes) {
            if (contextsOverlap(a, wa, b, wb)) {
                return true;
            }
        }
    }
    return false;
}

QString nameOf(const ShortcutEntry &entry)
{
    return QCoreApplication::translate("Quorum::Ui::ShortcutsDialog", "%1: %2")
        .arg(entry.group, entry.text);
}

void addConflict(QList<ShortcutConflict> &conflicts, const QKeySequence &key,
                 const ShortcutEntry &a, const ShortcutEntry &b)
{
    auto found = std::find_if(conflicts.begin(), conflicts.end(),
                              [&key](const ShortcutConflict &c) { return c.key == key; });
    if (found == conflicts.end()) {
        conflicts.append({key, {}});
        found = std::prev(conflicts.end());
    }
    for (const ShortcutEntry *entry : {&a, &b}) {
        if (const QString name = nameOf(*entry); !found->names.contains(name)) {
            found->names.append(name);
        }
    }
}

} // namespace

QList<ShortcutConflict> findShortcutConflicts(QWidget *window)
{
    const QList<ShortcutEntry> entries = collectShortcuts(window);
    QList<ShortcutConflict> conflicts;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        for (qsizetype j = i + 1; j < entries.size(); ++j) {
            for (const QKeySequence &key : entries.at(i).keys) {
                if (entries.at(j).keys.contains(key)
                    && canBeActiveTogether(entries.at(i), entries.at(j))) {
                    addConflict(conflicts, key, entries.at(i), entries.at(j));
                }
            }
        }
    }
    return conflicts;
}

} // namespace Quorum::Ui
