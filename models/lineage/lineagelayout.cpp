// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineagelayout.h"

#include "lineagegraph.h"

#include <algorithm>

namespace Quorum {

namespace {

constexpr int kSweeps = 8; // alternating down and up; small graphs settle in two or three

/// The longest path into each node over edges of @p kind; bounded by the node count, so bad
/// data (which buildLineageGraph() already made acyclic) can never loop.
std::vector<int> depths(const LineageGraph &graph, LineageEdgeKind kind)
{
    std::vector<int> depth(graph.nodes.size(), 0);
    for (std::size_t pass = 0; pass <= graph.nodes.size(); ++pass) {
        bool changed = false;
        for (const LineageEdge &e : graph.edges) {
            if (e.kind == kind && depth[size_t(e.to)] < depth[size_t(e.from)] + 1) {
                depth[size_t(e.to)] = depth[size_t(e.from)] + 1;
                changed = true;
            }
        }
        if (!changed) {
            break;
        }
    }
    return depth;
}

std::vector<int> columnsOf(const LineageGraph &graph, int &columnCount)
{
    const std::vector<int> datasetDepth = depths(graph, LineageEdgeKind::DatasetDerived);
    const std::vector<int> versionDepth = depths(graph, LineageEdgeKind::VersionDerived);
    int datasetColumns = 0;
    int versionColumns = 0;
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        if (graph.nodes[i].kind == LineageNodeKind::Dataset) {
            datasetColumns = std::max(datasetColumns, datasetDepth[i] + 1);
        } else if (graph.nodes[i].kind == LineageNodeKind::Version) {
            versionColumns = std::max(versionColumns, versionDepth[i] + 1);
        }
    }
    std::vector<int> column(graph.nodes.size(), 0);
    bool deployments = false;
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        switch (graph.nodes[i].kind) {
        case LineageNodeKind::Dataset:
            column[i] = datasetDepth[i];
            break;
        case LineageNodeKind::Version:
            column[i] = datasetColumns + versionDepth[i];
            break;
        case LineageNodeKind::Deployment:
            column[i] = datasetColumns + versionColumns;
            deployments = true;
            break;
        }
    }
    columnCount = datasetColumns + versionColumns + (deployments ? 1 : 0);
    return column;
}

/// Orders within columns and the centred position of each node (row − (size − 1) / 2).
class Ordering
{
public:
    Ordering(const LineageGraph &graph, const std::vector<int> &column, int columnCount)
        : m_graph(graph)
        , m_column(column)
        , m_columns(std::size_t(columnCount))
        , m_position(graph.nodes.size(), 0.0)
    {
        for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
            m_columns[std::size_t(column[i])].push_back(int(i));
        }
        updatePositions();
    }

    /// Reorders column @p c by the mean position of each node's neighbours on the left
    /// (@p fromLeft) or on the right; nodes without such neighbours keep their place.
    void sweep(int c, bool fromLeft)
    {
        std::vector<int> &nodes = m_columns[std::size_t(c)];
        std::vector<std::pair<double, int>> keyed;
        for (int node : nodes) {
            double sum = 0.0;
            int count = 0;
            for (const LineageEdge &e : m_graph.edges) {
                const int other = e.from == node ? e.to : e.to == node ? e.from : -1;
                if (other >= 0 && (m_column[size_t(other)] < c) == fromLeft
                    && m_column[size_t(other)] != c) {
                    sum += m_position[size_t(other)];
                    ++count;
                }
            }
            keyed.emplace_back(count > 0 ? sum / count : m_position[size_t(node)], node);
        }
        std::stable_sort(keyed.begin(), keyed.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            nodes[i] = keyed[i].second;
        }
        updatePositions();
    }

    const std::vector<std::vector<int>> &columns() const { return m_columns; }
    double position(int node) const { return m_position[size_t(node)]; }

private:
    void updatePositions()
    {
        for (const std::vector<int> &nodes : m_columns) {
            const double middle = (double(nodes.size()) - 1.0) / 2.0;
            for (std::size_t row = 0; row < nodes.size(); ++row) {
                m_position[size_t(nodes[row])] = double(row) - middle;
            }
        }
    }

    const LineageGraph &m_graph;
    const std::vector<int> &m_column;
    std::vector<std::vector<int>> m_columns;
    std::vector<double> m_position;
};

LineageLayout place(const Ordering &ordering, int columnCount, std::size_t nodeCount)
{
    LineageLayout layout;
    layout.columnCount = columnCount;
    layout.placements.resize(nodeCount);
    for (int c = 0; c < columnCount; ++c) {
        const std::vector<int> &nodes = ordering.columns()[std::size_t(c)];
        for (std::size_t row = 0; row < nodes.size(); ++row) {
            const int node = nodes[row];
            const double x = c * (LineageLayout::kNodeWidth + LineageLayout::kColumnGap);
            const double y
                = ordering.position(node) * (LineageLayout::kNodeHeight + LineageLayout::kRowGap)
                - LineageLayout::kNodeHeight / 2.0;
            const QRectF rect(x, y, LineageLayout::kNodeWidth, LineageLayout::kNodeHeight);
            layout.placements[size_t(node)] = {c, int(row), rect};
            layout.bounds = layout.bounds.isNull() ? rect : layout.bounds.united(rect);
        }
    }
    return layout;
}

} // namespace

std::vector<int> LineageLayout::column(int c) const
{
    std::vector<int> nodes;
    for (std::size_t i = 0; i < placements.size(); ++i) {
        if (placements[i].column == c) {
            nodes.push_back(int(i));
        }
    }
    std::sort(nodes.begin(), nodes.end(), [this](int a, int b) {
        return placements[size_t(a)].row < placements[size_t(b)].row;
    });
    return nodes;
}

LineageLayout layoutLineage(const LineageGraph &graph)
{
    int columnCount = 0;
    const std::vector<int> column = columnsOf(graph, columnCount);
    Ordering ordering(graph, column, columnCount);
    LineageLayout best = place(ordering, columnCount, graph.nodes.size());
    int fewest = countCrossings(graph, best);
    for (int sweep = 0; sweep < kSweeps && fewest > 0; ++sweep) {
        const bool down = sweep % 2 == 0;
        for (int i = 1; i < columnCount; ++i) {
            ordering.sweep(down ? i : columnCount - 1 - i, down);
        }
        LineageLayout candidate = place(ordering, columnCount, graph.nodes.size());
        if (const int crossings = countCrossings(graph, candidate); crossings < fewest) {
            fewest = crossings;
            best = std::move(candidate);
        }
    }
    return best;
}

int countCrossings(const LineageGraph &graph, const LineageLayout &layout)
{
    int crossings = 0;
    const auto &p = layout.placements;
    for (std::size_t i = 0; i < graph.edges.size(); ++i) {
        const LineageEdge &a = graph.edges[i];
        for (std::size_t j = i + 1; j < graph.edges.size(); ++j) {
            const LineageEdge &b = graph.edges[j];
            if (p[size_t(a.from)].column != p[size_t(b.from)].column
                || p[size_t(a.to)].column != p[size_t(b.to)].column) {
                continue;
            }
            const double from
                = p[size_t(a.from)].rect.center().y() - p[size_t(b.from)].rect.center().y();
            const double to = p[size_t(a.to)].rect.center().y() - p[size_t(b.to)].rect.center().y();
            if ((from < 0 && to > 0) || (from > 0 && to < 0)) {
                ++crossings;
            }
        }
    }
    return crossings;
}

} // namespace Quorum
