// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lineage/lineagegraph.h"
#include "lineage/lineagelayout.h"

#include <QGraphicsScene>

#include <vector>

namespace Quorum::Ui {

class LineageEdgeItem;
class LineageNodeItem;

/// Which way the keyboard moves from the current node.
enum class LineageStep {
    Next,     ///< Tab: column by column, top to bottom
    Previous, ///< Shift+Tab
    Up,
    Down,
    Left,  ///< to what the node comes from, else the nearest box in the column to the left
    Right, ///< to what the node feeds, else the nearest box in the column to the right
};

/// The lineage graph as graphics items laid out by layoutLineage().
class LineageScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineageScene)

public:
    explicit LineageScene(QObject *parent = nullptr);
    ~LineageScene() override;

    /// Replaces the items with @p graph, laid out.
    void setGraph(LineageGraph graph);
    const LineageGraph &graph() const { return m_graph; }
    const LineageLayout &layout() const { return m_layout; }

    const std::vector<LineageNodeItem *> &nodeItems() const { return m_nodes; }
    int edgeCount() const { return int(m_edges.size()); }
    /// The node item with @p key, or nullptr.
    LineageNodeItem *nodeItem(const QString &key) const;
    /// The selected node's index, or -1.
    int selectedIndex() const;
    /// The node one @p step from node @p from (-1: from nowhere); -1 when there is none.
    int step(int from, LineageStep step) const;

private:
    void removeItems();
    int nearestInColumn(int column, double y) const;
    int neighbourTowards(int from, bool right) const;

    LineageGraph m_graph;
    LineageLayout m_layout;
    std::vector<LineageNodeItem *> m_nodes;
    std::vector<LineageEdgeItem *> m_edges;
    std::vector<int> m_tabOrder; ///< node indexes, column by column, top to bottom
};

} // namespace Quorum::Ui
