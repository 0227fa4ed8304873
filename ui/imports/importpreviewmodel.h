// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/apply/importplan.h"

#include <QAbstractTableModel>

#include <vector>

namespace Quorum::Ui {

/// The rows of an import preview, one PlannedChange each: Status (New/Unchanged), Kind,
/// Target, Description. Unchanged rows are greyed.
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewModel)

public:
    enum Column {
        StatusColumn,
        KindColumn,
        TargetColumn,
        DescriptionColumn,
        ColumnCount,
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    /// Shows @p changes (none: an empty table).
    void setChanges(std::vector<PlannedChange> changes);
    const std::vector<PlannedChange> &changes() const { return m_changes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<PlannedChange> m_changes;
};

} // namespace Quorum::Ui
