// SPDX-License-Identifier: GPL-3.0-or-later
// Per-group fairness reports of the demo, built from integer confusion counts so that every
// rate and summary metric agrees with the counts, plus per-group evaluation rows.
#include "democontext.h"
#include "demofairnessmath.h"
#include "demosteps.h"
#include "storage/evaluationrepository.h"
#include "storage/fairnessrepository.h"

#include <algorithm>
#include <cmath>

namespace Quorum::Demo {

namespace {

struct GroupShare
{
    QStringView name;
    double share;
};

struct Attribute
{
    QStringView privileged;
    std::vector<GroupShare> groups;
};

Attribute attribute(QStringView name)
{
    if (name == u"sex") {
        return {u"male", {{u"female", 0.49}, {u"male", 0.51}}};
    }
    if (name == u"language") {
        return {u"en", {{u"en", 0.46}, {u"de", 0.24}, {u"fr", 0.17}, {u"es", 0.13}}};
    }
    return {u"25-39", {{u"18-24", 0.12}, {u"25-39", 0.36}, {u"40-59", 0.34}, {u"60+", 0.18}}};
}

// The version's operating point for the favourable outcome, assuming a calibrated model
// (selection rate = base rate s): FPR = s·(1 − TPR) / (1 − s).
struct OperatingPoint
{
    double selection;
    double tpr;
    double fpr;
};

OperatingPoint operatingPoint(const ModelSpec &spec, const VersionRecord &v)
{
    const double s = spec.favourableRate;
    const double tpr = calibratedTruePositiveRate(v.accuracy, s);
    return {s, tpr, std::clamp(s * (1.0 - tpr) / (1.0 - s), 0.001, 0.6)};
}

// Counts for a group of @p n with the given target rates: the base rate b follows from
// selection = b·TPR + (1 − b)·FPR.
GroupCounts counts(QStringView name, qint64 n, const OperatingPoint &target)
{
    const double tpr = std::clamp(target.tpr, 0.5, 0.999);
    const double fpr = std::clamp(target.fpr, 0.001, 0.6);
    const double b = std::clamp((target.selection - fpr) / (tpr - fpr), 0.02, 0.98);
    const auto positives = qint64(std::llround(double(n) * b));
    const auto tp = qint64(std::llround(double(positives) * tpr));
    const auto fp = qint64(std::llround(double(n - positives) * fpr));
    return {name.toString(), tp, fp, n - positives - fp, positives - tp};
}

FairnessReport report(const ModelSpec &spec, const VersionRecord &v, QStringView name,
                      DemoRandom &r)
{
    const Attribute a = attribute(name);
    const OperatingPoint base = operatingPoint(spec, v);
    const Disparity &d = spec.disparity;
    const bool skewed = d.version == v.version.toString() && d.attribute == name;
    const double spread = 0.02 * std::min(base.selection, 1.0 - base.selection);
    const double privilegedRate = skewed ? base.selection + 0.03 : base.selection;

    FairnessReport out;
    out.versionId = v.id;
    out.protectedAttribute = name.toString();
    out.privilegedGroup = a.privileged.toString();
    out.favourableOutcome = spec.favourableOutcome.toString();
    for (const GroupShare &g : a.groups) {
        OperatingPoint t{privilegedRate, base.tpr + r.normal(0, 0.01),
                         base.fpr * (1.0 + r.normal(0, 0.08))};
        if (skewed && g.name == d.group) {
            t = {privilegedRate - d.gap, t.tpr - 0.12, t.fpr * 0.7};
        } else if (skewed && g.name != a.privileged) {
            t.selection = privilegedRate - r.uniform(0.01, 0.05);
        } else if (!skewed) {
            t.selection = base.selection + r.normal(0, spread);
        }
        const auto n = qint64(std::llround(double(v.testRows) * g.share));
        FairnessGroup group = groupFromCounts(counts(g.name, n, t));
        group.brier = rounded((1.0 - group.accuracy.value_or(0)) * r.uniform(0.45, 0.65), 4);
        out.groups.push_back(std::move(group));
    }
    summarise(out);
    out.recordedAt = v.createdAt.addDays(2).addSecs(2 * 3600);
    out.source = QStringLiteral("fairness step of the training pipeline (test split)");
    return out;
}

void addGroupEvaluations(DemoContext &context, const FairnessReport &report)
{
    EvaluationRepository repository(context.db);
    for (const FairnessGroup &g : report.groups) {
        const std::pair<QString, std::optional<double>> metrics[]{
            {QStringLiteral("accuracy"), g.accuracy},
            {QStringLiteral("precision"), g.precision},
            {QStringLiteral("recall"), g.tpr}};
        for (const auto &[metric, value] : metrics) {
            Evaluation e;
            e.versionId = report.versionId;
            e.metric = metric;
            e.value = rounded(value.value_or(0.0), 4);
            e.segment = report.protectedAttribute + QLatin1Char('=') + g.name;
            e.recordedAt = report.recordedAt;
            e.source = report.source;
            repository.add(context.transaction, e);
        }
    }
}

} // namespace

void addFairness(DemoContext &context)
{
    FairnessRepository repository(context.db);
    for (const ModelRecord &model : context.models) {
        const ModelSpec &spec = *model.spec;
        for (const VersionRecord &v : model.versions) {
            DemoRandom r = context.random(
                QStringLiteral("fairness/%1/%2").arg(spec.name.toString(), v.version.toString()));
            for (QStringView attribute : spec.protectedAttributes) {
                FairnessReport fairness = report(spec, v, attribute, r);
                fairness.id = repository.add(context.transaction, fairness);
                addGroupEvaluations(context, fairness);
            }
        }
    }
}

} // namespace Quorum::Demo
