// SPDX-License-Identifier: GPL-3.0-or-later
#include "changedescription.h"

#include <QCoreApplication>
#include <QLocale>

namespace Quorum::Internal {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::ImportPlan", text);
}

const QString kRangeDash = QStringLiteral(" \u2013 ");

QString dateRange(const QDate &start, const QDate &end)
{
    const QString first = start.toString(Qt::ISODate);
    if (!end.isValid() || end == start) {
        return first;
    }
    return first + kRangeDash + end.toString(Qt::ISODate);
}

} // namespace

QString shortestNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString describeModel(const ImportedModel &model)
{
    QStringList details;
    if (model.tier) {
        details << tr("tier %1").arg(tierNumber(*model.tier));
    }
    if (!model.ownerEmail.isEmpty()) {
        details << tr("owner %1").arg(model.ownerEmail);
    }
    if (details.isEmpty()) {
        return model.model.name;
    }
    return QStringLiteral("%1 (%2)").arg(model.model.name, details.join(QStringLiteral(", ")));
}

QString describeVersion(const ImportedVersion &version)
{
    const auto number = SemanticVersion::parse(version.key.version);
    QStringList details{stageKey(version.version.stage)};
    if (!version.version.artifactSha256.isEmpty()) {
        details << tr("sha256 %1\u2026").arg(version.version.artifactSha256.left(8).toLower());
    }
    return tr("version %1 (%2)")
        .arg(number ? number->toString() : version.key.version, details.join(QStringLiteral(", ")));
}

QString describeEvaluation(const Evaluation &evaluation)
{
    QStringList context{evaluation.split,
                        evaluation.segment.isEmpty() ? QStringLiteral("all") : evaluation.segment};
    if (evaluation.windowStart.isValid()) {
        context << dateRange(evaluation.windowStart.toUTC().date(),
                             evaluation.windowEnd.toUTC().date());
    }
    return QStringLiteral("%1 (%2) = %3")
        .arg(evaluation.metric.trimmed(), context.join(QStringLiteral(", ")),
             shortestNumber(evaluation.value));
}

QString describeDrift(const DriftObservation &observation)
{
    // A test shows its p-value (what the threshold applies to), a distance its value.
    const QString measured = observation.pValue
        ? QStringLiteral(" p=%1").arg(shortestNumber(*observation.pValue))
        : QStringLiteral("=%1").arg(shortestNumber(observation.value));
    return tr("%1 %2%3 (threshold %4) %5, %6")
        .arg(observation.feature, observation.statistic, measured,
             shortestNumber(observation.threshold), driftStatusKey(observation.status),
             dateRange(observation.windowStart, observation.windowEnd));
}

QString describeFairness(const FairnessReport &report)
{
    const QString groups
        = report.groups.size() == 1 ? tr("1 group") : tr("%1 groups").arg(report.groups.size());
    return QStringLiteral("%1: %2 (%3)").arg(report.protectedAttribute, groups, report.split);
}

QString describeModelCard(const ModelCard &card)
{
    return tr("model card revision (schema %1)").arg(card.schemaVersion);
}

} // namespace Quorum::Internal
