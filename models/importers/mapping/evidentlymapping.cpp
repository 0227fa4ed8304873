// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidentlymapping.h"

#include "importers/source/importerror.h"

#include <QCoreApplication>
#include <QLocale>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::EvidentlyMapping", text);
}

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

DriftWindowDates windowOf(const EvidentlyReport &report, const DriftWindowDates &given,
                          const QString &source)
{
    DriftWindowDates window = given;
    if (!window.start.isValid() && !window.end.isValid()) {
        const QDate day = report.timestamp.isValid() ? report.timestamp.toUTC().date()
                                                     : QDateTime::currentDateTimeUtc().date();
        return {day, day};
    }
    // One end given: a window of that one day.
    if (!window.start.isValid()) {
        window.start = window.end;
    }
    if (!window.end.isValid()) {
        window.end = window.start;
    }
    if (window.end < window.start) {
        throw ImportError(
            ImportErrorKind::Target, source, {},
            tr("the drift window ends (%1) before it starts (%2)")
                .arg(window.end.toString(Qt::ISODate), window.start.toString(Qt::ISODate)));
    }
    return window;
}

DriftStatus statusOf(const EvidentlyColumnDrift &column)
{
    if (column.detected) {
        return *column.detected ? DriftStatus::Drift : DriftStatus::Stable;
    }
    const bool drift
        = column.pValueTest ? column.score < column.threshold : column.score >= column.threshold;
    return drift ? DriftStatus::Drift : DriftStatus::Stable;
}

} // namespace

ImportBatch mapEvidentlyReport(const EvidentlyReport &report, const VersionKey &key,
                               const DriftWindowDates &window, const QString &source)
{
    ImportBatch batch;
    batch.kind = QStringLiteral("evidently");
    batch.source = source;
    const DriftWindowDates dates = windowOf(report, window, source);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const EvidentlyColumnDrift &column : report.columns) {
        if (column.statistic.isEmpty()) {
            batch.warnings.append(
                tr("%1: column \"%2\": the drift method \"%3\" is not one Quorum stores; "
                   "skipped")
                    .arg(column.keyPath, column.column,
                         column.stattestName.isEmpty() ? tr("(none given)") : column.stattestName));
            continue;
        }
        if (column.pValueTest && (column.score < 0.0 || column.score > 1.0)) {
            throw ImportError(ImportErrorKind::Invalid, source, column.keyPath,
                              tr("the %1 drift score %2 is not a p-value; expected a number from "
                                 "0 to 1")
                                  .arg(column.stattestName, number(column.score)));
        }
        DriftObservation o;
        o.feature = column.column;
        o.windowStart = dates.start;
        o.windowEnd = dates.end;
        o.statistic = column.statistic;
        o.value = column.score;
        if (column.pValueTest) {
            o.pValue = column.score;
        }
        o.threshold = column.threshold;
        o.status = statusOf(column);
        o.binsJson = column.binsJson;
        o.recordedAt = now;
        o.source = QStringLiteral("evidently:%1#%2").arg(source, column.keyPath);
        batch.drift.push_back({key, o});
    }
    if (!report.ignoredMetrics.isEmpty()) {
        batch.warnings.append(tr("not drift metrics, not imported: %1")
                                  .arg(report.ignoredMetrics.join(QStringLiteral(", "))));
    }
    return batch;
}

} // namespace Quorum
