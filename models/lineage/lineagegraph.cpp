// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineagegraph.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <tuple>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::LineageGraph", text);
}

/// The ids whose parent link closes a cycle in @p parents (child → parent): one per cycle, the
/// lowest id on it. Without those links the parent relation is a forest.
QList<qint64> cycleBreakers(const QMap<qint64, qint64> &parents)
{
    QHash<qint64, int> state; // 1 on the current walk, 2 finished
    QList<qint64> breakers;
    for (auto it = parents.keyBegin(); it != parents.keyEnd(); ++it) {
        std::vector<qint64> path;
        qint64 at = *it;
        while (state.value(at) == 0 && parents.contains(at)) {
            state.insert(at, 1);
            path.push_back(at);
            at = parents.value(at);
        }
        if (state.value(at) == 1) {
            const auto begin = std::find(path.begin(), path.end(), at);
            breakers.push_back(*std::min_element(begin, path.end()));
        }
        for (qint64 id : path) {
            state.insert(id, 2);
        }
    }
    return breakers;
}

/// Builds the graph step by step; nodes first, then edges between them.
class Builder
{
public:
    explicit Builder(const LineageInput &input)
        : m_input(input)
    {}

    LineageGraph build()
    {
        addDatasets();
        addVersions();
        addDeployments();
        return std::move(m_graph);
    }

private:
    void addDatasets()
    {
        std::vector<const Dataset *> datasets;
        for (const Dataset &d : m_input.datasets) {
            datasets.push_back(&d);
        }
        std::sort(datasets.begin(), datasets.end(), [](const Dataset *a, const Dataset *b) {
            return std::tie(a->name, a->version, a->id) < std::tie(b->name, b->version, b->id);
        });
        QMap<qint64, qint64> parents;
        for (const Dataset *d : datasets) {
            addNode(LineageNodeKind::Dataset, QStringLiteral("dataset:%1").arg(d->id)).dataset = *d;
            if (d->parentId && m_input.datasets.contains(*d->parentId)) {
                parents.insert(d->id, *d->parentId);
            } else if (d->parentId) {
                m_graph.notes << tr("Dataset %1 %2 names parent dataset #%3, which is not "
                                    "recorded.")
                                     .arg(d->name, d->version)
                                     .arg(*d->parentId);
            }
        }
        for (qint64 id : cycleBreakers(parents)) {
            const Dataset d = m_input.datasets.value(id);
            m_graph.notes << tr("Dataset %1 %2 is its own ancestor; its link to its parent is "
                                "not drawn.")
                                 .arg(d.name, d.version);
            parents.remove(id);
        }
        for (const Dataset *d : datasets) {
            if (parents.contains(d->id)) {
                addEdge(QStringLiteral("dataset:%1").arg(parents.value(d->id)),
                        QStringLiteral("dataset:%1").arg(d->id), LineageEdgeKind::DatasetDerived);
            }
        }
    }

    void addVersions()
    {
        m_versions = m_input.versions;
        std::sort(m_versions.begin(), m_versions.end(),
                  [](const ModelVersion &a, const ModelVersion &b) {
                      return std::tie(a.version, a.id) < std::tie(b.version, b.id);
                  });
        QMap<qint64, qint64> parents;
        for (const ModelVersion &v : m_versions) {
            addNode(LineageNodeKind::Version, versionKey(v.id)).version = v;
        }
        for (const ModelVersion &v : m_versions) {
            if (v.parentVersionId && at(versionKey(*v.parentVersionId)) >= 0) {
                parents.insert(v.id, *v.parentVersionId);
            } else if (v.parentVersionId) {
                m_graph.notes << tr("Version %1 was derived from version #%2, which is not a "
                                    "version of this model.")
                                     .arg(v.version.toString())
                                     .arg(*v.parentVersionId);
            }
            addDatasetLinks(v);
        }
        for (qint64 id : cycleBreakers(parents)) {
            m_graph.notes
                << tr("Version %1 is its own ancestor; its link to its parent is not "
                      "drawn.")
                       .arg(m_graph.nodes[size_t(at(versionKey(id)))].version.version.toString());
            parents.remove(id);
        }
        for (const ModelVersion &v : m_versions) {
            if (parents.contains(v.id)) {
                addEdge(versionKey(parents.value(v.id)), versionKey(v.id),
                        LineageEdgeKind::VersionDerived);
            }
        }
    }

