// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <vector>

class QLabel;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace Quorum::Ui {

/// How a dashboard row is highlighted.
enum class RowEmphasis {
    None,
    Warning, ///< amber: due soon, expiring soon
    Alert,   ///< red: overdue, never reviewed, about to expire
};

/// One row of a dashboard list.
struct DashboardRow
{
    qint64 id = 0; ///< what activating the row opens (a request or a model)
    QStringList cells;
    QString toolTip;
    RowEmphasis emphasis = RowEmphasis::None;
    int emphasisColumn = -1; ///< the cell shown in the status colour (all cells when -1)
};

/// A list of one dashboard section: a compact table that grows with its rows (up to a limit,
/// then it scrolls), or a friendly empty-state text. Keeps the selected row (by id) across
/// setRows(). Enter or a double-click on a row emits rowActivated().
class DashboardList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardList)

public:
    /// Item data roles tests and views read.
    enum DataRole {
        IdRole = Qt::UserRole + 1, ///< qint64: DashboardRow::id
        EmphasisRole,              ///< int: RowEmphasis
    };

    /// At most this many rows are shown before the list scrolls.
    static constexpr int kVisibleRows = 8;

    DashboardList(const QString &objectName, const QString &accessibleName,
                  QWidget *parent = nullptr);

    void setColumns(const QStringList &headers);
    /// Replaces the rows; an empty list shows @p emptyText instead.
    void setRows(const std::vector<DashboardRow> &rows, const QString &emptyText);
    /// Shows only @p text (no database, a failed read).
    void showMessage(const QString &text);

    int rowCount() const;
    /// The id of the selected row, or 0.
    qint64 selectedId() const;
    /// Selects the row with @p id when listed.
    void selectId(qint64 id);
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void rowActivated(qint64 id);

private:
    void fitHeight();
    QTreeWidgetItem *itemFor(const DashboardRow &row) const;

    QStackedWidget *m_stack;
    QTreeWidget *m_tree;
    QLabel *m_empty;
};

} // namespace Quorum::Ui
