// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/risktier.h"
#include "domain/stage.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace Quorum {

/// Sorts and filters an InventoryModel: free-text search (name, owner, team, use case; every
/// word must match, case-insensitive), a risk-tier filter and a stage filter.
class InventoryFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryFilterModel)

public:
    explicit InventoryFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    /// nullopt shows every tier.
    void setTierFilter(std::optional<RiskTier> tier);
    /// nullopt shows every stage.
    void setStageFilter(std::optional<Stage> stage);

    QString searchText() const { return m_words.join(QLatin1Char(' ')); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    std::optional<RiskTier> m_tier;
    std::optional<Stage> m_stage;
};

} // namespace Quorum
