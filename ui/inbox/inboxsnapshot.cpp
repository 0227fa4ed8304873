// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxsnapshot.h"

#include "storage/evaluationrepository.h"
#include "storage/modelrepository.h"
#include "storage/personrepository.h"
#include "storage/versionrepository.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace Quorum::Ui {

namespace {

/// The standard metrics in the order reviewers read them (SPEC §2); others follow by name.
const QStringList kMetricOrder{
    QStringLiteral("accuracy"),       QStringLiteral("precision"),
    QStringLiteral("recall"),         QStringLiteral("f1"),
    QStringLiteral("roc_auc"),        QStringLiteral("pr_auc"),
    QStringLiteral("brier"),          QStringLiteral("log_loss"),
    QStringLiteral("latency_p50_ms"), QStringLiteral("latency_p95_ms"),
    QStringLiteral("latency_p99_ms"), QStringLiteral("throughput"),
};

/// The latest test value of every metric of @p versionId over all segments.
QMap<QString, double> latestTestMetrics(const EvaluationRepository &evaluations, qint64 versionId)
{
    QMap<QString, double> values;
    QMap<QString, QDateTime> times;
    for (const Evaluation &e : evaluations.forVersion(versionId)) {
        if (e.split != QLatin1String("test") || e.segment != QLatin1String("all")) {
            continue;
        }
        if (!times.contains(e.metric) || times.value(e.metric) <= e.recordedAt) {
            values.insert(e.metric, e.value);
            times.insert(e.metric, e.recordedAt);
        }
    }
    return values;
}

int metricRank(const QString &metric)
{
    const qsizetype index = kMetricOrder.indexOf(metric);
    return index < 0 ? static_cast<int>(kMetricOrder.size()) : static_cast<int>(index);
}

RequestEvidence evidenceFor(Database &db, const DecisionSituation &s)
{
    RequestEvidence evidence;
    const EvaluationRepository evaluations(db);
    const QMap<QString, double> candidate = latestTestMetrics(evaluations, s.version.id);
    QMap<QString, double> production;
    const std::optional<ModelVersion> live = VersionRepository(db).inProduction(s.model.id);
    if (live && live->id != s.version.id) {
        evidence.productionVersion = live->version.toString();
        production = latestTestMetrics(evaluations, live->id);
    }
    QStringList names = candidate.keys();
    for (const QString &name : production.keys()) {
        if (!names.contains(name)) {
            names << name;
        }
    }
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return std::pair(metricRank(a), a) < std::pair(metricRank(b), b);
    });
    for (const QString &name : names) {
        MetricDelta delta{name, std::nullopt, std::nullopt};
        if (candidate.contains(name)) {
            delta.candidate = candidate.value(name);
        }
        if (production.contains(name)) {
            delta.production = production.value(name);
        }
        evidence.metrics.push_back(delta);
    }
    if (s.request.retirement && s.request.retirement->replacementModelId) {
        const auto replacement
            = ModelRepository(db).byId(*s.request.retirement->replacementModelId);
        evidence.replacementModel = replacement ? replacement->name : QString();
    }
    return evidence;
}

} // namespace

std::optional<double> MetricDelta::delta() const
{
    if (!candidate || !production) {
        return std::nullopt;
    }
    return *candidate - *production;
}

bool MetricDelta::lowerIsBetter() const
{
    return metric == QLatin1String("brier") || metric == QLatin1String("log_loss")
        || metric.startsWith(QLatin1String("latency"));
}

QString InboxSnapshot::personName(qint64 personId) const
{
    return personNames.value(
        personId,
        QCoreApplication::translate("Quorum::Ui::InboxSnapshot", "person #%1").arg(personId));
}

InboxSnapshot readInbox(Database &db, qint64 personId)
{
    InboxSnapshot snapshot;
    snapshot.items = inboxFor(db, personId);
    const PersonRepository people(db);
    auto remember = [&](qint64 id) {
        if (!snapshot.personNames.contains(id)) {
            if (const std::optional<Person> person = people.byId(id)) {
                snapshot.personNames.insert(id, person->name);
            }
        }
    };
    for (const InboxItem &item : snapshot.items) {
        const DecisionSituation &s = item.situation;
        for (const Decision &d : s.earlier) {
            remember(d.personId);
        }
        for (const TesterCheck &check : s.testerChecks) {
            remember(check.personId);
        }
        snapshot.evidence.insert(s.request.id, evidenceFor(db, s));
    }
    return snapshot;
}

} // namespace Quorum::Ui
