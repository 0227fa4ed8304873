// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationmapping.h"

#include "stats/fairnesscounts.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Quorum {

namespace {

// The four-fifths rule, as `quorumctl fairness` applies it (FairnessOptions::fourFifths).
constexpr double kFourFifths = 0.8;

QString sourceOf(const QString &source, const QString &where)
{
    return QStringLiteral("evaluation:%1#%2").arg(source, where);
}

Evaluation evaluationOf(const EvaluationRow &row, const QString &source, const QDateTime &now)
{
    Evaluation e;
    e.metric = row.metric;
    e.value = row.value;
    e.split = row.split;
    e.segment = row.segment;
    e.windowStart = row.windowStart;
    e.windowEnd = row.windowEnd;
    e.recordedAt = now;
    e.source = sourceOf(source, row.where);
    return e;
}

Internal::GroupCounts countsOf(const FairnessGroupRow &row)
{
    Internal::GroupCounts counts;
    counts.tp = row.truePositives;
    counts.fp = row.falsePositives;
    counts.tn = row.trueNegatives;
    counts.fn = row.falseNegatives;
    counts.n = counts.tp + counts.fp + counts.tn + counts.fn;
    return counts;
}

FairnessReport fairnessOf(const FairnessResult &result, const QString &source, const QDateTime &now,
                          double maxParityGap)
{
    FairnessReport report;
    report.protectedAttribute = result.attribute;
    report.privilegedGroup = result.privilegedGroup;
    report.favourableOutcome = result.favourableOutcome;
    report.split = result.split;
    std::vector<Internal::GroupCounts> counts;
    std::vector<bool> privileged;
    for (const FairnessGroupRow &row : result.groups) {
        counts.push_back(countsOf(row));
        privileged.push_back(row.group == result.privilegedGroup);
        FairnessGroup group = Internal::toFairnessGroup(row.group, counts.back());
        group.brier = row.brier; // a mean given as such, not a sum of squared errors
        report.groups.push_back(group);
    }
    const Internal::FairnessSummary summary = Internal::summarize(counts, privileged);
    Internal::storeSummary(report, summary);
    QJsonObject reasons;
    for (const auto &[name, reason] : summary.undefinedReasons) {
        reasons.insert(name, reason);
    }
    report.undefinedReasonsJson
        = QString::fromUtf8(QJsonDocument(reasons).toJson(QJsonDocument::Compact));
    report.flags = Internal::fairnessFlags(summary.values, kFourFifths, maxParityGap);
    report.recordedAt = now;
    report.source = sourceOf(source, result.where);
    return report;
}

} // namespace

ImportBatch mapEvaluationFile(const EvaluationFile &file, const VersionKey &key,
                              const QString &source, double maxParityGap)
{
    ImportBatch batch;
    batch.kind = QStringLiteral("evaluation");
    batch.source = source;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const EvaluationRow &row : file.evaluations) {
        batch.evaluations.push_back({key, evaluationOf(row, source, now)});
    }
    for (const FairnessResult &result : file.fairness) {
        batch.fairness.push_back({key, fairnessOf(result, source, now, maxParityGap)});
    }
    return batch;
}

} // namespace Quorum
