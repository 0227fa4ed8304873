// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationrules.h"

#include "importers/source/metricnames.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Quorum::Internal {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::EvaluationFile", text);
}

enum class Bound {
    Start,
    End,
};

// "2025-01-31" covers the whole day (00:00:00 to 23:59:59 UTC); a date and time is taken as
// written, in UTC when it names no zone.
QDateTime windowBound(const SourceNode &cell, Bound bound)
{
    const QString text = cell.text().trimmed();
    static const QRegularExpression kDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (kDate.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid()) {
            return QDateTime(date, bound == Bound::Start ? QTime(0, 0) : QTime(23, 59, 59),
                             Qt::UTC);
        }
    } else {
        QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (at.isValid()) {
            if (at.timeSpec() == Qt::LocalTime) {
                at.setTimeSpec(Qt::UTC);
            }
            return at.toUTC();
        }
    }
    cell.fail(tr("expected an ISO date such as 2025-01-31 or a date and time such as "
                 "2025-01-31T23:59:59Z, found \"%1\"")
                  .arg(text.left(40)));
}

void readWindow(const EvaluationCells &cells, EvaluationRow &row)
{
    const bool production = row.split == u"production";
    for (const SourceNode *cell : {&cells.windowStart, &cells.windowEnd}) {
        if (production && cell->isMissing()) {
            cell->fail(tr("missing; production rows need window_start and window_end (ISO "
                          "dates such as 2025-01-31)"));
        }
        if (!production && !cell->isMissing()) {
            cell->fail(
                tr("only production rows have a window; this row's split is %1").arg(row.split));
        }
    }
    if (!production) {
        return;
    }
    row.windowStart = windowBound(cells.windowStart, Bound::Start);
    row.windowEnd = windowBound(cells.windowEnd, Bound::End);
    if (row.windowEnd < row.windowStart) {
        cells.windowEnd.fail(
            tr("the window ends before it starts (%1)").arg(cells.windowStart.text().trimmed()));
    }
}

qint64 countOf(const SourceNode &cell)
{
    const qint64 count = cell.integer();
    if (count < 0) {
        cell.fail(tr("expected a count of 0 or more, found %1").arg(count));
    }
    return count;
}

} // namespace

QString requiredText(const SourceNode &cell)
{
    const QString text = cell.text().trimmed();
    if (text.isEmpty()) {
        cell.fail(tr("missing; expected text"));
    }
    return text;
}

QString splitOf(const SourceNode &cell)
{
    const std::optional<QString> text = cell.optionalText();
    if (!text || text->trimmed().isEmpty()) {
        return QStringLiteral("test");
    }
    const QString split = text->trimmed().toLower();
    for (const char *known : {"train", "validation", "test", "production"}) {
        if (split == QLatin1String(known)) {
            return split;
        }
    }
    cell.fail(
        tr("expected train, validation, test or production, found \"%1\"").arg(text->left(40)));
}

bool flagOf(const SourceNode &cell)
{
    const QString text = requiredText(cell).toLower();
    if (text == u"true" || text == u"1" || text == u"yes") {
        return true;
    }
    if (text == u"false" || text == u"0" || text == u"no") {
        return false;
    }
    cell.fail(tr("expected true or false (or 1/0, yes/no), found \"%1\"").arg(text.left(40)));
}

EvaluationRow evaluationRow(const EvaluationCells &cells, const QString &where)
{
    EvaluationRow row;
    const MetricName name = normalizeMetricName(requiredText(cells.metric));
    if (name.metric.isEmpty()) {
        cells.metric.fail(tr("expected a metric name such as accuracy"));
    }
    row.metric = name.metric;
    row.value = cells.value.number();
    if (isUnitIntervalMetric(row.metric) && (row.value < 0.0 || row.value > 1.0)) {
        cells.value.fail(tr("expected a value from 0 to 1 for %1, found %2 (write a percentage "
                            "as a fraction: 91.2 % as 0.912)")
                             .arg(row.metric)
                             .arg(row.value));
    }
    const std::optional<QString> split = cells.split.optionalText();
    row.split
        = (!split || split->trimmed().isEmpty()) && name.split ? *name.split : splitOf(cells.split);
    if (const std::optional<QString> segment = cells.segment.optionalText();
        segment && !segment->trimmed().isEmpty()) {
        row.segment = segment->trimmed();
    }
    readWindow(cells, row);
    row.where = where;
    return row;
}

FairnessGroupRow groupRow(const GroupCells &cells)
{
    FairnessGroupRow row;
    row.group = requiredText(cells.group);
    row.truePositives = countOf(cells.tp);
    row.falsePositives = countOf(cells.fp);
    row.trueNegatives = countOf(cells.tn);
    row.falseNegatives = countOf(cells.fn);
    row.brier = cells.brier.optionalNumber();
    if (row.brier && (*row.brier < 0.0 || *row.brier > 1.0)) {
        cells.brier.fail(tr("expected a Brier score from 0 to 1, found %1").arg(*row.brier));
    }
    return row;
}

QString groupNames(const FairnessResult &result)
{
    QStringList names;
    for (const FairnessGroupRow &group : result.groups) {
        names.append(group.group);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace Quorum::Internal
