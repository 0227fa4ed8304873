// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventorymodel.h"

#include <QLocale>

namespace Quorum {

InventoryModel::InventoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void InventoryModel::setSummaries(std::vector<ModelSummary> summaries)
{
    beginResetModel();
    m_rows = std::move(summaries);
    endResetModel();
}

const ModelSummary *InventoryModel::summaryAt(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return nullptr;
    }
    return &m_rows[static_cast<std::size_t>(row)];
}

int InventoryModel::rowOf(qint64 modelId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == modelId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int InventoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int InventoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InventoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ModelSummary &s = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(s, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NameColumn) {
            return tr("%1 (%2)\n%3").arg(s.displayName, s.name, s.useCase);
        }
        return display(s, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == VersionsColumn || index.column() == PendingColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case ModelIdRole:
        return s.id;
    case ModelNameRole:
        return s.name;
    case TierRole:
        return tierNumber(s.tier);
    case StageRole:
        return s.stage ? stageKey(*s.stage) : QString();
    case SortKeyRole:
        return sortKey(s, index.column());
    case SearchTextRole:
        return QStringList{s.name, s.displayName, s.ownerName, s.team, s.useCase}.join(
            QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant InventoryModel::display(const ModelSummary &s, int column) const
{
    switch (column) {
    case NameColumn:
        return s.displayName;
    case TierColumn:
        return riskTierLabel(s.tier);
    case StageColumn:
        if (s.status == ModelStatus::Retiring) {
            return tr("%1 (retiring)").arg(s.stage ? stageLabel(*s.stage) : QString());
        }
        return s.stage ? stageLabel(*s.stage) : tr("No versions");
    case OwnerColumn:
        return s.ownerName;
    case TeamColumn:
        return s.team;
    case VersionsColumn:
        return s.versionCount;
    case ProductionColumn:
        return s.productionVersion.isEmpty() ? QStringLiteral("—") : s.productionVersion;
    case PendingColumn:
        return s.pendingRequests;
    case UpdatedColumn:
        return QLocale().toString(s.updatedAt.toLocalTime().date(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant InventoryModel::sortKey(const ModelSummary &s, int column) const
{
    switch (column) {
    case NameColumn:
        return s.displayName.toLower();
    case TierColumn:
        return tierNumber(s.tier);
    case StageColumn:
        return s.stage ? static_cast<int>(*s.stage) : -1;
    case VersionsColumn:
        return s.versionCount;
    case PendingColumn:
        return s.pendingRequests;
    case UpdatedColumn:
        return s.updatedAt;
    default:
        return display(s, column).toString().toLower();
    }
}

QVariant InventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Model");
    case TierColumn:
        return tr("Risk tier");
    case StageColumn:
        return tr("Stage");
    case OwnerColumn:
        return tr("Owner");
    case TeamColumn:
        return tr("Team");
    case VersionsColumn:
        return tr("Versions");
    case ProductionColumn:
        return tr("In production");
    case PendingColumn:
        return tr("Pending");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

} // namespace Quorum
