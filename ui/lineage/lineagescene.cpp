// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineagescene.h"

#include "lineageedgeitem.h"
#include "lineagenodeitem.h"

#include <QSignalBlocker>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Quorum::Ui {

namespace {

constexpr double kMargin = 24.0;

} // namespace

LineageScene::LineageScene(QObject *parent)
    : QGraphicsScene(parent)
{}

LineageScene::~LineageScene()
{
    removeItems();
}

void LineageScene::removeItems()
{
    // Deleting a selected item emits selectionChanged(): nobody may look at the old items
    // while they go.
    const QSignalBlocker blocker(this);
    m_nodes.clear();
    m_edges.clear();
    m_tabOrder.clear();
    clear();
}

void LineageScene::setGraph(LineageGraph graph)
{
    removeItems();
    m_graph = std::move(graph);
    m_layout = layoutLineage(m_graph);
    for (std::size_t i = 0; i < m_graph.nodes.size(); ++i) {
        auto *item = new LineageNodeItem(m_graph.nodes[i], int(i), m_layout.placements[i].rect);
        addItem(item);
        m_nodes.push_back(item);
    }
    for (const LineageEdge &e : m_graph.edges) {
        auto *item = new LineageEdgeItem(m_nodes[size_t(e.from)], m_nodes[size_t(e.to)]);
        addItem(item);
        m_edges.push_back(item);
    }
    for (int c = 0; c < m_layout.columnCount; ++c) {
        const std::vector<int> column = m_layout.column(c);
        m_tabOrder.insert(m_tabOrder.end(), column.begin(), column.end());
    }
    setSceneRect(m_layout.bounds.adjusted(-kMargin, -kMargin, kMargin, kMargin));
}

LineageNodeItem *LineageScene::nodeItem(const QString &key) const
{
    const auto found = std::find_if(m_nodes.cbegin(), m_nodes.cend(),
                                    [&key](const LineageNodeItem *n) { return n->key() == key; });
    return found == m_nodes.cend() ? nullptr : *found;
}

int LineageScene::selectedIndex() const
{
    for (const LineageNodeItem *item : m_nodes) {
        if (item->isSelected()) {
            return item->index();
        }
    }
    return -1;
}

int LineageScene::step(int from, LineageStep step) const
{
    if (m_tabOrder.empty()) {
        return -1;
    }
    if (from < 0 || from >= int(m_nodes.size())) {
        return step == LineageStep::Previous ? m_tabOrder.back() : m_tabOrder.front();
    }
    const LineagePlacement &at = m_layout.placements[size_t(from)];
    const auto position = std::find(m_tabOrder.cbegin(), m_tabOrder.cend(), from);
    switch (step) {
    case LineageStep::Next:
        return position + 1 == m_tabOrder.cend() ? -1 : *(position + 1);
    case LineageStep::Previous:
        return position == m_tabOrder.cbegin() ? -1 : *(position - 1);
    case LineageStep::Up:
    case LineageStep::Down: {
        const std::vector<int> column = m_layout.column(at.column);
        const int row = at.row + (step == LineageStep::Up ? -1 : 1);
        return row < 0 || row >= int(column.size()) ? -1 : column[size_t(row)];
    }
    case LineageStep::Left:
        return neighbourTowards(from, false);
    case LineageStep::Right:
        return neighbourTowards(from, true);
    }
    return -1;
}

int LineageScene::neighbourTowards(int from, bool right) const
{
    const LineagePlacement &at = m_layout.placements[size_t(from)];
    int best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    for (const LineageEdge &e : m_graph.edges) { // the connected box nearest in that direction
        const int other = right ? (e.from == from ? e.to : -1) : (e.to == from ? e.from : -1);
        if (other < 0) {
            continue;
        }
        const LineagePlacement &p = m_layout.placements[size_t(other)];
        const double distance = std::abs(p.column - at.column) * 1e6
            + std::abs(p.rect.center().y() - at.rect.center().y());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = other;
        }
    }
    if (best >= 0) {
        return best;
    }
    for (int c = at.column + (right ? 1 : -1); c >= 0 && c < m_layout.columnCount;
         c += right ? 1 : -1) {
        if (const int nearest = nearestInColumn(c, at.rect.center().y()); nearest >= 0) {
            return nearest;
        }
    }
    return -1;
}

int LineageScene::nearestInColumn(int column, double y) const
{
    int best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    for (int node : m_layout.column(column)) {
        const double distance = std::abs(m_layout.placements[size_t(node)].rect.center().y() - y);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = node;
        }
    }
    return best;
}

} // namespace Quorum::Ui
