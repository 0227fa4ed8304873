// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportscopemodels.h"

#include "domain/modelsummary.h"
#include "storage/modelrepository.h"
#include "storage/versionrepository.h"

#include <algorithm>

namespace Quorum::Ui {

std::vector<ScopeModel> readScopeModels(Database &db)
{
    std::vector<ModelSummary> summaries = ModelRepository(db).summaries();
    std::stable_sort(summaries.begin(), summaries.end(), [](const auto &a, const auto &b) {
        if (a.tier != b.tier) {
            return tierNumber(a.tier) < tierNumber(b.tier);
        }
        return a.displayName.localeAwareCompare(b.displayName) < 0;
    });
    std::vector<ScopeModel> models;
    const VersionRepository versions(db);
    for (const ModelSummary &summary : summaries) {
        ScopeModel model{summary.id, summary.name, summary.displayName, summary.tier, {}, 0};
        for (const ModelVersion &v : versions.forModel(summary.id)) {
            model.versions.push_back({v.id, v.version.toString(), v.stage});
            if (v.stage == Stage::Production) {
                model.productionVersionId = v.id;
            }
        }
        models.push_back(std::move(model));
    }
    return models;
}

} // namespace Quorum::Ui
