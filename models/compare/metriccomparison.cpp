// SPDX-License-Identifier: GPL-3.0-or-later
#include "metriccomparison.h"

#include <QStringList>

#include <cmath>
#include <map>
#include <tuple>

namespace Quorum {

namespace {

bool isLowerBetter(const QString &name)
{
    static const QStringList kExact{QStringLiteral("brier"),
                                    QStringLiteral("mae"),
                                    QStringLiteral("mse"),
                                    QStringLiteral("rmse"),
                                    QStringLiteral("mape"),
                                    QStringLiteral("wape"),
                                    QStringLiteral("smape"),
                                    QStringLiteral("fpr"),
                                    QStringLiteral("fnr"),
                                    QStringLiteral("ece"),
                                    QStringLiteral("davies_bouldin"),
                                    QStringLiteral("perplexity")};
    return kExact.contains(name) || name.startsWith(u"latency") || name.contains(u"loss")
        || name.contains(u"error") || name.endsWith(u"_ms");
}

bool isHigherBetter(const QString &name)
{
    static const QStringList kExact{
        QStringLiteral("accuracy"),     QStringLiteral("balanced_accuracy"),
        QStringLiteral("precision"),    QStringLiteral("recall"),
        QStringLiteral("f1"),           QStringLiteral("auc"),
        QStringLiteral("throughput"),   QStringLiteral("specificity"),
        QStringLiteral("r2"),           QStringLiteral("mcc"),
        QStringLiteral("kappa"),        QStringLiteral("silhouette"),
        QStringLiteral("stability_ari")};
    return kExact.contains(name) || name.contains(u"auc") || name.startsWith(u"ndcg")
        || name.startsWith(u"precision_at") || name.startsWith(u"recall_at")
        || name.startsWith(u"map_at") || name.startsWith(u"f1_") || name.startsWith(u"hit_rate");
}

// Stored with the precision the release check uses, so Compare and the inbox agree.
double roundedPct(double value)
{
    return std::round(value * 100.0) / 100.0;
}

// Split rank (test first: the release check's split), split, metric, whether the segment is a
// group (so "all" comes first), segment.
using Key = std::tuple<int, QString, QString, bool, QString>;

int splitRank(const QString &split)
{
    static const QStringList kOrder{QStringLiteral("test"), QStringLiteral("validation"),
                                    QStringLiteral("train"), QStringLiteral("production")};
    const qsizetype rank = kOrder.indexOf(split);
    return rank < 0 ? static_cast<int>(kOrder.size()) : static_cast<int>(rank);
}

std::map<Key, double> latestValues(const std::vector<Evaluation> &evaluations)
{
    // forVersion lists each key oldest first, so the last value seen is the newest.
    std::map<Key, double> latest;
    for (const Evaluation &e : evaluations) {
        latest[Key{splitRank(e.split), e.split, e.metric, e.segment != u"all", e.segment}]
            = e.value;
    }
    return latest;
}

} // namespace

MetricDirection metricDirection(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (isLowerBetter(key)) {
        return MetricDirection::LowerIsBetter;
    }
    return isHigherBetter(key) ? MetricDirection::HigherIsBetter : MetricDirection::Neutral;
}

MetricVerdict judgeMetric(MetricDirection direction, double baseline, double candidate,
                          double allowedPct, std::optional<double> *worseningPct)
{
    if (candidate == baseline) {
        if (worseningPct && direction != MetricDirection::Neutral && baseline != 0.0) {
            *worseningPct = 0.0;
        }
        return MetricVerdict::Unchanged;
    }
    if (direction == MetricDirection::Neutral) {
        return MetricVerdict::Changed;
    }
    const bool higher = direction == MetricDirection::HigherIsBetter;
    const bool worse = higher ? candidate < baseline : candidate > baseline;
    if (baseline == 0.0) {
        return worse ? MetricVerdict::Regression : MetricVerdict::Improved;
    }
    // The release check's expression, (baseline − candidate) / baseline × 100, for accuracy.
    const double worsening = roundedPct((higher ? baseline - candidate : candidate - baseline)
                                        / std::abs(baseline) * 100.0);
    if (worseningPct) {
        *worseningPct = worsening;
    }
    if (!worse) {
        return MetricVerdict::Improved;
    }
    return worsening > allowedPct ? MetricVerdict::Regression : MetricVerdict::WorseWithinAllowance;
}

std::vector<MetricComparison> compareMetrics(const std::vector<Evaluation> &baseline,
                                             const std::vector<Evaluation> &candidate,
                                             double allowedPct)
{
    const std::map<Key, double> before = latestValues(baseline);
    const std::map<Key, double> after = latestValues(candidate);
    std::map<Key, MetricComparison> rows;
    for (const auto &[key, value] : before) {
        rows[key].baseline = value;
    }
    for (const auto &[key, value] : after) {
        rows[key].candidate = value;
    }
    std::vector<MetricComparison> result;
    result.reserve(rows.size());
    for (auto &[key, row] : rows) {
        std::tie(std::ignore, row.split, row.metric, std::ignore, row.segment) = key;
        row.direction = metricDirection(row.metric);
        row.allowedPct = allowedPct;
        if (!row.candidate) {
            row.verdict = MetricVerdict::OnlyInBaseline;
        } else if (!row.baseline) {
            row.verdict = MetricVerdict::OnlyInCandidate;
        } else {
            row.delta = *row.candidate - *row.baseline;
            if (*row.baseline != 0.0) {
                row.deltaPct = *row.delta / std::abs(*row.baseline) * 100.0;
            }
            row.verdict = judgeMetric(row.direction, *row.baseline, *row.candidate, allowedPct,
                                      &row.worseningPct);
        }
        result.push_back(std::move(row));
    }
    return result;
}

} // namespace Quorum
