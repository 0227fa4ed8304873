// SPDX-License-Identifier: GPL-3.0-or-later
#include "hfmodelindex.h"

#include "importers/source/sourcenode.h"

namespace Quorum {

namespace {

HfMetric parseMetric(const SourceNode &node)
{
    node.requireObject();
    HfMetric metric;
    metric.type = node[QStringLiteral("type")].text();
    metric.value = node[QStringLiteral("value")].number();
    metric.name = node[QStringLiteral("name")].optionalText().value_or(QString());
    metric.config = node[QStringLiteral("config")].optionalText().value_or(QString());
    // args is free-form: a mapping such as {average: macro}, or a word such as "default".
    const SourceNode args = node[QStringLiteral("args")];
    if (args.isObject()) {
        metric.average = args[QStringLiteral("average")].optionalText().value_or(QString());
    }
    const bool verified = node[QStringLiteral("verified")].optionalBoolean().value_or(false);
    const QString token = node[QStringLiteral("verifyToken")].optionalText().value_or(QString());
    metric.verified = verified || !token.trimmed().isEmpty();
    return metric;
}

HfResult parseResult(const SourceNode &node, const QString &modelName)
{
    node.requireObject();
    HfResult result;
    result.modelName = modelName;
    result.keyPath = node.path();
    const SourceNode task = node[QStringLiteral("task")];
    task.requireObject();
    result.taskType = task[QStringLiteral("type")].text();
    const SourceNode dataset = node[QStringLiteral("dataset")];
    dataset.requireObject();
    result.datasetType = dataset[QStringLiteral("type")].text();
    result.datasetName = dataset[QStringLiteral("name")].text();
    result.datasetConfig = dataset[QStringLiteral("config")].optionalText().value_or(QString());
    result.datasetSplit = dataset[QStringLiteral("split")].optionalText().value_or(QString());
    const SourceNode source = node[QStringLiteral("source")];
    if (!source.isMissing()) {
        source.requireObject();
        result.sourceName = source[QStringLiteral("name")].optionalText().value_or(QString());
        result.sourceUrl = source[QStringLiteral("url")].text();
    }
    const SourceNode metrics = node[QStringLiteral("metrics")];
    metrics.requireArray();
    for (const SourceNode &metric : metrics.elements()) {
        result.metrics.push_back(parseMetric(metric));
    }
    return result;
}

} // namespace

std::vector<HfResult> parseModelIndex(const SourceNode &modelIndex)
{
    std::vector<HfResult> results;
    if (modelIndex.isMissing()) {
        return results;
    }
    modelIndex.requireArray();
    for (const SourceNode &entry : modelIndex.elements()) {
        entry.requireObject();
        const QString name = entry[QStringLiteral("name")].optionalText().value_or(QString());
        const SourceNode entryResults = entry[QStringLiteral("results")];
        entryResults.requireArray();
        for (const SourceNode &result : entryResults.elements()) {
            results.push_back(parseResult(result, name));
        }
    }
    return results;
}

} // namespace Quorum