    void addDatasetLinks(const ModelVersion &v)
    {
        QMap<qint64, std::vector<DatasetPurpose>> purposes; // by dataset id
        for (const DatasetLink &link : v.datasets) {
            purposes[link.datasetId].push_back(link.purpose);
        }
        std::vector<std::pair<int, qint64>> linked; // node index, dataset id
        for (auto it = purposes.cbegin(); it != purposes.cend(); ++it) {
            const int index = at(QStringLiteral("dataset:%1").arg(it.key()));
            if (index < 0) {
                m_graph.notes << tr("Version %1 names dataset #%2, which is not recorded.")
                                     .arg(v.version.toString())
                                     .arg(it.key());
                continue;
            }
            linked.emplace_back(index, it.key());
        }
        std::sort(linked.begin(), linked.end());
        for (const auto &[index, id] : linked) {
            std::vector<DatasetPurpose> sorted = purposes.value(id);
            std::sort(sorted.begin(), sorted.end());
            sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
            m_graph.edges.push_back(
                {index, at(versionKey(v.id)), LineageEdgeKind::UsedBy, std::move(sorted)});
        }
    }

    void addDeployments()
    {
        QMap<std::pair<QString, QString>, int> recorded; // (target, URL) → node index
        for (const ModelVersion &v : m_versions) {
            const LineageDeployment here{.target = v.deploymentTarget.trimmed(),
                                         .url = v.deploymentUrl.trimmed()};
            if (!here.recorded() && !isDeployedStage(v.stage)) {
                continue;
            }
            const std::pair pair(here.target, here.url);
            int index = here.recorded() ? recorded.value(pair, -1) : -1;
            if (index < 0) {
                ++m_deployments;
                addNode(LineageNodeKind::Deployment,
                        QStringLiteral("deployment:%1").arg(m_deployments))
                    .deployment
                    = here;
                index = int(m_graph.nodes.size()) - 1;
                if (here.recorded()) {
                    recorded.insert(pair, index);
                }
            }
            m_graph.nodes[size_t(index)].deployment.live |= v.stage == Stage::Production;
            m_graph.edges.push_back({at(versionKey(v.id)), index, LineageEdgeKind::DeployedTo, {}});
        }
    }

    static QString versionKey(qint64 id) { return QStringLiteral("version:%1").arg(id); }

    int at(const QString &key) const { return m_index.value(key, -1); }

    LineageNode &addNode(LineageNodeKind kind, const QString &key)
    {
        m_index.insert(key, int(m_graph.nodes.size()));
        m_graph.nodes.push_back({kind, key, {}, {}, {}});
        return m_graph.nodes.back();
    }

    void addEdge(const QString &from, const QString &to, LineageEdgeKind kind)
    {
        m_graph.edges.push_back({at(from), at(to), kind, {}});
    }

    const LineageInput &m_input;
    LineageGraph m_graph;
    QHash<QString, int> m_index;
    std::vector<ModelVersion> m_versions;
    int m_deployments = 0;
};

} // namespace

QString LineageNode::name() const
{
    switch (kind) {
    case LineageNodeKind::Dataset:
        return dataset.name + QLatin1Char(' ') + dataset.version;
    case LineageNodeKind::Version:
        return version.version.toString();
    case LineageNodeKind::Deployment:
        return deployment.target.isEmpty() ? deployment.url : deployment.target;
    }
    return {};
}

int LineageGraph::indexOf(const QString &key) const
{
    const auto found = std::find_if(nodes.cbegin(), nodes.cend(),
                                    [&key](const LineageNode &n) { return n.key == key; });
    return found == nodes.cend() ? -1 : int(found - nodes.cbegin());
}

bool LineageGraph::hasLineage() const
{
    return std::any_of(nodes.cbegin(), nodes.cend(),
                       [](const LineageNode &n) { return n.kind != LineageNodeKind::Version; });
}

LineageGraph buildLineageGraph(const LineageInput &input)
{
    return Builder(input).build();
}

bool isDeployedStage(Stage stage)
{
    return stage == Stage::Production || stage == Stage::Deprecated || stage == Stage::Retired;
}

} // namespace Quorum
