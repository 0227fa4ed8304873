// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryfiltermodel.h"

#include "inventorymodel.h"

namespace Quorum {

InventoryFilterModel::InventoryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InventoryModel::SortKeyRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void InventoryFilterModel::setSearchText(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words) {
        return;
    }
    m_words = words;
    invalidateFilter();
}

void InventoryFilterModel::setTierFilter(std::optional<RiskTier> tier)
{
    if (tier == m_tier) {
        return;
    }
    m_tier = tier;
    invalidateFilter();
}

void InventoryFilterModel::setStageFilter(std::optional<Stage> stage)
{
    if (stage == m_stage) {
        return;
    }
    m_stage = stage;
    invalidateFilter();
}

bool InventoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_tier && index.data(InventoryModel::TierRole).toInt() != tierNumber(*m_tier)) {
        return false;
    }
    if (m_stage && index.data(InventoryModel::StageRole).toString() != stageKey(*m_stage)) {
        return false;
    }
    if (m_words.isEmpty()) {
        return true;
    }
    const QString haystack = index.data(InventoryModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive)) {
            return false;
        }
    }
    return true;
}

} // namespace Quorum
