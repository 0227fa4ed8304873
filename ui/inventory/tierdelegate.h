// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/risktier.h"

#include <QIcon>
#include <QStyledItemDelegate>

#include <array>

namespace Quorum::Ui {

/// Draws a risk tier with a small dot in the tier's colour before its label, so critical
/// models stand out when scanning the inventory. Reads InventoryModel::TierRole.
class TierDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TierDelegate)

public:
    explicit TierDelegate(QObject *parent = nullptr);

    /// The colour that marks @p tier, readable on light and dark backgrounds.
    static QColor colour(RiskTier tier);
    /// A dot of the tier's colour, for labels and items.
    static QIcon badge(RiskTier tier);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    std::array<QIcon, 4> m_badges; ///< one per tier, Critical first
};

} // namespace Quorum::Ui
