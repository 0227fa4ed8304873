// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemidentity.h"

#include "storage/dbtime.h"
#include "storage/query.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <tuple>
#include <vector>

namespace Quorum::Internal {

namespace {

using GroupCounts = std::tuple<QString, qint64, std::optional<qint64>, std::optional<qint64>,
                               std::optional<qint64>, std::optional<qint64>>;

std::vector<GroupCounts> countsOf(const FairnessReport &report)
{
    std::vector<GroupCounts> counts;
    for (const FairnessGroup &g : report.groups) {
        counts.emplace_back(g.name, g.count, g.truePositives, g.falsePositives, g.trueNegatives,
                            g.falseNegatives);
    }
    std::sort(counts.begin(), counts.end());
    return counts;
}

std::vector<GroupCounts> storedCounts(const Database &db, qint64 reportId)
{
    Query query(db,
                QStringLiteral("SELECT group_name, sample_count, true_positives, "
                               "false_positives, true_negatives, false_negatives "
                               "FROM fairness_groups WHERE report_id = ?"));
    query.bind(reportId).exec();
    std::vector<GroupCounts> counts;
    while (query.next()) {
        counts.emplace_back(query.value(0).toString(), query.value(1).toLongLong(),
                            optionalId(query.value(2)), optionalId(query.value(3)),
                            optionalId(query.value(4)), optionalId(query.value(5)));
    }
    std::sort(counts.begin(), counts.end());
    return counts;
}

QString exact(double value)
{
    return QString::number(value, 'g', 17);
}

QString optionalText(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
}

} // namespace

QString storedSegment(const Evaluation &e)
{
    return e.segment.isEmpty() ? QStringLiteral("all") : e.segment;
}

bool evaluationExists(const Database &db, qint64 versionId, const Evaluation &e)
{
    // "IS ?" compares NULL with NULL as equal: windows are NULL outside production.
    Query query(db,
                QStringLiteral("SELECT 1 FROM evaluations WHERE version_id = ? AND metric = ? "
                               "AND split = ? AND segment = ? AND window_start IS ? "
                               "AND window_end IS ? AND value = ? AND source = ? LIMIT 1"));
    query.bind(versionId)
        .bind(e.metric.trimmed())
        .bind(e.split)
        .bind(storedSegment(e))
        .bind(nullIfEmpty(toDbTime(e.windowStart)))
        .bind(nullIfEmpty(toDbTime(e.windowEnd)))
        .bind(e.value)
        .bind(e.source)
        .exec();
    return query.next();
}

bool driftExists(const Database &db, qint64 versionId, const DriftObservation &o)
{
    Query query(db,
                QStringLiteral("SELECT 1 FROM drift_observations WHERE version_id = ? "
                               "AND feature = ? AND statistic = ? AND window_start = ? "
                               "AND window_end = ? AND value = ? AND source = ? LIMIT 1"));
    query.bind(versionId)
        .bind(o.feature)
        .bind(o.statistic)
        .bind(toDbDate(o.windowStart))
        .bind(toDbDate(o.windowEnd))
        .bind(o.value)
        .bind(o.source)
        .exec();
    return query.next();
}

bool fairnessExists(const Database &db, qint64 versionId, const FairnessReport &r)
{
    Query query(db,
                QStringLiteral("SELECT id FROM fairness_reports WHERE version_id = ? "
                               "AND protected_attribute = ? AND split = ? AND source = ?"));
    query.bind(versionId).bind(r.protectedAttribute).bind(r.split).bind(r.source).exec();
    std::vector<qint64> candidates;
    while (query.next()) {
        candidates.push_back(query.value(0).toLongLong());
    }
    const std::vector<GroupCounts> wanted = countsOf(r);
    return std::any_of(candidates.begin(), candidates.end(),
                       [&](qint64 id) { return storedCounts(db, id) == wanted; });
}

bool sameCardContent(const QString &leftJson, const QString &rightJson)
{
    QJsonParseError leftError;
    QJsonParseError rightError;
    const QJsonDocument left = QJsonDocument::fromJson(leftJson.toUtf8(), &leftError);
    const QJsonDocument right = QJsonDocument::fromJson(rightJson.toUtf8(), &rightError);
    if (leftError.error != QJsonParseError::NoError
        || rightError.error != QJsonParseError::NoError) {
        return false;
    }
    return left == right;
}

QString evaluationIdentity(const QString &version, const Evaluation &e)
{
    return QStringList{version,
                       e.metric.trimmed(),
                       e.split,
                       storedSegment(e),
                       toDbTime(e.windowStart),
                       toDbTime(e.windowEnd),
                       exact(e.value),
                       e.source}
        .join(QChar(0x1f));
}

QString driftIdentity(const QString &version, const DriftObservation &o)
{
    return QStringList{
        version,        o.feature, o.statistic, toDbDate(o.windowStart), toDbDate(o.windowEnd),
        exact(o.value), o.source}
        .join(QChar(0x1f));
}

QString fairnessIdentity(const QString &version, const FairnessReport &r)
{
    QStringList parts{version, r.protectedAttribute, r.split, r.source};
    for (const auto &[name, count, tp, fp, tn, fn] : countsOf(r)) {
        parts << name << QString::number(count) << optionalText(tp) << optionalText(fp)
              << optionalText(tn) << optionalText(fn);
    }
    return parts.join(QChar(0x1f));
}

} // namespace Quorum::Internal
