// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>
#include <QPainterPath>

namespace Quorum::Ui {

class LineageNodeItem;

/// A curved arrow from one node's right side to another's left side, in the palette's text
/// colour; highlighted while either end is selected.
class LineageEdgeItem final : public QGraphicsItem
{
public:
    LineageEdgeItem(const LineageNodeItem *from, const LineageNodeItem *to);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const LineageNodeItem *m_from;
    const LineageNodeItem *m_to;
    QPainterPath m_path;
    QPolygonF m_head;
};

} // namespace Quorum::Ui
