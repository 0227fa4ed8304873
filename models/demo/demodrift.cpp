// SPDX-License-Identifier: GPL-3.0-or-later
// Drift observations of the demo: 52 weekly PSI windows per feature of every monitored
// production version (with the drift episodes of the catalog), and a one-week pre-release drift
// check for every other version that went through a release request.
#include "demobins.h"
#include "democontext.h"
#include "demosteps.h"
#include "governance/policyrepository.h"
#include "storage/driftrepository.h"

#include <algorithm>
#include <cmath>

namespace Quorum::Demo {

namespace {

bool isPrediction(const FeatureSpec &feature)
{
    return feature.name == u"prediction";
}

double thresholdFor(const FeatureSpec &feature, const Policy &policy)
{
    return isPrediction(feature) ? policy.monitoring.predictionDriftPsi
                                 : policy.monitoring.dataDriftPsi;
}

// How the episode moves this feature's PSI in @p week, starting from its quiet level.
double withEpisode(const ModelSpec &spec, const FeatureSpec &feature, int week, double quiet)
{
    const double intensity = episodeIntensity(spec.episode, week);
    const auto &hit = spec.episode.features;
    if (std::find(hit.begin(), hit.end(), feature.name) != hit.end()) {
        return quiet + intensity * (spec.episode.peak - quiet);
    }
    if (isPrediction(feature)) {
        return quiet + intensity * (0.4 * spec.episode.peak - quiet);
    }
    return quiet * (1.0 + 0.5 * intensity);
}

class DriftWriter
{
public:
    explicit DriftWriter(DemoContext &context)
        : m_context(context)
        , m_repository(context.db)
    {}

    void add(qint64 versionId, const FeatureSpec &feature, QDate end, double psi, double threshold,
             bool withBins, const QString &source, DemoRandom &random)
    {
        DriftObservation o;
        o.versionId = versionId;
        o.feature = feature.name.toString();
        o.windowStart = end.addDays(-6);
        o.windowEnd = end;
        o.statistic = QStringLiteral("psi");
        o.value = rounded(psi, 4);
        if (withBins) {
            const DriftBins bins = driftBins(feature, psi, random);
            o.value = rounded(bins.psi, 4);
            o.binsJson = binsJson(bins);
        }
        o.threshold = threshold;
        o.status = psiStatus(o.value, threshold);
        o.recordedAt = DemoContext::at(end.addDays(1), 3, 10);
        o.source = source;
        m_repository.add(m_context.transaction, o);
    }

private:
    DemoContext &m_context;
    DriftRepository m_repository;
};

void addMonitoring(DemoContext &context, DriftWriter &out, const ModelRecord &model,
                   const VersionRecord &version)
{
    const ModelSpec &spec = *model.spec;
    const Policy policy = PolicyRepository(context.db).current(tierNumber(spec.tier));
    const QString source = QStringLiteral("weekly drift monitoring (reference: training split)");
    for (const FeatureSpec &feature : spec.features) {
        DemoRandom r = context.random(
            QStringLiteral("drift/%1/%2").arg(spec.name.toString(), feature.name.toString()));
        const double threshold = thresholdFor(feature, policy);
        const double level = threshold * r.uniform(0.15, 0.35);
        double noise = 0.0;
        for (int week = 0; week < DemoContext::kWeeks; ++week) {
            noise = 0.6 * noise + r.normal(0.0, 0.45);
            const double quiet = level * std::clamp(1.0 + 0.35 * noise, 0.6, 1.6);
            const double psi = withEpisode(spec, feature, week, quiet);
            const bool bins = week == DemoContext::kWeeks - 1 || psi >= threshold;
            out.add(version.id, feature, context.windowStart(week).addDays(6), psi, threshold, bins,
                    source, r);
        }
    }
}

// The week before submission: shadow traffic scored by the candidate against its training data.
void addPreReleaseCheck(DemoContext &context, DriftWriter &out, const ModelRecord &model,
                        const VersionRecord &version)
{
    const ModelSpec &spec = *model.spec;
    const Policy policy = PolicyRepository(context.db).current(tierNumber(spec.tier));
    const QDate end = DemoContext::sundayBefore(version.submittedAt.date());
    const QString source = QStringLiteral("pre-release drift check (shadow traffic vs training "
                                          "split)");
    for (const FeatureSpec &feature : spec.features) {
        DemoRandom r = context.random(
            QStringLiteral("drift-check/%1/%2/%3")
                .arg(spec.name.toString(), version.version.toString(), feature.name.toString()));
        const double threshold = thresholdFor(feature, policy);
        out.add(version.id, feature, end, threshold * r.uniform(0.15, 0.35), threshold, true,
                source, r);
    }
}

} // namespace

void addDrift(DemoContext &context)
{
    DriftWriter out(context);
    for (const ModelRecord &model : context.models) {
        for (const VersionRecord &v : model.versions) {
            const bool inProduction = v.spec->stage == Stage::Production;
            if (model.spec->monitored && inProduction) {
                addMonitoring(context, out, model, v);
            } else if (v.submittedAt.isValid()) {
                addPreReleaseCheck(context, out, model, v);
            }
        }
    }
}

} // namespace Quorum::Demo
