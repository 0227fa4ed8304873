// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSplitter>

class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Quorum {
class AuditEventModel;
}

namespace Quorum::Ui {

/// The audit events as a table (through a filter) beside the selected event's details: who,
/// when, the hashes and the row before and after, as indented JSON.
class AuditEventView final : public QSplitter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditEventView)

public:
    AuditEventView(AuditEventModel *events, QSortFilterProxyModel *filter,
                   QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    /// The seq of the selected event, or 0.
    qint64 selectedSeq() const;
    /// Selects the row at @p filterIndex (of the filter model) and scrolls to it.
    void select(const QModelIndex &filterIndex);
    /// Selects the first row when nothing is selected.
    void selectFirstIfNone();

private:
    void showSelected();

    AuditEventModel *m_events;
    QSortFilterProxyModel *m_filter;
    QTableView *m_table;
    QPlainTextEdit *m_details;
};

} // namespace Quorum::Ui
