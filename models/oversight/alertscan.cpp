// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertscan.h"

#include "alertrepository.h"
#include "alertrules.h"
#include "governance/governanceerror.h"
#include "storage/database.h"
#include "storage/dbtime.h"
#include "storage/evaluationrepository.h"
#include "storage/query.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::AlertScan", text);
}

/// The version's model and tier, as the alerts name them; throws for an unknown version.
Alert versionFacts(Database &db, qint64 versionId)
{
    Query query(db,
                QStringLiteral("SELECT m.id, m.name, m.display_name, m.risk_tier, v.version "
                               "FROM model_versions v JOIN models m ON m.id = v.model_id "
                               "WHERE v.id = ?"));
    query.bind(versionId).exec();
    if (!query.next()) {
        throw GovernanceError(GovernanceErrorKind::NotFound,
                              tr("There is no model version with id %1.").arg(versionId));
    }
    Alert base;
    base.versionId = versionId;
    base.modelId = query.value(0).toLongLong();
    base.modelName = query.value(1).toString();
    base.modelDisplayName = query.value(2).toString();
    base.tier = riskTierFromNumber(query.value(3).toInt()).value_or(RiskTier::Standard);
    base.version = SemanticVersion::parse(query.value(4).toString()).value_or(SemanticVersion{});
    return base;
}

/// A drift window's first and last day as UTC times: from 00:00:00 to 23:59:59.
QDateTime dayStart(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone::utc());
}

QDateTime dayEnd(const QDate &day)
{
    return QDateTime(day, QTime(23, 59, 59), QTimeZone::utc());
}

} // namespace

AlertScan::AlertScan(WriteTransaction &transaction, AlertTime time)
    : m_transaction(transaction)
    , m_time(time)
{}

std::vector<Alert> AlertScan::scanVersion(qint64 versionId)
{
    Database &db = m_transaction.database();
    const Alert base = versionFacts(db, versionId);
    const MonitoringRules rules = MonitoringRules::forTier(db, tierNumber(base.tier));
    std::vector<Alert> raised;
    scanEvaluations(base, rules, raised);
    scanDrift(base, rules, raised);
    return raised;
}

std::vector<Alert> AlertScan::scanVersions(const std::set<qint64> &versionIds)
{
    std::vector<Alert> raised;
    for (qint64 id : versionIds) {
        std::vector<Alert> more = scanVersion(id);
        raised.insert(raised.end(), std::make_move_iterator(more.begin()),
                      std::make_move_iterator(more.end()));
    }
    return raised;
}

void AlertScan::scanEvaluations(const Alert &base, const MonitoringRules &rules,
                                std::vector<Alert> &raised)
{
    Database &db = m_transaction.database();
    Query query(db,
                QStringLiteral("SELECT metric, value, window_start, window_end, recorded_at "
                               "FROM evaluations WHERE version_id = ? "
                               "AND split = 'production' AND segment = 'all' "
                               "AND metric IN ('accuracy', 'recall', 'missing_value_rate', "
                               "'brier') ORDER BY coalesce(window_end, recorded_at), id"));
    query.bind(base.versionId).exec();
    EvaluationRepository evaluations(db);
    QHash<QString, std::optional<double>> baselines;
    while (query.next()) {
        const QString metric = query.value(0).toString();
        const AlertTrigger trigger = *triggerForMetric(metric);
        const std::optional<double> threshold = rules.threshold(trigger);
        if (!threshold) {
            continue;
        }
        if (!baselines.contains(metric)) {
            baselines.insert(metric, evaluations.latest(base.versionId, metric));
        }
        const std::optional<double> baseline = baselines.value(metric);
        if (!baseline) {
            continue;
        }
        Alert alert = base;
        alert.trigger = trigger;
        alert.feature = metric;
        alert.observed = query.value(1).toDouble();
        alert.baseline = baseline;
        alert.measured = measuredValue(trigger, alert.observed, *baseline);
        alert.threshold = *threshold;
        alert.windowStart = fromDbTime(query.value(2));
        const QDateTime recordedAt = fromDbTime(query.value(4));
        alert.windowEnd = query.value(3).isNull() ? recordedAt : fromDbTime(query.value(3));
        raise(std::move(alert), recordedAt, raised);
    }
}

void AlertScan::scanDrift(const Alert &base, const MonitoringRules &rules,
                          std::vector<Alert> &raised)
{
    Query query(m_transaction.database(),
                QStringLiteral("SELECT feature, value, window_start, window_end, recorded_at "
                               "FROM drift_observations WHERE version_id = ? "
                               "AND statistic = 'psi' ORDER BY window_end, feature, id"));
    query.bind(base.versionId).exec();
    while (query.next()) {
        Alert alert = base;
        alert.feature = query.value(0).toString();
        alert.trigger = triggerForFeature(alert.feature);
        const std::optional<double> threshold = rules.threshold(alert.trigger);
        if (!threshold) {
            continue;
        }
        alert.observed = query.value(1).toDouble();
        alert.measured = alert.observed;
        alert.threshold = *threshold;
        alert.windowStart = dayStart(fromDbDate(query.value(2)));
        alert.windowEnd = dayEnd(fromDbDate(query.value(3)));
        raise(std::move(alert), fromDbTime(query.value(4)), raised);
    }
}

void AlertScan::raise(Alert alert, const QDateTime &recordedAt, std::vector<Alert> &raised)
{
    if (!crossesThreshold(alert.measured, alert.threshold)) {
        return;
    }
    Database &db = m_transaction.database();
    const bool evidence = m_time == AlertTime::EvidenceTime && recordedAt.isValid();
    alert.raisedAt = fromDbTime(toDbTime(evidence ? recordedAt : db.now())); // to the second
    if (const std::optional<qint64> id = AlertRepository(db).raise(m_transaction, alert)) {
        alert.id = *id;
        raised.push_back(std::move(alert));
    }
}

} // namespace Quorum
