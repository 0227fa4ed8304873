// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "approvals/approvalssnapshot.h"

#include <QAbstractTableModel>

namespace Quorum::Ui {

/// The release requests of one model as a table: version, transition, submitter, time,
/// status, policy and how many decisions were signed. Sort by SortKeyRole.
class RequestTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestTableModel)

public:
    enum Column {
        VersionColumn,
        TransitionColumn,
        SubmittedByColumn,
        SubmittedColumn,
        StatusColumn,
        PolicyColumn,
        DecisionsColumn,
        ColumnCount,
    };
    enum Role {
        RequestIdRole = Qt::UserRole + 1,
        SortKeyRole,
    };

    explicit RequestTableModel(QObject *parent = nullptr);

    /// Shows the requests of @p snapshot (which must outlive the next call).
    void setSnapshot(const ApprovalsSnapshot *snapshot);
    /// The row of request @p requestId, or -1.
    int rowOf(qint64 requestId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const ApprovalRequest &row, int column) const;
    QVariant sortKey(const ApprovalRequest &row, int column) const;

    const ApprovalsSnapshot *m_snapshot = nullptr;
};

} // namespace Quorum::Ui
