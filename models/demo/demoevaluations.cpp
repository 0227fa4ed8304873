// SPDX-License-Identifier: GPL-3.0-or-later
// Evaluation metrics of every demo version: test, validation and train splits, plus four-week
// production windows for the monitored versions in production.
#include "democontext.h"
#include "demofairnessmath.h"
#include "demosteps.h"
#include "storage/evaluationrepository.h"

#include <algorithm>

namespace Quorum::Demo {

namespace {

class MetricWriter
{
public:
    MetricWriter(DemoContext &context, qint64 versionId, QDateTime recordedAt, QString source)
        : m_repository(context.db)
        , m_context(context)
        , m_versionId(versionId)
        , m_recordedAt(std::move(recordedAt))
        , m_source(std::move(source))
    {}

    void add(const QString &metric, double value, const QString &split = QStringLiteral("test"))
    {
        Evaluation e;
        e.versionId = m_versionId;
        e.metric = metric;
        e.value = value;
        e.split = split;
        e.recordedAt = m_recordedAt;
        e.source = m_source;
        m_repository.add(m_context.transaction, e);
    }

private:
    EvaluationRepository m_repository;
    DemoContext &m_context;
    qint64 m_versionId;
    QDateTime m_recordedAt;
    QString m_source;
};

double baseLatencyMs(const ModelSpec &spec)
{
    if (spec.framework == u"transformers") {
        return 35.0;
    }
    if (spec.framework == u"pytorch") {
        return 18.0;
    }
    return spec.framework == u"lightgbm" ? 6.0 : 4.0;
}

void addLatency(MetricWriter &out, const ModelSpec &spec, DemoRandom &r)
{
    const double p50 = rounded(baseLatencyMs(spec) * r.uniform(0.9, 1.2), 1);
    const double p95 = rounded(p50 * r.uniform(2.2, 3.0), 1);
    out.add(QStringLiteral("latency_p50_ms"), p50);
    out.add(QStringLiteral("latency_p95_ms"), p95);
    out.add(QStringLiteral("latency_p99_ms"), rounded(p95 * r.uniform(1.5, 2.0), 1));
    out.add(QStringLiteral("throughput"), std::round(8000.0 / p50));
}

void addClassifier(MetricWriter &out, const ModelSpec &spec, VersionRecord &v, DemoRandom &r)
{
    const double acc = v.accuracy;
    double precision = rounded(acc - r.uniform(0.03, 0.09), 4);
    v.recall = rounded(acc - r.uniform(0.01, 0.07), 4);
    if (!spec.protectedAttributes.empty()) {
        // Of the favourable outcome, as the fairness groups report them.
        const double tpr = calibratedTruePositiveRate(acc, spec.favourableRate);
        precision = rounded(tpr + r.normal(0.0, 0.003), 4);
        v.recall = rounded(tpr + r.normal(0.0, 0.003), 4);
    }
    const double brier = rounded((1.0 - acc) * r.uniform(0.45, 0.65), 4);
    out.add(QStringLiteral("accuracy"), acc);
    out.add(QStringLiteral("precision"), precision);
    out.add(QStringLiteral("recall"), v.recall);
    out.add(QStringLiteral("f1"), rounded(2 * precision * v.recall / (precision + v.recall), 4));
    out.add(QStringLiteral("roc_auc"), rounded(std::min(0.995, acc + r.uniform(0.03, 0.08)), 4));
    out.add(QStringLiteral("pr_auc"), rounded(std::min(0.99, precision + r.uniform(0.0, 0.05)), 4));
    out.add(QStringLiteral("brier"), brier);
    out.add(QStringLiteral("log_loss"), rounded(brier * r.uniform(3.0, 3.6), 4));
}

void addRanker(MetricWriter &out, VersionRecord &v, DemoRandom &r)
{
    const double lift = 0.01 * v.index;
    v.recall = rounded(r.uniform(0.30, 0.36) + lift, 4); // recall@10, tracked in production
    out.add(QStringLiteral("accuracy"), v.accuracy);
    out.add(QStringLiteral("roc_auc"),
            rounded(std::min(0.99, v.accuracy + r.uniform(0.03, 0.06)), 4));
    out.add(QStringLiteral("precision_at_10"), rounded(r.uniform(0.18, 0.22) + lift, 4));
    out.add(QStringLiteral("recall_at_10"), v.recall);
    out.add(QStringLiteral("ndcg_at_10"), rounded(r.uniform(0.38, 0.42) + lift, 4));
}

void addForecaster(MetricWriter &out, const VersionRecord &v, DemoRandom &r)
{
    const double wape = rounded(1.0 - v.accuracy, 4);
    out.add(QStringLiteral("accuracy"), v.accuracy); // forecast accuracy = 1 − WAPE
    out.add(QStringLiteral("wape"), wape);
    out.add(QStringLiteral("mape"), rounded(wape * r.uniform(1.25, 1.45), 4));
    out.add(QStringLiteral("rmse"), rounded(r.uniform(6.0, 9.0) * (1.0 - 0.03 * v.index), 3));
    out.add(QStringLiteral("mae"), rounded(r.uniform(3.5, 5.0) * (1.0 - 0.03 * v.index), 3));
    out.add(QStringLiteral("bias_pct"), rounded(r.normal(0.0, 0.6), 2));
}

void addClustering(MetricWriter &out, const VersionRecord &v, DemoRandom &r)
{
    out.add(QStringLiteral("silhouette"), rounded(r.uniform(0.31, 0.35) + 0.01 * v.index, 4));
    out.add(QStringLiteral("davies_bouldin"), rounded(r.uniform(1.1, 1.4), 4));
    out.add(QStringLiteral("stability_ari"), rounded(r.uniform(0.82, 0.9), 4));
}

void addSplits(MetricWriter &out, const ModelSpec &spec, VersionRecord &v, DemoRandom &r)
{
    switch (spec.kind) {
    case ModelKind::Classifier:
        addClassifier(out, spec, v, r);
        break;
    case ModelKind::Ranker:
        addRanker(out, v, r);
        break;
    case ModelKind::Forecaster:
        addForecaster(out, v, r);
        break;
    case ModelKind::Clustering:
        addClustering(out, v, r);
        return;
    }
    if (spec.kind != ModelKind::Forecaster) {
        addLatency(out, spec, r);
    }
    const QString validation = QStringLiteral("validation");
    out.add(QStringLiteral("accuracy"), rounded(v.accuracy + r.uniform(0.002, 0.008), 4),
            validation);
    out.add(QStringLiteral("accuracy"),
            rounded(std::min(0.999, v.accuracy + r.uniform(0.01, 0.03)), 4),
            QStringLiteral("train"));
}

// The metric tracked in production beside accuracy.
QString secondMetric(ModelKind kind)
{
    switch (kind) {
    case ModelKind::Forecaster:
        return QStringLiteral("wape");
    case ModelKind::Ranker:
        return QStringLiteral("recall_at_10");
    case ModelKind::Classifier:
    case ModelKind::Clustering:
        break;
    }
    return QStringLiteral("recall");
}

// Four-week windows aligned with the drift weeks; the drift episode costs some accuracy.
void addProductionWindows(DemoContext &context, const ModelSpec &spec, const VersionRecord &v,
                          DemoRandom &r)
{
    EvaluationRepository repository(context.db);
    const bool forecast = spec.kind == ModelKind::Forecaster;
    for (int first = 0; first < DemoContext::kWeeks; first += 4) {
        double intensity = 0.0;
        for (int week = first; week < first + 4; ++week) {
            intensity = std::max(intensity, episodeIntensity(spec.episode, week));
        }
        const double drop = intensity * spec.episode.peak;
        const double accuracy
            = rounded(v.accuracy - r.uniform(0.002, 0.008) - 1.5 * drop * (1.0 - v.accuracy), 4);
        Evaluation e;
        e.versionId = v.id;
        e.split = QStringLiteral("production");
        e.windowStart = DemoContext::at(context.windowStart(first), 0);
        e.windowEnd = DemoContext::at(context.windowStart(first + 3).addDays(6), 23, 59);
        e.recordedAt = DemoContext::at(context.windowStart(first + 3).addDays(7), 6, 30);
        e.source = QStringLiteral("production monitoring (labelled feedback)");
        e.metric = QStringLiteral("accuracy");
        e.value = accuracy;
        repository.add(context.transaction, e);
        e.metric = secondMetric(spec.kind);
        e.value = forecast ? rounded(1.0 - accuracy, 4)
                           : rounded(v.recall - r.uniform(0.003, 0.01) - 0.15 * drop, 4);
        repository.add(context.transaction, e);
    }
}

} // namespace

void addEvaluations(DemoContext &context)
{
    for (ModelRecord &model : context.models) {
        const ModelSpec &spec = *model.spec;
        const double step = (1.0 - spec.baseAccuracy) * 0.06;
        for (VersionRecord &v : model.versions) {
            DemoRandom r = context.random(QStringLiteral("evaluations/%1/%2")
                                              .arg(spec.name.toString(), v.version.toString()));
            v.accuracy = rounded(spec.baseAccuracy + step * v.index + r.normal(0.0, step / 6), 4);
            MetricWriter out(context, v.id, v.createdAt.addDays(1).addSecs(3600),
                             QStringLiteral("training pipeline, MLflow run %1").arg(r.hex(32)));
            addSplits(out, spec, v, r);
            if (spec.monitored && v.spec->stage == Stage::Production) {
                addProductionWindows(context, spec, v, r);
            }
        }
    }
}

} // namespace Quorum::Demo
