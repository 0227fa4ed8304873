// SPDX-License-Identifier: GPL-3.0-or-later
#include "tierdelegate.h"

#include "itemmodels/inventorymodel.h"

#include <QPainter>
#include <QPixmap>

namespace Quorum::Ui {

namespace {

constexpr int kBadgeSize = 16;
constexpr qreal kDotDiameter = 9.0;

QIcon makeBadge(const QColor &colour)
{
    QIcon icon;
    for (const qreal scale : {1.0, 2.0}) {
        QPixmap pixmap(QSize(kBadgeSize, kBadgeSize) * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        const qreal offset = (kBadgeSize - kDotDiameter) / 2.0;
        painter.drawEllipse(QRectF(offset, offset, kDotDiameter, kDotDiameter));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

TierDelegate::TierDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_badges{badge(RiskTier::Critical), badge(RiskTier::High), badge(RiskTier::Standard),
               badge(RiskTier::Experimental)}
{}

QColor TierDelegate::colour(RiskTier tier)
{
    switch (tier) {
    case RiskTier::Critical:
        return QColor(0xd3, 0x2f, 0x2f);
    case RiskTier::High:
        return QColor(0xef, 0x7d, 0x00);
    case RiskTier::Standard:
        return QColor(0x1e, 0x88, 0xe5);
    case RiskTier::Experimental:
        return QColor(0x8e, 0x8e, 0x93);
    }
    return {};
}

QIcon TierDelegate::badge(RiskTier tier)
{
    return makeBadge(colour(tier));
}

void TierDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const std::optional<RiskTier> tier
        = riskTierFromNumber(index.data(InventoryModel::TierRole).toInt());
    if (!tier) {
        return;
    }
    option->icon = m_badges[static_cast<std::size_t>(tierNumber(*tier) - 1)];
    option->decorationSize = QSize(kBadgeSize, kBadgeSize);
    option->features |= QStyleOptionViewItem::HasDecoration;
}

} // namespace Quorum::Ui
