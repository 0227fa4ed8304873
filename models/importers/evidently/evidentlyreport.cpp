// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidentlyreport.h"

#include "evidentlylegacy.h"
#include "evidentlysnapshot.h"
#include "importers/source/importerror.h"
#include "importers/source/jsontree.h"
#include "importers/source/sourcenode.h"
#include "importers/source/sourcetext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::EvidentlyReport", text);
}

// Python's str(datetime) ("2023-06-20 13:44:33.796153", what Report.json() writes) or ISO 8601
// with "T" and a zone; the fraction may have any number of digits, no zone means UTC.
QDateTime timestampOf(const SourceNode &node)
{
    const std::optional<QString> text = node.optionalText();
    if (!text) {
        return {};
    }
    static const QRegularExpression kPattern(
        QStringLiteral(
            "^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?"
            "\\s*(Z|[+-]\\d{2}:?\\d{2})?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = kPattern.match(text->trimmed());
    const QDate date = m.hasMatch() ? QDate::fromString(m.captured(1), Qt::ISODate) : QDate();
    const int msec = m.captured(5).leftJustified(3, QLatin1Char('0')).left(3).toInt();
    const QTime time(m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt(), msec);
    if (!date.isValid() || !time.isValid()) {
        node.fail(tr("expected a date and time such as \"2023-06-20 13:44:33.796153\", found "
                     "\"%1\"")
                      .arg(text->left(40)));
    }
    QDateTime at(date, time, Qt::UTC);
    const QString zone = m.captured(6);
    if (zone.size() > 1) {
        const QString digits = QString(zone.mid(1)).remove(QLatin1Char(':'));
        const int offset = digits.left(2).toInt() * 3600 + digits.mid(2).toInt() * 60;
        at = at.addSecs(zone.startsWith(QLatin1Char('-')) ? offset : -offset);
    }
    return at;
}

// A snapshot's entries name their metric by id; a legacy report's by "metric" with a "result".
EvidentlyFormat formatOf(const std::vector<SourceNode> &entries)
{
    for (const SourceNode &entry : entries) {
        const QStringList keys = entry.keys();
        if (keys.contains(QStringLiteral("result")) || keys.contains(QStringLiteral("metric"))) {
            return EvidentlyFormat::Legacy;
        }
        if (keys.contains(QStringLiteral("metric_id"))
            || keys.contains(QStringLiteral("metric_name"))) {
            return EvidentlyFormat::Snapshot;
        }
    }
    return EvidentlyFormat::Legacy;
}

// Sorted by column then statistic; a column a report measured twice the same way (a preset
// and a ColumnDriftMetric of it) is kept once.
void sortColumns(std::vector<EvidentlyColumnDrift> &columns)
{
    std::stable_sort(columns.begin(), columns.end(), [](const auto &a, const auto &b) {
        return a.column != b.column ? a.column < b.column : a.statistic < b.statistic;
    });
    const auto same = [](const EvidentlyColumnDrift &a, const EvidentlyColumnDrift &b) {
        return a.column == b.column && a.stattestName == b.stattestName && a.score == b.score
            && a.threshold == b.threshold;
    };
    columns.erase(std::unique(columns.begin(), columns.end(), same), columns.end());
}

} // namespace

EvidentlyReport parseEvidentlyReport(const QByteArray &bytes, const QString &file,
                                     const ImportLimits &limits)
{
    requireWithinLimit(bytes.size(), limits.maxDocumentBytes, limits, file);
    const SourceNode root(parseJsonDocument(bytes, file, limits), file);
    root.requireObject();
    const SourceNode metrics = root[QStringLiteral("metrics")];
    if (metrics.isMissing() && !root[QStringLiteral("tests")].isMissing()) {
        metrics.fail(tr("missing: this is a test suite; expected a Report with a metrics list"));
    }
    const std::vector<SourceNode> entries = metrics.requireArray().elements();
    EvidentlyReport report;
    report.format = formatOf(entries);
    report.evidentlyVersion = root[QStringLiteral("version")].optionalText().value_or(QString());
    report.timestamp = timestampOf(root[QStringLiteral("timestamp")]);
    bool drift = false;
    for (const SourceNode &entry : entries) {
        const bool columns = report.format == EvidentlyFormat::Legacy
            ? Internal::readLegacyMetric(entry, report)
            : Internal::readSnapshotMetric(entry, report);
        drift = drift || columns;
    }
    if (!drift) {
        metrics.fail(tr("no data-drift metric: expected DataDriftTable, ColumnDriftMetric or "
                        "ValueDrift; found %1")
                         .arg(report.ignoredMetrics.isEmpty()
                                  ? tr("none")
                                  : report.ignoredMetrics.join(QStringLiteral(", ")).left(200)));
    }
    sortColumns(report.columns);
    return report;
}

} // namespace Quorum
