// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineagenodeitem.h"

#include "charts/chartstyle.h"
#include "lineage/lineagetext.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>

namespace Quorum::Ui {

namespace {

constexpr double kRadius = 8.0;
constexpr double kStrip = 6.0;
constexpr double kSymbol = 16.0;
constexpr double kPadding = 12.0;

QPalette paletteOf(const QGraphicsItem *item)
{
    return item->scene() ? item->scene()->palette() : QPalette();
}

/// The kind's accent, taken from the palette so it follows light and dark themes.
QColor kindColour(LineageNodeKind kind, const QPalette &palette)
{
    switch (kind) {
    case LineageNodeKind::Dataset:
        return palette.color(QPalette::Link);
    case LineageNodeKind::Version: // the selection colour is deep; lift it on dark palettes
        return isDarkPalette(palette) ? palette.color(QPalette::Highlight).lighter(150)
                                      : palette.color(QPalette::Highlight);
    case LineageNodeKind::Deployment:
        return palette.color(QPalette::LinkVisited);
    }
    return palette.color(QPalette::Text);
}

/// Red and green that stay readable on the palette's base colour, light or dark.
QColor warningColour(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xc4, 0x20, 0x2b);
}

QColor liveColour(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0x56, 0xc7, 0x78) : QColor(0x17, 0x73, 0x2f);
}

} // namespace

LineageNodeItem::LineageNodeItem(const LineageNode &node, int index, const QRectF &rect)
    : m_index(index)
    , m_key(node.key)
    , m_kind(node.kind)
    , m_rect(rect)
    , m_title(LineageText::title(node))
    , m_subtitle(LineageText::subtitle(node))
    , m_accessibleName(LineageText::accessibleName(node))
    , m_pii(node.kind == LineageNodeKind::Dataset && node.dataset.containsPii)
    , m_live(node.kind == LineageNodeKind::Deployment && node.deployment.live)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setToolTip(LineageText::toolTip(node));
    setZValue(1); // above the edges
}

QRectF LineageNodeItem::boundingRect() const
{
    return m_rect.adjusted(-2, -2, 2, 2);
}

QPointF LineageNodeItem::inPort() const
{
    return mapToScene(QPointF(m_rect.left(), m_rect.center().y()));
}

QPointF LineageNodeItem::outPort() const
{
    return mapToScene(QPointF(m_rect.right(), m_rect.center().y()));
}

void LineageNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette palette = paletteOf(this);
    const QColor accent = kindColour(m_kind, palette);
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath box;
    box.addRoundedRect(m_rect, kRadius, kRadius);
    painter->fillPath(box, palette.color(QPalette::Base));
    painter->save();
    painter->setClipPath(box);
    painter->fillRect(QRectF(m_rect.left(), m_rect.top(), kStrip, m_rect.height()), accent);
    painter->restore();
    painter->setPen(isSelected() ? QPen(palette.color(QPalette::Highlight), 3.0)
                                 : QPen(accent, 1.2));
    painter->drawPath(box);

    paintSymbol(painter, accent);
    const double textLeft = m_rect.left() + kStrip + kPadding + kSymbol + 8.0;
    const double textWidth = m_rect.right() - kPadding - textLeft - (m_pii || m_live ? 36.0 : 0.0);
    QFont bold = scene() ? scene()->font() : QFont();
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    painter->setFont(bold);
    painter->setPen(palette.color(QPalette::Text));
    const QRectF titleRect(textLeft, m_rect.top() + 10.0, textWidth, boldMetrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(m_title, Qt::ElideMiddle, textWidth));
    QFont plain = scene() ? scene()->font() : QFont();
    const QFontMetricsF metrics(plain);
    painter->setFont(plain);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    const QRectF subRect(textLeft, titleRect.bottom() + 6.0, m_rect.right() - kPadding - textLeft,
                         metrics.height());
    painter->drawText(subRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(m_subtitle, Qt::ElideRight, subRect.width()));
    paintBadge(painter, palette);
}

void LineageNodeItem::paintSymbol(QPainter *painter, const QColor &colour) const
{
    const QRectF r(m_rect.left() + kStrip + kPadding, m_rect.top() + 12.0, kSymbol, kSymbol);
    painter->save();
    painter->setPen(QPen(colour, 1.6));
    painter->setBrush(Qt::NoBrush);
    switch (m_kind) {
    case LineageNodeKind::Dataset: { // a cylinder
        const double cap = r.height() / 4.0;
        painter->drawEllipse(QRectF(r.left(), r.top(), r.width(), cap * 2));
        painter->drawLine(QPointF(r.left(), r.top() + cap), QPointF(r.left(), r.bottom() - cap));
        painter->drawLine(QPointF(r.right(), r.top() + cap), QPointF(r.right(), r.bottom() - cap));
        painter->drawArc(QRectF(r.left(), r.bottom() - cap * 2, r.width(), cap * 2), 180 * 16,
                         180 * 16);
        break;
    }
    case LineageNodeKind::Version: // a ring with a dot, as in commit graphs
        painter->drawEllipse(r.adjusted(1, 1, -1, -1));
        painter->setBrush(colour);
        painter->drawEllipse(r.center(), 2.5, 2.5);
        break;
    case LineageNodeKind::Deployment: // a server with two slots
        painter->drawRoundedRect(r.adjusted(0, 2, 0, -2), 2, 2);
        painter->drawLine(QPointF(r.left() + 3, r.center().y() - 2),
                          QPointF(r.right() - 3, r.center().y() - 2));
        painter->drawLine(QPointF(r.left() + 3, r.center().y() + 3),
                          QPointF(r.right() - 3, r.center().y() + 3));
        break;
    }
    painter->restore();
}

void LineageNodeItem::paintBadge(QPainter *painter, const QPalette &palette) const
{
    if (!m_pii && !m_live) {
        return;
    }
    const QColor colour = m_pii ? warningColour(palette) : liveColour(palette);
    const QString text = m_pii ? QCoreApplication::translate("Quorum::Ui::LineageNodeItem", "PII")
                               : QCoreApplication::translate("Quorum::Ui::LineageNodeItem", "live");
    QFont font = scene() ? scene()->font() : QFont();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.8);
    const QFontMetricsF metrics(font);
    const double width = metrics.horizontalAdvance(text) + 10.0;
    const QRectF badge(m_rect.right() - kPadding / 2 - width, m_rect.top() + 8.0, width,
                       metrics.height() + 4.0);
    painter->save();
    painter->setFont(font);
    painter->setPen(QPen(colour, 1.2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(badge, 4, 4);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace Quorum::Ui
