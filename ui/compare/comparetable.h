// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTableView>
#include <QVariant>

#include <optional>
#include <vector>

class QSortFilterProxyModel;
class QStandardItemModel;

namespace Quorum::Ui {

/// One cell: its text, the value it sorts by (a number for numeric columns; missing numbers
/// sort first), alignment and an optional tooltip.
struct CompareCell
{
    QString text;
    QVariant sortValue; ///< the text when invalid
    Qt::Alignment alignment = Qt::AlignLeft;
    QString toolTip;
};

/// How a row is marked.
enum class RowMark {
    None,
    Regression, ///< worse than the policy allows: tinted with the palette-safe alert colour
    Caution,    ///< worth a look (drift worsened, fairness flags): tinted with the warning colour
};

/// A read-only, sortable table of one comparison section. Rows keep the order they were added
/// in until the user sorts by a column. A marked row gets a tinted background (readable on
/// light and dark palettes) and a warning icon in its first cell.
class CompareTable final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareTable)

public:
    /// The role holding a row's RowMark (as int) on every cell.
    static constexpr int kMarkRole = Qt::UserRole + 2;

    CompareTable(const QString &objectName, const QString &accessibleName,
                 const QStringList &headers, QWidget *parent = nullptr);

    void clearRows();
    void addRow(const std::vector<CompareCell> &cells, RowMark mark = RowMark::None);
    /// Sizes the columns to the rows added.
    void finishRows();
    int rowCount() const;

    /// The header and the selected rows, as shown (sorted), tab-separated, one per line; empty
    /// when nothing is selected.
    QString selectedRowsAsTsv() const;

    /// A number cell, right-aligned, sorting by @p value.
    static CompareCell numberCell(const QString &text, std::optional<double> value);
    static CompareCell textCell(const QString &text, const QString &toolTip = {});

protected:
    /// Ctrl+C copies the selected rows (selectedRowsAsTsv), not only the current cell.
    void keyPressEvent(QKeyEvent *event) override;
    /// Mixes the row tints again when the palette changes (light ↔ dark).
    void changeEvent(QEvent *event) override;

private:
    QStandardItemModel *m_rows;
    QSortFilterProxyModel *m_sorted;
};

} // namespace Quorum::Ui
