// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineageview.h"

#include "lineagenodeitem.h"
#include "lineagescene.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QSignalBlocker>
#include <QWheelEvent>

#include <algorithm>

namespace Quorum::Ui {

namespace {

constexpr double kStepFactor = 1.25;
constexpr double kMinZoom = 0.1;
constexpr double kMaxZoom = 4.0;

} // namespace

LineageView::LineageView(LineageScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setObjectName(QStringLiteral("lineageView"));
    setAccessibleName(tr("Lineage graph"));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setFocusPolicy(Qt::StrongFocus);
    connect(scene, &QGraphicsScene::selectionChanged, this, &LineageView::selectionChanged);
}

void LineageView::zoomIn()
{
    scaleBy(kStepFactor);
}

void LineageView::zoomOut()
{
    scaleBy(1.0 / kStepFactor);
}

void LineageView::fitAll()
{
    if (m_scene->items().isEmpty()) {
        resetTransform();
        return;
    }
    fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    if (zoom() > 1.0) {
        resetTransform();
    }
}

double LineageView::zoom() const
{
    return transform().m11();
}

void LineageView::scaleBy(double factor)
{
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    const double applied = target / zoom();
    scale(applied, applied);
}

void LineageView::setCurrentNode(int index)
{
    const auto &nodes = m_scene->nodeItems();
    LineageNodeItem *item
        = index >= 0 && index < int(nodes.size()) ? nodes[size_t(index)] : nullptr;
    {
        const QSignalBlocker blocker(m_scene);
        m_scene->clearSelection();
        if (item) {
            item->setSelected(true);
            m_scene->setFocusItem(item);
        }
    }
    if (item) {
        ensureVisible(item, 24, 24);
    }
    selectionChanged();
}

int LineageView::currentNode() const
{
    return m_scene->selectedIndex();
}

void LineageView::selectionChanged()
{
    const int index = m_scene->selectedIndex();
    m_scene->update(); // edges at the selected node are highlighted
    if (index == m_current) {
        return;
    }
    m_current = index;
    const QString description
        = index >= 0 ? m_scene->nodeItems()[size_t(index)]->accessibleName() : QString();
    setAccessibleDescription(description);
    QAccessibleEvent announce(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&announce);
    Q_EMIT currentNodeChanged(index);
}

bool LineageView::moveCurrent(LineageStep step)
{
    const int next = m_scene->step(currentNode(), step);
    if (next < 0) {
        return false;
    }
    setCurrentNode(next);
    return true;
}

bool LineageView::event(QEvent *event)
{
    // Tab walks the boxes; past the last (or before the first) it leaves the view as usual.
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        if (plain && key->key() == Qt::Key_Tab && moveCurrent(LineageStep::Next)) {
            return true;
        }
        if (plain && key->key() == Qt::Key_Backtab && moveCurrent(LineageStep::Previous)) {
            return true;
        }
    }
    return QGraphicsView::event(event);
}

void LineageView::keyPressEvent(QKeyEvent *event)
{
    const auto steps = {
        std::pair(Qt::Key_Up, LineageStep::Up), std::pair(Qt::Key_Down, LineageStep::Down),
        std::pair(Qt::Key_Left, LineageStep::Left), std::pair(Qt::Key_Right, LineageStep::Right)};
    if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
        for (const auto &[key, step] : steps) {
            if (event->key() == key) {
                moveCurrent(step);
                event->accept();
                return;
            }
        }
    }
    QGraphicsView::keyPressEvent(event);
}

void LineageView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0) {
            scaleBy(delta > 0 ? kStepFactor : 1.0 / kStepFactor);
        }
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

} // namespace Quorum::Ui
