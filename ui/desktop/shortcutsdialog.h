// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace Quorum::Ui {

/// Help → Keyboard Shortcuts: every shortcut of a window (collectShortcuts()), grouped by
/// menu or area, with a filter box that matches action texts, keys and groups. Shortcuts that
/// clash (findShortcutConflicts()) are named under the list.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    /// Lists the shortcuts of @p window as they are now; the dialog is @p window's child.
    explicit ShortcutsDialog(QWidget *window);

    /// Shows only the rows whose action, key or group contains @p text (case-insensitive).
    void setFilterText(const QString &text);
    /// The number of shortcuts shown under the filter.
    int visibleShortcutCount() const;

private:
    void fill(QWidget *window);
    void showConflicts(QWidget *window);

    QLineEdit *m_filter;
    QTreeView *m_tree;
    QLabel *m_conflicts;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

/// A "&Keyboard Shortcuts" action (Ctrl+/, the "shortcuts" icon) that opens the
/// ShortcutsDialog of @p window, or raises the one already open. It is @p window's child and
/// added to it; put it in the Help menu.
QAction *createShortcutsAction(QWidget *window);

} // namespace Quorum::Ui
