// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QSizeF>

#include <vector>

namespace Quorum {

struct LineageGraph;

/// Where one node of a LineageGraph is drawn.
struct LineagePlacement
{
    int column = 0; ///< left to right, from 0
    int row = 0;    ///< top to bottom within the column, from 0
    QRectF rect;    ///< in scene units (1 unit = 1 device-independent pixel at 100 %)
};

/// A layered drawing of a lineage graph: columns are the dataset depth levels (raw, curated,
/// split, …), then the versions by lineage depth, then the deployments, so every edge points
/// to the right. Within a column nodes are ordered by the barycenter of their neighbours
/// (alternating sweeps) to reduce edge crossings; columns are centred on one another.
struct LineageLayout
{
    static constexpr double kNodeWidth = 250.0;
    static constexpr double kNodeHeight = 66.0;
    static constexpr double kColumnGap = 90.0;
    static constexpr double kRowGap = 26.0;

    std::vector<LineagePlacement> placements; ///< by node index
    int columnCount = 0;
    QRectF bounds; ///< of every node rectangle

    /// The nodes of @p column from top to bottom, by node index.
    std::vector<int> column(int column) const;
};

/// Lays out @p graph. Deterministic: the same graph always gives the same layout. The graph
/// must be acyclic (buildLineageGraph() guarantees it).
LineageLayout layoutLineage(const LineageGraph &graph);

/// How many pairs of edges cross between adjacent columns of @p layout (edges spanning more
/// than one column are counted between their end columns).
int countCrossings(const LineageGraph &graph, const LineageLayout &layout);

} // namespace Quorum
