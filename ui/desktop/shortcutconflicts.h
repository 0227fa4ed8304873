// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QList>
#include <QStringList>

class QWidget;

namespace Quorum::Ui {

/// A key that more than one action or shortcut answers to at the same time, so Qt would
/// trigger none of them ("Ambiguous shortcut overload").
struct ShortcutConflict
{
    QKeySequence key;
    QStringList names; ///< "File: Open…", "Inventory: Open Model", in the shortcut list's order
};

/// The shortcuts of @p window (collectShortcuts()) that can be active together with the same
/// key: their contexts overlap (window-wide against anything in the window; a widget's own
/// shortcut against another on that widget or a parent holding it with its children) and
/// their widgets can be on screen together (not on different pages of a stacked or tab
/// widget). Multi-chord prefixes are not compared.
QList<ShortcutConflict> findShortcutConflicts(QWidget *window);

} // namespace Quorum::Ui
