// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreviewmodel.h"

#include "imports/importsummary.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace Quorum::Ui {

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportPreviewModel::setChanges(std::vector<PlannedChange> changes)
{
    beginResetModel();
    m_changes = std::move(changes);
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_changes.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PlannedChange &change = m_changes[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case StatusColumn:
            return changeStatusName(change.status);
        case KindColumn:
            return changeKindName(change.kind);
        case TargetColumn:
            return change.target;
        case DescriptionColumn:
            return change.description;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && change.status == ChangeStatus::Unchanged) {
        return QGuiApplication::palette().brush(QPalette::PlaceholderText);
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case KindColumn:
        return tr("Kind");
    case TargetColumn:
        return tr("Target");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace Quorum::Ui
