// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/modelsummary.h"

#include <QAbstractTableModel>

#include <vector>

namespace Quorum {

/// The model inventory as a table: one row per model. It holds rows handed to it (from
/// ModelRepository::summaries()) and runs no SQL itself, so it can be filled from any thread's
/// query and tested without a database.
class InventoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryModel)

public:
    enum Column {
        NameColumn,
        TierColumn,
        StageColumn,
        OwnerColumn,
        TeamColumn,
        VersionsColumn,
        ProductionColumn,
        PendingColumn,
        UpdatedColumn,
        ColumnCount,
    };

    enum Role {
        ModelIdRole = Qt::UserRole + 1, ///< qint64
        ModelNameRole,                  ///< machine name
        TierRole,                       ///< int 1–4
        StageRole,                      ///< stage key, empty when the model has no version
        SortKeyRole,                    ///< raw value for sorting (numbers, ISO dates)
        SearchTextRole,                 ///< the text a search matches against
    };

    explicit InventoryModel(QObject *parent = nullptr);

    /// Replaces every row (a reset: views keep their sort and filter settings).
    void setSummaries(std::vector<ModelSummary> summaries);
    const ModelSummary *summaryAt(int row) const;
    /// The row of the model with @p modelId, or -1.
    int rowOf(qint64 modelId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ModelSummary &s, int column) const;
    QVariant sortKey(const ModelSummary &s, int column) const;

    std::vector<ModelSummary> m_rows;
};

} // namespace Quorum
