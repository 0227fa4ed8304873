// SPDX-License-Identifier: GPL-3.0-or-later
#include "hfcardmodelcard.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace Quorum {

namespace {

/// Where a section's text goes in the MCT content.
enum class Destination {
    Overview,
    Limitations,
    Ethical,
    Recommendations,
    UseCases,
    Users,
    Tradeoffs,
    Citations,
    Documentation,
};

Destination destinationOf(const QString &heading)
{
    const QString lower = heading.toLower();
    const QStringList words
        = lower.split(QRegularExpression(QStringLiteral("[^a-z]+")), Qt::SkipEmptyParts);
    const auto any = [&](std::initializer_list<const char *> keys) {
        for (const char *key : keys) {
            if (words.contains(QLatin1String(key))) {
                return true;
            }
        }
        return false;
    };
    if (lower.contains(QLatin1String("out-of-scope"))
        || lower.contains(QLatin1String("out of scope")) || any({"misuse"})) {
        return Destination::Limitations;
    }
    if (any({"bias", "biases", "risk", "risks", "ethical", "ethics"})) {
        return Destination::Ethical;
    }
    if (any({"limitation", "limitations"})) {
        return Destination::Limitations;
    }
    if (any({"recommendation", "recommendations"})) {
        return Destination::Recommendations;
    }
    if (any({"users", "audience"})) {
        return Destination::Users;
    }
    if (any({"use", "uses", "intended"}) && !lower.startsWith(QLatin1String("how to"))) {
        return Destination::UseCases;
    }
    if (any({"tradeoff", "tradeoffs", "trade"})) {
        return Destination::Tradeoffs;
    }
    if (any({"description", "summary", "overview"})) {
        return Destination::Overview;
    }
    if (any({"citation", "citations"})) {
        return Destination::Citations;
    }
    return Destination::Documentation;
}

bool isPlaceholder(const QString &text)
{
    return text.isEmpty() || text == QLatin1String("More information needed");
}

QJsonArray described(const QStringList &texts, const char *key = "description")
{
    QJsonArray array;
    for (const QString &text : texts) {
        array.append(QJsonObject{{QLatin1String(key), text}});
    }
    return array;
}

/// The considerations and model-detail texts gathered from the sections.
struct SectionTexts
{
    QStringList overview;
    QStringList limitations, ethical, useCases, users, tradeoffs, citations, documentation;
    QString mitigation;
};

SectionTexts gather(const HfCard &card)
{
    SectionTexts texts;
    if (!isPlaceholder(card.preamble)) {
        texts.overview.append(card.preamble);
    }
    bool titleSeen = false;
    for (const HfSection &section : card.sections) {
        if (isPlaceholder(section.text)) {
            continue;
        }
        if (!titleSeen && section.level == 1 && section.heading == card.title) {
            titleSeen = true;
            texts.overview.append(section.text);
            continue;
        }
        switch (destinationOf(section.heading)) {
        case Destination::Overview:
            texts.overview.append(section.text);
            break;
        case Destination::Limitations:
            texts.limitations.append(section.text);
            break;
        case Destination::Ethical:
            texts.ethical.append(section.text);
            break;
        case Destination::Recommendations:
            texts.mitigation = section.text;
            break;
        case Destination::UseCases:
            texts.useCases.append(section.text);
            break;
        case Destination::Users:
            texts.users.append(section.text);
            break;
        case Destination::Tradeoffs:
            texts.tradeoffs.append(section.text);
            break;
        case Destination::Citations:
            texts.citations.append(section.text);
            break;
        case Destination::Documentation:
            texts.documentation.append(QString(section.level, QLatin1Char('#')) + QLatin1Char(' ')
                                       + section.heading + QLatin1String("\n\n") + section.text);
            break;
        }
    }
    if (!texts.mitigation.isEmpty() && texts.ethical.isEmpty()) {
        texts.documentation.append(QStringLiteral("## Recommendations\n\n") + texts.mitigation);
    }
    return texts;
}

QJsonObject modelDetails(const HfCard &card, const SectionTexts &texts)
{
    QJsonObject details;
    QString name = card.title;
    if (name.isEmpty() && !card.results.empty()) {
        name = card.results.front().modelName;
    }
    if (!name.isEmpty()) {
        details.insert(QLatin1String("name"), name);
    }
    if (!texts.overview.isEmpty()) {
        details.insert(QLatin1String("overview"), texts.overview.join(QLatin1String("\n\n")));
    }
    if (!texts.documentation.isEmpty()) {
        details.insert(QLatin1String("documentation"),
                       texts.documentation.join(QLatin1String("\n\n")));
    }
    if (!card.license.isEmpty()) {
        details.insert(QLatin1String("licenses"),
                       QJsonArray{QJsonObject{{QLatin1String("identifier"), card.license}}});
    }
    QStringList references;
    for (const HfResult &result : card.results) {
        if (!result.sourceUrl.isEmpty() && !references.contains(result.sourceUrl)) {
            references.append(result.sourceUrl);
        }
    }
    for (const QString &base : card.baseModels) {
        references.append(QStringLiteral("https://huggingface.co/") + base);
    }
    if (!references.isEmpty()) {
        details.insert(QLatin1String("references"), described(references, "reference"));
    }
    if (!texts.citations.isEmpty()) {
        details.insert(QLatin1String("citations"), described(texts.citations, "citation"));
    }
    return details;
}

QJsonArray datasets(const HfCard &card)
{
    QStringList ids;
    QJsonArray data;
    const auto add = [&](const QString &id, const QString &prettyName) {
        if (id.isEmpty()) {
            return;
        }
        const qsizetype known = ids.indexOf(id);
        QJsonObject dataset
            = known < 0 ? QJsonObject{{QLatin1String("name"), id}} : data.at(known).toObject();
        if (!prettyName.isEmpty() && prettyName != id
            && !dataset.contains(QLatin1String("description"))) {
            dataset.insert(QLatin1String("description"), prettyName);
        }
        if (!id.contains(QLatin1Char(' '))) {
            dataset.insert(QLatin1String("link"),
                           QString(QStringLiteral("https://huggingface.co/datasets/") + id));
        }
        if (known < 0) {
            ids.append(id);
            data.append(dataset);
        } else {
            data.replace(known, dataset);
        }
    };
    for (const QString &id : card.datasets) {
        add(id, {});
    }
    for (const HfResult &result : card.results) {
        add(result.datasetType, result.datasetName);
    }
    return data;
}

QJsonArray performanceMetrics(const std::vector<HfCardMetric> &metrics)
{
    QJsonArray array;
    for (const HfCardMetric &metric : metrics) {
        array.append(QJsonObject{
            {QLatin1String("type"), metric.metric},
            {QLatin1String("value"),
             QString::number(metric.value, 'g', QLocale::FloatingPointShortest)},
            {QLatin1String("slice"), QStringLiteral("%1 (%2)").arg(metric.dataset, metric.split)},
        });
    }
    return array;
}

QJsonObject considerations(const SectionTexts &texts)
{
    QJsonObject result;
    const auto put = [&](const char *key, const QStringList &list) {
        if (!list.isEmpty()) {
            result.insert(QLatin1String(key), described(list));
        }
    };
    put("users", texts.users);
    put("use_cases", texts.useCases);
    put("limitations", texts.limitations);
    put("tradeoffs", texts.tradeoffs);
    QJsonArray risks;
    for (qsizetype i = 0; i < texts.ethical.size(); ++i) {
        QJsonObject risk{{QLatin1String("name"), texts.ethical.at(i)}};
        if (i == texts.ethical.size() - 1 && !texts.mitigation.isEmpty()) {
            risk.insert(QLatin1String("mitigation_strategy"), texts.mitigation);
        }
        risks.append(risk);
    }
    if (!risks.isEmpty()) {
        result.insert(QLatin1String("ethical_considerations"), risks);
    }
    return result;
}

} // namespace

QJsonObject hfCardModelCard(const HfCard &card, const std::vector<HfCardMetric> &metrics)
{
    const SectionTexts texts = gather(card);
    QJsonObject content{{QLatin1String("schema_version"), QStringLiteral("0.0.2")},
                        {QLatin1String("model_details"), modelDetails(card, texts)}};
    if (const QJsonArray data = datasets(card); !data.isEmpty()) {
        content.insert(QLatin1String("model_parameters"),
                       QJsonObject{{QLatin1String("data"), data}});
    }
    if (!metrics.empty()) {
        content.insert(
            QLatin1String("quantitative_analysis"),
            QJsonObject{{QLatin1String("performance_metrics"), performanceMetrics(metrics)}});
    }
    if (const QJsonObject other = considerations(texts); !other.isEmpty()) {
        content.insert(QLatin1String("considerations"), other);
    }
    return content;
}

} // namespace Quorum
