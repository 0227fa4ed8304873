// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lineage/lineagegraph.h"

#include <QGraphicsItem>
#include <QString>

namespace Quorum::Ui {

/// One node of the lineage graph: a rounded box in the scene palette's colours with a kind
/// symbol (cylinder = dataset, ring = version, server = deployment), its name, a second line
/// (dataset version and rows, stage, live or past) and a "PII" badge on datasets holding
/// personal data. Selectable and focusable; its tooltip lists the details.
class LineageNodeItem final : public QGraphicsItem
{
public:
    LineageNodeItem(const LineageNode &node, int index, const QRectF &rect);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    int index() const { return m_index; }
    const QString &key() const { return m_key; }
    LineageNodeKind kind() const { return m_kind; }
    const QString &title() const { return m_title; }
    /// What a screen reader says for the node (the view announces it when it becomes current).
    const QString &accessibleName() const { return m_accessibleName; }
    /// Where edges attach: the middle of the left and right sides, in scene coordinates.
    QPointF inPort() const;
    QPointF outPort() const;

private:
    void paintSymbol(QPainter *painter, const QColor &colour) const;
    void paintBadge(QPainter *painter, const QPalette &palette) const;

    int m_index;
    QString m_key;
    LineageNodeKind m_kind;
    QRectF m_rect;
    QString m_title;
    QString m_subtitle;
    QString m_accessibleName;
    bool m_pii = false;
    bool m_live = false;
};

} // namespace Quorum::Ui
