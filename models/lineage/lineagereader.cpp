// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineagereader.h"

#include "storage/datasetrepository.h"
#include "storage/versionrepository.h"

#include <QList>

namespace Quorum {

LineageInput readLineageInput(Database &db, qint64 modelId)
{
    LineageInput input;
    input.versions = VersionRepository(db).forModel(modelId);
    QList<qint64> pending;
    for (const ModelVersion &v : input.versions) {
        for (const DatasetLink &link : v.datasets) {
            pending << link.datasetId;
        }
    }
    const DatasetRepository datasets(db);
    while (!pending.isEmpty()) {
        const qint64 id = pending.takeFirst();
        if (input.datasets.contains(id)) {
            continue;
        }
        std::optional<Dataset> dataset = datasets.byId(id);
        if (!dataset) {
            continue; // buildLineageGraph() notes the dangling link
        }
        if (dataset->parentId) {
            pending << *dataset->parentId;
        }
        input.datasets.insert(id, std::move(*dataset));
    }
    return input;
}

LineageGraph readLineage(Database &db, qint64 modelId)
{
    return buildLineageGraph(readLineageInput(db, modelId));
}

} // namespace Quorum
