// SPDX-License-Identifier: GPL-3.0-or-later
#include "democatalog.h"

#include <algorithm>
#include <array>

namespace Quorum::Demo {

double episodeIntensity(const DriftEpisode &episode, int week)
{
    if (week < episode.firstWeek || week > episode.lastWeek) {
        return 0.0;
    }
    if (week <= episode.peakWeek) {
        return double(week - episode.firstWeek + 1)
            / double(episode.peakWeek - episode.firstWeek + 1);
    }
    return 0.5 * double(episode.lastWeek - week + 1)
        / double(episode.lastWeek - episode.peakWeek + 1);
}

const std::vector<ModelSpec> &catalog()
{
    static const std::vector<ModelSpec> s_catalog = [] {
        // SPEC §10 lists the models in this order; the demo stores them in it.
        static constexpr std::array<QStringView, 12> kOrder{
            u"fraud-detection",  u"customer-churn",      u"product-recommender",
            u"review-sentiment", u"demand-forecaster",   u"credit-scoring",
            u"image-classifier", u"intent-classifier",   u"dynamic-pricing",
            u"anomaly-detector", u"document-classifier", u"customer-segmentation"};
        std::vector<ModelSpec> all = financeModels();
        std::vector<ModelSpec> customer = customerModels();
        all.insert(all.end(), std::make_move_iterator(customer.begin()),
                   std::make_move_iterator(customer.end()));
        const auto rank = [](const ModelSpec &spec) {
            return std::find(kOrder.begin(), kOrder.end(), spec.name) - kOrder.begin();
        };
        std::sort(all.begin(), all.end(),
                  [&](const ModelSpec &a, const ModelSpec &b) { return rank(a) < rank(b); });
        return all;
    }();
    return s_catalog;
}

} // namespace Quorum::Demo
