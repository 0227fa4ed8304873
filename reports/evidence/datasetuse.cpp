// SPDX-License-Identifier: GPL-3.0-or-later
// The datasets a version was trained, validated and tested on, with their lineage.
#include "evidenceloading_p.h"
#include "storage/datasetrepository.h"

namespace Quorum::Reports::Internal {

std::vector<DatasetUse> loadDatasetUses(Database &db, const ModelVersion &version)
{
    const DatasetRepository datasets(db);
    std::vector<DatasetUse> uses;
    for (const DatasetLink &link : version.datasets) {
        std::vector<Dataset> lineage = datasets.lineage(link.datasetId);
        if (lineage.empty()) {
            continue; // a link to a dataset that is gone: nothing to document
        }
        DatasetUse use;
        use.dataset = lineage.front();
        use.purpose = datasetPurposeKey(link.purpose);
        use.lineage.assign(std::make_move_iterator(lineage.begin() + 1),
                           std::make_move_iterator(lineage.end()));
        uses.push_back(std::move(use));
    }
    return uses;
}

} // namespace Quorum::Reports::Internal
