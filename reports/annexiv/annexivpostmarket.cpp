// SPDX-License-Identifier: GPL-3.0-or-later
// Annex IV point 9: the post-market monitoring system and plan (Article 72).
#include "annexivcharts_p.h"
#include "annexivwriter_p.h"

#include <QMap>

namespace Quorum::Reports::Internal {

namespace {

constexpr std::size_t kMaxDriftCharts = 6;

using FeatureKey = std::pair<QString, QString>; // feature, statistic

QMap<FeatureKey, std::vector<const DriftObservation *>> byFeature(const VersionEvidence &e)
{
    QMap<FeatureKey, std::vector<const DriftObservation *>> out;
    for (const DriftObservation &d : e.drift) { // oldest window first
        out[{d.feature, d.statistic}].push_back(&d);
    }
    return out;
}

RowMark markOf(DriftStatus status)
{
    switch (status) {
    case DriftStatus::Drift:
        return RowMark::Fail;
    case DriftStatus::Warning:
        return RowMark::Gap;
    case DriftStatus::Stable:
        break;
    }
    return RowMark::Pass;
}

// Runs of consecutive drift windows: "transaction_amount: 2026-07-13 to 2026-08-16, 5 windows,
// peak 0.3100".
QStringList episodes(const FeatureKey &key, const std::vector<const DriftObservation *> &series,
                     const ReportContext &c)
{
    QStringList out;
    std::size_t i = 0;
    while (i < series.size()) {
        if (series[i]->status != DriftStatus::Drift) {
            ++i;
            continue;
        }
        std::size_t end = i;
        double peak = series[i]->value;
        while (end + 1 < series.size() && series[end + 1]->status == DriftStatus::Drift) {
            peak = std::max(peak, series[++end]->value);
        }
        out.append(annexTr("%1 (%2): %3 to %4, %5 window(s), peak %6")
                       .arg(key.first, key.second, c.date(series[i]->windowStart),
                            c.date(series[end]->windowEnd), QString::number(end - i + 1),
                            c.number(peak)));
        i = end + 1;
    }
    return out;
}

void latestStatus(AnnexIvWriter &w, QStringList &driftEpisodes)
{
    const ReportContext &c = w.context();
    Table table;
    table.caption = annexTr("Latest drift window per monitored feature");
    table.header
        = {annexTr("Feature"), annexTr("Statistic"), annexTr("Windows"), annexTr("Latest window"),
           annexTr("Value"),   annexTr("Threshold"), annexTr("Status")};
    table.align = {Align::Left,  Align::Left,  Align::Right, Align::Left,
                   Align::Right, Align::Right, Align::Left};
    const auto series = byFeature(w.evidence());
    for (auto it = series.begin(); it != series.end(); ++it) {
        const DriftObservation &last = *it.value().back();
        table.rows.push_back(
            {it.key().first, it.key().second, QString::number(qint64(it.value().size())),
             c.date(last.windowStart) + QStringLiteral(" – ") + c.date(last.windowEnd),
             c.number(last.value), c.number(last.threshold, 2), driftStatusLabel(last.status)});
        table.marks.push_back(markOf(last.status));
        driftEpisodes += episodes(it.key(), it.value(), c);
    }
    w.body().add(std::move(table));
}

void productionEvaluations(AnnexIvWriter &w)
{
    int count = 0;
    const Evaluation *latest = nullptr;
    for (const Evaluation &e : w.evidence().evaluations) {
        if (e.split == QStringLiteral("production")) {
            ++count;
            if (e.metric == QStringLiteral("accuracy")
                && (!latest || e.recordedAt >= latest->recordedAt)) {
                latest = &e;
            }
        }
    }
    if (count == 0) {
        return;
    }
    w.body().paragraph(annexTr("Periodic review: %1 production evaluation(s) recorded%2.")
                           .arg(count)
                           .arg(latest ? annexTr("; latest production accuracy %1 on %2")
                                             .arg(w.context().percent(latest->value, 2),
                                                  w.context().date(latest->recordedAt))
                                       : QString()));
}

} // namespace

void writePostMarketMonitoring(AnnexIvWriter &w)
{
    const VersionEvidence &e = w.evidence();
    w.chapter(QStringLiteral("9"), true);
    w.body().paragraph(annexTr("Monitoring plan: the thresholds of risk tier %1 that raise a "
                               "drift or performance alert:")
                           .arg(e.policy.tier));
    w.facts(monitoringThresholds(e.policy, w.context()));
    if (e.drift.empty()) {
        w.body().gap(noEvidence(annexTr("drift observation for this version")));
        w.gapAfter(annexTr("drift monitoring observations"), {policySource(e.policy)});
        return;
    }
    QStringList driftEpisodes;
    latestStatus(w, driftEpisodes);
    w.body().paragraph(driftEpisodes.isEmpty()
                           ? annexTr("No drift episode was observed.")
                           : annexTr("Drift episodes (consecutive windows in drift):"));
    if (!driftEpisodes.isEmpty()) {
        w.body().add(BulletList{driftEpisodes});
    }
    productionEvaluations(w);
    for (Chart &chart : driftCharts(e.drift, kMaxDriftCharts)) {
        w.body().add(std::move(chart));
    }
    std::vector<qint64> ids;
    for (const DriftObservation &d : e.drift) {
        ids.push_back(d.id);
    }
    w.evidenced({rowsSource(QStringLiteral("drift_observations"), ids), policySource(e.policy)});
}

} // namespace Quorum::Reports::Internal
