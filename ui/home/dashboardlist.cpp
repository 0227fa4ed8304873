// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardlist.h"

#include "charts/chartstyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Quorum::Ui {

DashboardList::DashboardList(const QString &objectName, const QString &accessibleName,
                             QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget)
    , m_tree(new QTreeWidget)
    , m_empty(new QLabel)
{
    setObjectName(objectName);
    m_tree->setObjectName(objectName + QStringLiteral("Table"));
    m_tree->setAccessibleName(accessibleName);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionsMovable(false);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT rowActivated(item->data(0, IdRole).toLongLong());
    });

    m_empty->setObjectName(objectName + QStringLiteral("Empty"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAccessibleName(accessibleName);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setFocusProxy(m_tree);
}

void DashboardList::setColumns(const QStringList &headers)
{
    m_tree->setColumnCount(int(headers.size()));
    m_tree->setHeaderLabels(headers);
}

QTreeWidgetItem *DashboardList::itemFor(const DashboardRow &row) const
{
    auto *item = new QTreeWidgetItem(row.cells);
    item->setData(0, IdRole, row.id);
    item->setData(0, EmphasisRole, int(row.emphasis));
    if (row.emphasis != RowEmphasis::None) {
        const QColor colour = driftStatusColor(
            row.emphasis == RowEmphasis::Alert ? DriftStatus::Drift : DriftStatus::Warning,
            palette());
        for (int column = 0; column < int(row.cells.size()); ++column) {
            if (row.emphasisColumn < 0 || row.emphasisColumn == column) {
                item->setForeground(column, colour);
                QFont bold = m_tree->font();
                bold.setBold(true);
                item->setFont(column, bold);
            }
        }
    }
    for (int column = 0; column < int(row.cells.size()); ++column) {
        item->setToolTip(column, row.toolTip.isEmpty() ? row.cells.at(column) : row.toolTip);
    }
    return item;
}

void DashboardList::setRows(const std::vector<DashboardRow> &rows, const QString &emptyText)
{
    const qint64 selected = selectedId();
    const bool firstFill = m_tree->topLevelItemCount() == 0;
    m_tree->clear();
    if (rows.empty()) {
        showMessage(emptyText);
        return;
    }
    QList<QTreeWidgetItem *> items;
    for (const DashboardRow &row : rows) {
        items.append(itemFor(row));
    }
    m_tree->addTopLevelItems(items);
    if (firstFill) {
        for (int column = 0; column + 1 < m_tree->columnCount(); ++column) {
            m_tree->resizeColumnToContents(column);
        }
    }
    m_stack->setCurrentWidget(m_tree);
    selectId(selected);
    fitHeight();
}

void DashboardList::showMessage(const QString &text)
{
    m_tree->clear();
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
    m_stack->setFixedHeight(m_empty->sizeHint().height());
}

void DashboardList::fitHeight()
{
    const int shown = std::min(m_tree->topLevelItemCount(), kVisibleRows);
    const int hint = m_tree->sizeHintForRow(0);
    const int rowHeight = hint > 0 ? hint : fontMetrics().height() + 4;
    const int height = m_tree->header()->sizeHint().height() + shown * rowHeight
        + 2 * m_tree->frameWidth() + m_tree->horizontalScrollBar()->sizeHint().height();
    m_stack->setFixedHeight(height);
}

int DashboardList::rowCount() const
{
    return m_stack->currentWidget() == m_tree ? m_tree->topLevelItemCount() : 0;
}

qint64 DashboardList::selectedId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, IdRole).toLongLong() : 0;
}

void DashboardList::selectId(qint64 id)
{
    if (id == 0) {
        return;
    }
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(0, IdRole).toLongLong() == id) {
            m_tree->setCurrentItem(item);
            return;
        }
    }
}

} // namespace Quorum::Ui
