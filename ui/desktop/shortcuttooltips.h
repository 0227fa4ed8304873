// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAction;
class QWidget;

namespace Quorum::Ui {

/// Appends @p action's shortcut to its tool tip, "Refresh (F5)", so toolbar buttons teach the
/// key. Calling it again (after the shortcut changed) rewrites the same tip, never appends
/// twice. An action without a shortcut keeps its tip.
void showShortcutInToolTip(QAction *action);

/// showShortcutInToolTip() for every action with a shortcut in @p window (collectShortcuts()).
void showShortcutsInToolTips(QWidget *window);

} // namespace Quorum::Ui
