// SPDX-License-Identifier: GPL-3.0-or-later
#include "demohyperparameters.h"

#include "democatalog.h"
#include "demorandom.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Quorum::Demo {

namespace {

QJsonObject xgboost(DemoRandom &r)
{
    return {{QStringLiteral("objective"), QStringLiteral("binary:logistic")},
            {QStringLiteral("tree_method"), QStringLiteral("hist")},
            {QStringLiteral("max_depth"), r.integer(5, 8)},
            {QStringLiteral("learning_rate"), rounded(r.uniform(0.03, 0.1), 2)},
            {QStringLiteral("n_estimators"), 50 * r.integer(8, 24)},
            {QStringLiteral("subsample"), rounded(r.uniform(0.7, 0.9), 2)},
            {QStringLiteral("colsample_bytree"), rounded(r.uniform(0.6, 0.9), 2)},
            {QStringLiteral("min_child_weight"), r.integer(1, 10)},
            {QStringLiteral("seed"), r.integer(1, 9999)}};
}

QJsonObject lightgbm(const ModelSpec &model, DemoRandom &r)
{
    const bool forecast = model.kind == ModelKind::Forecaster;
    return {{QStringLiteral("objective"),
             forecast ? QStringLiteral("tweedie") : QStringLiteral("binary")},
            {QStringLiteral("num_leaves"), r.integer(31, 255)},
            {QStringLiteral("learning_rate"), rounded(r.uniform(0.02, 0.08), 3)},
            {QStringLiteral("n_estimators"), 100 * r.integer(5, 20)},
            {QStringLiteral("feature_fraction"), rounded(r.uniform(0.6, 0.9), 2)},
            {QStringLiteral("bagging_fraction"), rounded(r.uniform(0.7, 0.95), 2)},
            {QStringLiteral("min_data_in_leaf"), 10 * r.integer(2, 20)},
            {QStringLiteral("seed"), r.integer(1, 9999)}};
}

QJsonObject pytorch(DemoRandom &r)
{
    return {{QStringLiteral("epochs"), r.integer(8, 30)},
            {QStringLiteral("batch_size"), 256 << r.integer(0, 2)},
            {QStringLiteral("learning_rate"), rounded(r.uniform(0.0001, 0.001), 5)},
            {QStringLiteral("optimizer"), QStringLiteral("adamw")},
            {QStringLiteral("weight_decay"), 0.01},
            {QStringLiteral("dropout"), rounded(r.uniform(0.1, 0.3), 2)},
            {QStringLiteral("seed"), r.integer(1, 9999)}};
}

QJsonObject transformers(const ModelSpec &model, DemoRandom &r)
{
    const bool intent = model.name == u"intent-classifier";
    return {{QStringLiteral("base_model"),
             intent ? QStringLiteral("xlm-roberta-base")
                    : QStringLiteral("distilbert-base-multilingual-cased")},
            {QStringLiteral("epochs"), r.integer(3, 5)},
            {QStringLiteral("batch_size"), 16 << r.integer(0, 1)},
            {QStringLiteral("learning_rate"), rounded(r.uniform(0.00002, 0.00005), 6)},
            {QStringLiteral("max_seq_length"), intent ? 256 : 512},
            {QStringLiteral("warmup_ratio"), 0.06},
            {QStringLiteral("weight_decay"), 0.01},
            {QStringLiteral("seed"), r.integer(1, 9999)}};
}

QJsonObject scikitLearn(const ModelSpec &model, DemoRandom &r)
{
    if (model.kind == ModelKind::Clustering) {
        return {{QStringLiteral("algorithm"), QStringLiteral("KMeans")},
                {QStringLiteral("n_clusters"), 8},
                {QStringLiteral("n_init"), 10},
                {QStringLiteral("max_iter"), 300},
                {QStringLiteral("random_state"), r.integer(1, 99)}};
    }
    if (model.name == u"anomaly-detector") {
        return {{QStringLiteral("algorithm"), QStringLiteral("IsolationForest")},
                {QStringLiteral("n_estimators"), 50 * r.integer(4, 8)},
                {QStringLiteral("contamination"), rounded(r.uniform(0.005, 0.02), 3)},
                {QStringLiteral("max_samples"), 256},
                {QStringLiteral("persistence_minutes"), 3}};
    }
    return {{QStringLiteral("algorithm"), QStringLiteral("LinearSVC")},
            {QStringLiteral("C"), rounded(r.uniform(0.1, 2.0), 2)},
            {QStringLiteral("ngram_range"), QJsonArray{1, 2}},
            {QStringLiteral("max_features"), 200000},
            {QStringLiteral("class_weight"), QStringLiteral("balanced")}};
}

} // namespace

QString hyperparametersJson(const ModelSpec &model, DemoRandom &random)
{
    QJsonObject params;
    if (model.framework == u"xgboost") {
        params = xgboost(random);
    } else if (model.framework == u"lightgbm") {
        params = lightgbm(model, random);
    } else if (model.framework == u"pytorch") {
        params = pytorch(random);
    } else if (model.framework == u"transformers") {
        params = transformers(model, random);
    } else {
        params = scikitLearn(model, random);
    }
    return QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact));
}

QString trainingEnvironment(const ModelSpec &model, const QString &frameworkVersion,
                            int versionIndex)
{
    const QString python = versionIndex < 2 ? QStringLiteral("3.10") : QStringLiteral("3.11");
    const bool gpu = model.framework == u"pytorch" || model.framework == u"transformers";
    const QString hardware = gpu ? QStringLiteral("CUDA 12.1, 4× NVIDIA A10G (gpu-train pool)")
                                 : QStringLiteral("32 vCPU, 128 GiB (cpu-train pool)");
    return QStringLiteral("Python %1, %2 %3, %4, image ml-train:py%1")
        .arg(python, model.framework.toString(), frameworkVersion, hardware);
}

QString artifactFileName(const ModelSpec &model)
{
    if (model.framework == u"xgboost") {
        return QStringLiteral("model.ubj");
    }
    if (model.framework == u"lightgbm") {
        return QStringLiteral("model.txt");
    }
    if (model.framework == u"pytorch") {
        return QStringLiteral("model.pt");
    }
    if (model.framework == u"transformers") {
        return QStringLiteral("model.safetensors");
    }
    return QStringLiteral("model.joblib");
}

} // namespace Quorum::Demo
