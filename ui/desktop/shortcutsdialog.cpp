// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include "desktop/shortcutcollector.h"
#include "desktop/shortcutconflicts.h"
#include "desktop/themedicon.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Quorum::Ui {

namespace {

const QString kDialogName = QStringLiteral("shortcutsDialog");

QStandardItem *readOnlyItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_conflicts(new QLabel(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(kDialogName);
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setObjectName(QStringLiteral("shortcutsFilter"));
    m_filter->setPlaceholderText(tr("Filter by action, key or menu"));
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_conflicts->setObjectName(QStringLiteral("shortcutConflicts"));
    m_conflicts->setWordWrap(true);
    m_conflicts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::setFilterText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_conflicts);
    layout->addWidget(buttons);
    setTabOrder(m_filter, m_tree);

    fill(window);
    showConflicts(window);
    resize(520, 560);
}

void ShortcutsDialog::fill(QWidget *window)
{
    m_model->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    QStandardItem *group = nullptr;
    for (const ShortcutEntry &entry : collectShortcuts(window)) {
        if (entry.text.isEmpty()) {
            continue;
        }
        if (!group || group->text() != entry.group) {
            group = readOnlyItem(entry.group);
            QFont bold = group->font();
            bold.setBold(true);
            group->setFont(bold);
            m_model->appendRow({group, readOnlyItem({})});
        }
        group->appendRow({readOnlyItem(entry.text), readOnlyItem(shortcutText(entry.keys))});
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
}

void ShortcutsDialog::showConflicts(QWidget *window)
{
    QStringList lines;
    for (const ShortcutConflict &conflict : findShortcutConflicts(window)) {
        lines.append(tr("%1 is taken by more than one action: %2")
                         .arg(conflict.key.toString(QKeySequence::NativeText),
                              conflict.names.join(QStringLiteral("; "))));
    }
    m_conflicts->setText(lines.join(QLatin1Char('\n')));
    m_conflicts->setVisible(!lines.isEmpty());
}

void ShortcutsDialog::setFilterText(const QString &text)
{
    if (m_filter->text() != text) {
        m_filter->setText(text); // comes back here through textChanged
        return;
    }
    m_proxy->setFilterFixedString(text);
    m_tree->expandAll();
}

int ShortcutsDialog::visibleShortcutCount() const
{
    int count = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        count += m_proxy->rowCount(m_proxy->index(row, 0));
    }
    return count;
}

QAction *createShortcutsAction(QWidget *window)
{
    auto *action = new QAction(themedIcon(QStringLiteral("shortcuts")),
                               ShortcutsDialog::tr("&Keyboard Shortcuts"), window);
    action->setObjectName(QStringLiteral("shortcutsAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    action->setStatusTip(ShortcutsDialog::tr("List every keyboard shortcut of this window"));
    window->addAction(action);
    QObject::connect(action, &QAction::triggered, window, [window] {
        auto *dialog
            = window->findChild<ShortcutsDialog *>(kDialogName, Qt::FindDirectChildrenOnly);
        if (!dialog) {
            dialog = new ShortcutsDialog(window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    return action;
}

} // namespace Quorum::Ui
