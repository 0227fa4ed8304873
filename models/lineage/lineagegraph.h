// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/dataset.h"
#include "domain/modelversion.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Quorum {

enum class LineageNodeKind {
    Dataset,
    Version,
    Deployment,
};

/// Where a version runs or ran. A deployment node stands for one recorded (target, URL) pair,
/// shared by every version of the model recorded there; a version in a deployed stage
/// (production, deprecated, retired) with neither recorded gets a node of its own that says
/// so (recorded() is false).
struct LineageDeployment
{
    QString target;
    QString url;
    bool live = false; ///< a version deployed here is in production now

    bool recorded() const { return !target.isEmpty() || !url.isEmpty(); }
};

/// One box of the lineage graph. Exactly one of dataset / version / deployment is meaningful,
/// chosen by kind.
struct LineageNode
{
    LineageNodeKind kind = LineageNodeKind::Dataset;
    /// Stable and unique within a graph: "dataset:<id>", "version:<id>", "deployment:<n>".
    QString key;
    Dataset dataset;
    ModelVersion version;
    LineageDeployment deployment;
    /// The node's name as people read it: "<dataset name> <dataset version>", the semantic
    /// version, or the deployment target (else its URL; empty when neither is recorded).
    QString name() const;
};

enum class LineageEdgeKind {
    DatasetDerived, ///< parent dataset → child dataset (raw → curated → split)
    UsedBy,         ///< dataset → version (trained, validated, tested on, or its reference)
    VersionDerived, ///< parent version → child version
    DeployedTo,     ///< version → deployment
};

/// A directed edge between two nodes, by index into LineageGraph::nodes.
struct LineageEdge
{
    int from = 0;
    int to = 0;
    LineageEdgeKind kind = LineageEdgeKind::UsedBy;
    std::vector<DatasetPurpose> purposes; ///< UsedBy only: every purpose of the link, sorted
};

/// Datasets → versions → deployments of one model.
struct LineageGraph
{
    std::vector<LineageNode> nodes;
    std::vector<LineageEdge> edges;
    /// User-facing remarks on bad data that the graph worked around (a dataset that is its own
    /// ancestor, a link to a dataset that does not exist, …).
    QStringList notes;

    /// The index of the node with @p key, or -1.
    int indexOf(const QString &key) const;
    bool isEmpty() const { return nodes.empty(); }
    /// Whether a dataset or a deployment is recorded (versions alone tell no lineage).
    bool hasLineage() const;
};

/// What a graph is built from: the model's versions with their dataset links, and the datasets
/// they link to together with their ancestors (by id; missing ones are noted, not fatal).
struct LineageInput
{
    std::vector<ModelVersion> versions;
    QHash<qint64, Dataset> datasets;
};

/// Builds the graph of @p input. Deterministic: nodes are ordered datasets (by name, version,
/// id), versions (by version number), deployments (by the first version deployed there).
/// Parent links that would close a cycle (bad data) are dropped with a note, so the result is
/// always acyclic. Pure; never throws.
LineageGraph buildLineageGraph(const LineageInput &input);

/// Whether a version in @p stage is or was deployed (production, deprecated, retired).
bool isDeployedStage(Stage stage);

} // namespace Quorum
