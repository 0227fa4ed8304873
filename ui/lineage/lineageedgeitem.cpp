// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineageedgeitem.h"

#include "lineagenodeitem.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPalette>

#include <algorithm>

namespace Quorum::Ui {

namespace {

constexpr double kHeadLength = 10.0;
constexpr double kHeadHalfWidth = 5.0;

} // namespace

LineageEdgeItem::LineageEdgeItem(const LineageNodeItem *from, const LineageNodeItem *to)
    : m_from(from)
    , m_to(to)
{
    const QPointF start = from->outPort();
    const QPointF tip = to->inPort();
    const QPointF end(tip.x() - kHeadLength, tip.y());
    const double bend = std::max(40.0, (end.x() - start.x()) / 2.0);
    m_path.moveTo(start);
    m_path.cubicTo(QPointF(start.x() + bend, start.y()), QPointF(end.x() - bend, end.y()), end);
    // The curve arrives horizontally, so the head points straight right.
    m_head << tip << QPointF(end.x(), end.y() - kHeadHalfWidth)
           << QPointF(end.x(), end.y() + kHeadHalfWidth);
    setZValue(0);
    setToolTip(QStringLiteral("%1 → %2").arg(from->title(), to->title()));
}

QRectF LineageEdgeItem::boundingRect() const
{
    return m_path.boundingRect().united(m_head.boundingRect()).adjusted(-3, -3, 3, 3);
}

QPainterPath LineageEdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8.0); // easy to hover for the tooltip
    QPainterPath shape = stroker.createStroke(m_path);
    shape.addPolygon(m_head);
    return shape;
}

void LineageEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const bool highlighted = m_from->isSelected() || m_to->isSelected();
    QColor colour
        = highlighted ? palette.color(QPalette::Highlight) : palette.color(QPalette::Text);
    if (!highlighted) {
        colour.setAlphaF(0.55f);
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(colour, highlighted ? 2.2 : 1.4));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(m_head);
}

} // namespace Quorum::Ui
