// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidentlysnapshot.h"

#include "evidentlystattest.h"
#include "metricidparser.h"

#include <QCoreApplication>

#include <cmath>

namespace Quorum::Internal {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::EvidentlyReport", text);
}

// The member naming the metric: the one of metric_id and metric_name holding parameters, else
// whichever is there (releases differ in which they write, and one may be a bare hash).
SourceNode idNodeOf(const SourceNode &entry)
{
    const SourceNode candidates[]
        = {entry[QStringLiteral("metric_id")], entry[QStringLiteral("metric_name")]};
    for (const SourceNode &node : candidates) {
        if (node.isString() && node.value().toString().contains(QLatin1Char('('))) {
            return node;
        }
    }
    for (const SourceNode &node : candidates) {
        if (!node.isMissing()) {
            return node;
        }
    }
    entry.fail(tr("expected \"metric_id\" or \"metric_name\" naming the metric, such as "
                  "\"ValueDrift(column=age,method=psi,threshold=0.1)\""));
}

// Parameters written beside the id fill in what the id leaves out.
void addConfigParams(const SourceNode &entry, QMap<QString, QString> &params)
{
    for (const QString &key : {QStringLiteral("config"), QStringLiteral("params")}) {
        SourceNode config = entry[key];
        if (config.isMissing()) {
            continue;
        }
        config.requireObject();
        if (config[QStringLiteral("params")].isObject()) {
            config = config[QStringLiteral("params")];
        }
        for (const QString &name :
             {QStringLiteral("column"), QStringLiteral("method"), QStringLiteral("threshold")}) {
            if (!params.contains(name)) {
                if (const auto value = config[name].optionalText()) {
                    params.insert(name, *value);
                }
            }
        }
    }
}

EvidentlyColumnDrift readValueDrift(const SourceNode &entry, const SourceNode &idNode,
                                    const QMap<QString, QString> &params)
{
    EvidentlyColumnDrift drift;
    drift.column = params.value(QStringLiteral("column"));
    if (drift.column.isEmpty()) {
        idNode.fail(tr("expected column=… in \"%1\"").arg(idNode.text().left(80)));
    }
    drift.stattestName = params.value(QStringLiteral("method"));
    const StattestInfo *test = findStattest(drift.stattestName);
    const EvidentlyStattest stattest = evidentlyStattest(drift.stattestName);
    drift.statistic = stattest.statistic;
    drift.pValueTest = stattest.pValueTest;
    if (const auto threshold = params.constFind(QStringLiteral("threshold"));
        threshold != params.constEnd()) {
        bool ok = false;
        drift.threshold = threshold->toDouble(&ok);
        if (!ok || !std::isfinite(drift.threshold)) {
            idNode.fail(
                tr("expected a finite number as threshold, found \"%1\"").arg(threshold->left(40)));
        }
    } else if (test) {
        // Evidently resolves a missing threshold to the test's default and writes it; an id
        // without one can only mean that default.
        drift.threshold = test->defaultThreshold;
    }
    drift.score = entry[QStringLiteral("value")].number();
    drift.keyPath = entry.path();
    return drift;
}

} // namespace

bool readSnapshotMetric(const SourceNode &entry, EvidentlyReport &report)
{
    entry.requireObject();
    if (entry.keys().isEmpty()) {
        return false; // Snapshot.json() writes {} for a metric without a result
    }
    const SourceNode idNode = idNodeOf(entry);
    const QString id = idNode.text();
    QString problem;
    std::optional<MetricIdentity> identity = parseMetricId(id, problem);
    if (!identity) {
        idNode.fail(problem);
    }
    addConfigParams(entry, identity->params);
    if (identity->name == u"ValueDrift") {
        report.columns.push_back(readValueDrift(entry, idNode, identity->params));
        return true;
    }
    if (identity->name == u"DriftedColumnsCount") {
        const SourceNode value = entry[QStringLiteral("value")];
        value.requireObject();
        report.shareOfDriftedColumns = value[QStringLiteral("share")].number();
        return false;
    }
    report.ignoredMetrics.append(id);
    return false;
}

} // namespace Quorum::Internal
