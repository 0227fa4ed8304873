// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "governance/inbox.h"

#include <QAbstractTableModel>

#include <vector>

namespace Quorum {

/// The approval inbox as a table: one row per pending request awaiting one person's decision
/// (from inboxFor()). It holds the rows handed to it and runs no SQL, so a worker thread can
/// read them and the model can be tested without a database.
class InboxModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxModel)

public:
    enum Column {
        ModelColumn,
        VersionColumn,
        TierColumn,
        TransitionColumn,
        SubmittedByColumn,
        SubmittedColumn,
        ExpiresColumn,
        FailedChecksColumn,
        QuorumColumn,
        ColumnCount,
    };

    enum Role {
        RequestIdRole = Qt::UserRole + 1, ///< qint64
        TierRole,                         ///< int 1–4
        FailedChecksRole,                 ///< int
        SortKeyRole,                      ///< raw value for sorting (numbers, ISO dates)
    };

    /// How quorumProgress() names the lines of the approval matrix.
    enum class Wording {
        Short, ///< by role key, for a table cell: "3 of 4 reviewer · 1 of 1 compliance"
        Long,  ///< by the policy's label: "3 of 4 AI-IRB board quorum · 1 of 1 Compliance officer"
    };

    explicit InboxModel(QObject *parent = nullptr);

    /// Replaces every row (a reset).
    void setItems(std::vector<InboxItem> items);
    const InboxItem *itemAt(int row) const;
    /// The row of request @p requestId, or -1.
    int rowOf(qint64 requestId) const;

    /// How far the quorum has come, one part per requirement of the policy.
    static QString quorumProgress(const Tally &tally, Wording wording = Wording::Long);
    /// How many threshold checks of @p request failed.
    static int failedChecks(const ReleaseRequest &request);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const InboxItem &item, int column) const;
    QVariant sortKey(const InboxItem &item, int column) const;

    std::vector<InboxItem> m_items;
};

} // namespace Quorum
