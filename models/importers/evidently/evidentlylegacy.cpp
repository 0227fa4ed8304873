// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidentlylegacy.h"

#include "evidentlybins.h"

#include <QCoreApplication>

namespace Quorum::Internal {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::EvidentlyReport", text);
}

// Releases before 0.2 wrote "threshold" where later ones write "stattest_threshold".
double thresholdOf(const SourceNode &column)
{
    const SourceNode current = column[QStringLiteral("stattest_threshold")];
    const SourceNode older = column[QStringLiteral("threshold")];
    return current.isMissing() && !older.isMissing() ? older.number() : current.number();
}

void readDataDriftTable(const SourceNode &result, EvidentlyReport &report)
{
    const SourceNode columns = result[QStringLiteral("drift_by_columns")];
    columns.requireObject();
    for (const QString &name : columns.keys()) {
        report.columns.push_back(readLegacyColumn(columns[name], name));
    }
    // DatasetDriftMetric says the same when the preset adds it; it is read the same way.
    if (!report.shareOfDriftedColumns) {
        report.shareOfDriftedColumns
            = result[QStringLiteral("share_of_drifted_columns")].optionalNumber();
    }
    if (!report.datasetDrift) {
        report.datasetDrift = result[QStringLiteral("dataset_drift")].optionalBoolean();
    }
}

void readDatasetDriftMetric(const SourceNode &result, EvidentlyReport &report)
{
    report.shareOfDriftedColumns = result[QStringLiteral("share_of_drifted_columns")].number();
    report.datasetDrift = result[QStringLiteral("dataset_drift")].boolean();
}

} // namespace

EvidentlyColumnDrift readLegacyColumn(const SourceNode &column, const QString &fallbackName)
{
    column.requireObject();
    EvidentlyColumnDrift drift;
    const SourceNode name = column[QStringLiteral("column_name")];
    drift.column = fallbackName.isEmpty() || !name.isMissing() ? name.text() : fallbackName;
    if (drift.column.trimmed().isEmpty()) {
        name.fail(tr("expected the column's name, found empty text"));
    }
    drift.columnType = column[QStringLiteral("column_type")].optionalText().value_or(QString());
    drift.stattestName = column[QStringLiteral("stattest_name")].text();
    drift.threshold = thresholdOf(column);
    drift.score = column[QStringLiteral("drift_score")].number();
    drift.detected = column[QStringLiteral("drift_detected")].optionalBoolean();
    const EvidentlyStattest stattest = evidentlyStattest(drift.stattestName);
    drift.statistic = stattest.statistic;
    drift.pValueTest = stattest.pValueTest;
    drift.binsJson = evidentlyBinsJson(column.value(), drift.columnType);
    drift.keyPath = column.path();
    return drift;
}

bool readLegacyMetric(const SourceNode &entry, EvidentlyReport &report)
{
    entry.requireObject();
    const QString metric = entry[QStringLiteral("metric")].text();
    const SourceNode result = entry[QStringLiteral("result")];
    if (metric == u"DataDriftTable") {
        readDataDriftTable(result.requireObject(), report);
        return true;
    }
    if (metric == u"ColumnDriftMetric") {
        report.columns.push_back(readLegacyColumn(result, QString()));
        return true;
    }
    if (metric == u"DatasetDriftMetric") {
        readDatasetDriftMetric(result.requireObject(), report);
        return false;
    }
    report.ignoredMetrics.append(metric);
    return false;
}

} // namespace Quorum::Internal
