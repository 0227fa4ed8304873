// SPDX-License-Identifier: GPL-3.0-or-later
#include "statsjson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace Quorum::Cli::StatsJson {

namespace {

QJsonValue number(std::optional<double> value)
{
    return value && std::isfinite(*value) ? QJsonValue(*value) : QJsonValue();
}

QJsonValue count(std::optional<qint64> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonArray numbers(const std::vector<double> &values)
{
    QJsonArray out;
    for (double v : values) {
        out.append(number(v));
    }
    return out;
}

QJsonObject bins(const BinnedShares &b)
{
    QJsonObject json{{QStringLiteral("labels"), QJsonArray::fromStringList(b.labels)},
                     {QStringLiteral("reference"), numbers(b.reference)},
                     {QStringLiteral("current"), numbers(b.current)}};
    if (!b.edges.empty()) {
        json.insert(QStringLiteral("edges"), numbers(b.edges)); // ±∞ outer edges are null
    }
    return json;
}

} // namespace

QJsonObject drift(const DriftResult &r)
{
    QJsonObject json{
        {QStringLiteral("column"), r.column},
        {QStringLiteral("type"), columnTypeKey(r.type)},
        {QStringLiteral("method"), driftMethodKey(r.method)},
        {QStringLiteral("statistic"), number(r.statistic)},
        {QStringLiteral("p_value"), number(r.pValue)},
        {QStringLiteral("threshold"), r.threshold},
        {QStringLiteral("direction"), driftDirectionKey(r.direction)},
        {QStringLiteral("drift"), r.drift},
        {QStringLiteral("reference_size"), qint64(r.referenceSize)},
        {QStringLiteral("current_size"), qint64(r.currentSize)},
        {QStringLiteral("reference_missing"), qint64(r.referenceMissing)},
        {QStringLiteral("current_missing"), qint64(r.currentMissing)},
        {QStringLiteral("bins"), bins(r.bins)},
    };
    if (!std::isfinite(r.statistic)) {
        json.insert(QStringLiteral("statistic_note"),
                    QStringLiteral("infinite: the current sample has a category the reference "
                                   "sample never has"));
    }
    return json;
}

QJsonObject group(const FairnessGroup &g)
{
    return QJsonObject{
        {QStringLiteral("name"), g.name},
        {QStringLiteral("count"), g.count},
        {QStringLiteral("true_positives"), count(g.truePositives)},
        {QStringLiteral("false_positives"), count(g.falsePositives)},
        {QStringLiteral("true_negatives"), count(g.trueNegatives)},
        {QStringLiteral("false_negatives"), count(g.falseNegatives)},
        {QStringLiteral("selection_rate"), number(g.selectionRate)},
        {QStringLiteral("tpr"), number(g.tpr)},
        {QStringLiteral("fpr"), number(g.fpr)},
        {QStringLiteral("precision"), number(g.precision)},
        {QStringLiteral("accuracy"), number(g.accuracy)},
        {QStringLiteral("brier"), number(g.brier)},
    };
}

QJsonObject fairness(const FairnessAnalysis &a, const FairnessOptions &options)
{
    QJsonArray groups;
    for (const FairnessGroup &g : a.report.groups) {
        QJsonObject json = group(g);
        json.insert(QStringLiteral("privileged"),
                    options.privileged.isComparison() ? g.name == a.privilegedGroup.name
                                                      : options.privileged.matches(g.name));
        groups.append(json);
    }
    QJsonObject summary;
    for (const auto &[name, value] : a.summary) {
        summary.insert(name, number(value));
    }
    QJsonObject intervals;
    for (const auto &[name, interval] : a.intervals) {
        intervals.insert(name,
                         QJsonObject{{QStringLiteral("low"), interval.low},
                                     {QStringLiteral("high"), interval.high}});
    }
    return QJsonObject{
        {QStringLiteral("rows"), qint64(a.rows)},
        {QStringLiteral("skipped_rows"), qint64(a.skippedRows)},
        {QStringLiteral("label"), options.labelColumn},
        {QStringLiteral("prediction"), options.predictionColumn},
        {QStringLiteral("protected"), options.protectedColumn},
        {QStringLiteral("privileged"), a.report.privilegedGroup},
        {QStringLiteral("favorable"), options.favourable},
        {QStringLiteral("groups"), groups},
        {QStringLiteral("privileged_group"), group(a.privilegedGroup)},
        {QStringLiteral("unprivileged_group"), group(a.unprivilegedGroup)},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("undefined"),
         QJsonDocument::fromJson(a.report.undefinedReasonsJson.toUtf8()).object()},
        {QStringLiteral("intervals"), intervals},
        {QStringLiteral("flags"), QJsonArray::fromStringList(a.report.flags)},
    };
}

} // namespace Quorum::Cli::StatsJson
