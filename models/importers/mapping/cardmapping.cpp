// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardmapping.h"

#include "hfcardmodelcard.h"
#include "importers/source/importerror.h"
#include "importers/source/metricnames.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

#include <optional>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::CardMapping", text);
}

QString compactJson(const QJsonObject &content)
{
    return QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact));
}

QString shortest(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

VersionItem<ModelCard> cardItem(const VersionKey &key, const QString &schemaVersion,
                                const QJsonObject &content)
{
    ModelCard card;
    card.schemaVersion = schemaVersion;
    card.contentJson = compactJson(content);
    card.createdAt = QDateTime::currentDateTimeUtc();
    return VersionItem<ModelCard>{key, card};
}

/// "macro", "micro" or "weighted" from args.average, else from the pretty name ("F1 Macro").
QString averageOf(const HfMetric &metric)
{
    if (!metric.average.trimmed().isEmpty()) {
        return metric.average.trimmed().toLower();
    }
    const QString name = metric.name.toLower();
    for (const char *average : {"macro", "micro", "weighted"}) {
        if (name.contains(QLatin1String(average))) {
            return QString::fromLatin1(average);
        }
    }
    return {};
}

/// The split dataset.split names (nullopt when it names none); an unknown one is "test", with a
/// warning.
std::optional<QString> splitOf(const HfResult &result, QStringList &warnings)
{
    const QString split = result.datasetSplit.trimmed().toLower();
    if (split.isEmpty()) {
        return std::nullopt;
    }
    if (split == QLatin1String("train") || split == QLatin1String("training")) {
        return QStringLiteral("train");
    }
    for (const char *validation : {"validation", "valid", "val", "dev", "eval"}) {
        if (split == QLatin1String(validation)) {
            return QStringLiteral("validation");
        }
    }
    if (split != QLatin1String("test")) {
        warnings.append(tr("%1.dataset.split: \"%2\" is not train, validation or test; stored as "
                           "test")
                            .arg(result.keyPath, result.datasetSplit));
    }
    return QStringLiteral("test");
}

/// The value as stored: a unit-interval metric written as a percentage is divided by 100
/// (rounded to 15 significant digits, so that 94.13 gives 0.9413 and not 0.9412999999999999).
double scaledValue(const QString &metric, double value, const QString &where, const QString &source,
                   QStringList &warnings)
{
    const QString base = metric.section(QLatin1Char('_'), 0, -2);
    if (!isUnitIntervalMetric(metric) && !isUnitIntervalMetric(base)) {
        return value;
    }
    if (value < 0.0 || value > 100.0) {
        throw ImportError(ImportErrorKind::Invalid, source, where + QStringLiteral(".value"),
                          tr("%1 is %2; expected a fraction in [0, 1] or a percentage in "
                             "(1, 100]")
                              .arg(metric, shortest(value)));
    }
    if (value <= 1.0) {
        return value;
    }
    const double scaled = QString::number(value / 100.0, 'g', 15).toDouble();
    warnings.append(tr("%1: %2 %3 read as a percentage, stored as %4")
                        .arg(where, metric, shortest(value), shortest(scaled)));
    return scaled;
}

} // namespace

ImportBatch mapMctCard(const MctCard &card, const VersionKey &key, const QString &source)
{
    ImportBatch batch;
    batch.kind = QStringLiteral("model-card");
    batch.source = source;
    batch.cards.push_back(cardItem(key, card.schemaVersion, card.content));
    batch.warnings = card.warnings;
    return batch;
}

ImportBatch mapHfCard(const HfCard &card, const VersionKey &key, const QString &source)
{
    ImportBatch batch;
    batch.kind = QStringLiteral("hf-card");
    batch.source = source;
    const QString fileName = QFileInfo(source).fileName();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::vector<HfCardMetric> cardMetrics;
    for (const HfResult &result : card.results) {
        const std::optional<QString> split = splitOf(result, batch.warnings);
        for (std::size_t i = 0; i < result.metrics.size(); ++i) {
            const HfMetric &metric = result.metrics[i];
            const QString where = QStringLiteral("%1.metrics[%2]").arg(result.keyPath).arg(i);
            const MetricName name = normalizeMetricName(metric.type);
            QString metricName = name.metric;
            const QString average = averageOf(metric);
            if (!average.isEmpty() && !metricName.endsWith(QLatin1Char('_') + average)) {
                metricName += QLatin1Char('_') + average;
            }
            Evaluation evaluation;
            evaluation.metric = metricName;
            evaluation.split = split.value_or(name.split.value_or(QStringLiteral("test")));
            evaluation.value = scaledValue(metricName, metric.value, where, source, batch.warnings);
            evaluation.recordedAt = now;
            evaluation.source = QStringLiteral("hf-card:") + fileName + QLatin1Char('#') + where;
            if (metric.verified) {
                evaluation.source += QStringLiteral(" (verified)");
            }
            cardMetrics.push_back(
                HfCardMetric{metricName, evaluation.value, evaluation.split, result.datasetName});
            batch.evaluations.push_back(VersionItem<Evaluation>{key, evaluation});
        }
    }
    batch.cards.push_back(
        cardItem(key, QStringLiteral("0.0.2"), hfCardModelCard(card, cardMetrics)));
    return batch;
}

} // namespace Quorum
