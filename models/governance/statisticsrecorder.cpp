// SPDX-License-Identifier: GPL-3.0-or-later
#include "statisticsrecorder.h"

#include "governance/governanceerror.h"
#include "governance/policyrepository.h"
#include "oversight/alertscan.h"
#include "storage/database.h"
#include "storage/driftrepository.h"
#include "storage/fairnessrepository.h"
#include "storage/modelrepository.h"
#include "storage/versionrepository.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::StatisticsRecorder", text);
}

QJsonArray numbers(const std::vector<double> &values)
{
    QJsonArray out;
    for (double v : values) {
        // JSON has no infinities: the open outer edges of PSI bins are written as null.
        out.append(std::isfinite(v) ? QJsonValue(v) : QJsonValue());
    }
    return out;
}

QString binsJson(const DriftResult &r)
{
    QJsonObject json{{QStringLiteral("reference"), numbers(r.bins.reference)},
                     {QStringLiteral("current"), numbers(r.bins.current)},
                     {QStringLiteral("labels"), QJsonArray::fromStringList(r.bins.labels)},
                     {QStringLiteral("reference_size"), qint64(r.referenceSize)},
                     {QStringLiteral("current_size"), qint64(r.currentSize)},
                     {QStringLiteral("direction"), driftDirectionKey(r.direction)}};
    if (!r.bins.edges.empty()) {
        json.insert(QStringLiteral("edges"), numbers(r.bins.edges));
    }
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

ModelVersion requireVersion(Database &db, qint64 versionId)
{
    const auto version = VersionRepository(db).byId(versionId);
    if (!version) {
        throw GovernanceError(GovernanceErrorKind::NotFound,
                              tr("There is no model version with id %1.").arg(versionId));
    }
    return *version;
}

Policy policyOf(Database &db, const ModelVersion &version)
{
    const auto model = ModelRepository(db).byId(version.modelId);
    if (!model) {
        throw GovernanceError(GovernanceErrorKind::NotFound,
                              tr("The model of version %1 is missing.").arg(version.id));
    }
    return PolicyRepository(db).current(tierNumber(model->tier));
}

} // namespace

DriftObservation driftObservation(const DriftResult &result, const MonitoringThresholds &tier,
                                  const DriftWindow &window)
{
    DriftObservation o;
    o.feature = result.column;
    o.windowStart = window.start;
    o.windowEnd = window.end;
    o.statistic = driftMethodKey(result.method);
    o.value = result.statistic;
    o.pValue = result.pValue;
    o.binsJson = binsJson(result);
    if (result.method == DriftMethod::Psi) {
        const bool target = result.column == QLatin1String("prediction")
            || result.column == QLatin1String("label");
        o.threshold = target ? tier.predictionDriftPsi : tier.dataDriftPsi;
        o.status = psiStatus(result.statistic, o.threshold);
        return o;
    }
    o.threshold = result.threshold;
    o.status = result.drift ? DriftStatus::Drift : DriftStatus::Stable;
    return o;
}

StatisticsRecorder::StatisticsRecorder(Database &db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{}

std::vector<DriftObservation>
StatisticsRecorder::recordDrift(qint64 versionId, const DriftWindow &window,
                                const std::vector<DriftResult> &results, const QString &source)
{
    if (!window.start.isValid() || !window.end.isValid() || window.end < window.start) {
        throw GovernanceError(GovernanceErrorKind::InvalidInput,
                              tr("The drift window must have a start and an end date, the end "
                                 "not before the start."));
    }
    const ModelVersion version = requireVersion(m_db, versionId);
    const Policy policy = policyOf(m_db, version);
    WriteTransaction transaction(m_db, m_actor);
    DriftRepository repository(m_db);
    std::vector<DriftObservation> stored;
    for (const DriftResult &result : results) {
        DriftObservation o = driftObservation(result, policy.monitoring, window);
        o.versionId = versionId;
        o.source = source;
        o.recordedAt = QDateTime::currentDateTimeUtc();
        o.id = repository.add(transaction, o);
        stored.push_back(std::move(o));
    }
    AlertScan(transaction).scanVersion(versionId); // a crossed threshold raises an alert
    transaction.commit();
    return stored;
}

FairnessReport StatisticsRecorder::recordFairness(qint64 versionId,
                                                  const FairnessAnalysis &analysis,
                                                  const QString &source)
{
    requireVersion(m_db, versionId);
    FairnessReport report = analysis.report;
    report.versionId = versionId;
    report.source = source;
    report.recordedAt = QDateTime::currentDateTimeUtc();
    WriteTransaction transaction(m_db, m_actor);
    report.id = FairnessRepository(m_db).add(transaction, report);
    transaction.commit();
    return report;
}

double StatisticsRecorder::maxParityGap(qint64 versionId) const
{
    return policyOf(m_db, requireVersion(m_db, versionId)).thresholds.maxBiasDisparity;
}

} // namespace Quorum
