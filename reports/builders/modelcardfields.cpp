// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelcardfields.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Quorum::Reports::ModelCardFields {

namespace {

// How the reader treats a known key path ("[]" stands for any list index).
enum class Known {
    Container, ///< read field by field: unknown children are reported
    Whole,     ///< read (or shown) as a whole
};

void addDataset(QHash<QString, Known> &known, const QString &path)
{
    known.insert(path, Known::Container);
    for (const char *key : {"name", "description", "link", "sensitive", "graphics"}) {
        known.insert(path + QLatin1Char('.') + QLatin1String(key), Known::Whole);
    }
}

void addList(QHash<QString, Known> &known, const QString &path, QStringList itemKeys)
{
    known.insert(path, Known::Container);
    known.insert(path + QStringLiteral("[]"), Known::Container);
    for (const QString &key : itemKeys) {
        known.insert(path + QStringLiteral("[].") + key, Known::Whole);
    }
}

QHash<QString, Known> buildKnownPaths()
{
    QHash<QString, Known> known;
    for (const char *path : {"model_details", "model_details.version", "model_parameters",
                             "model_parameters.data", "quantitative_analysis", "considerations"}) {
        known.insert(QLatin1String(path), Known::Container);
    }
    for (const char *path :
         {"schema_version", "model_details.name", "model_details.overview",
          "model_details.documentation", "model_details.path", "model_details.license",
          "model_details.citation", "model_details.version.name", "model_details.version.date",
          "model_details.version.diff", "model_parameters.model_architecture",
          "model_parameters.input_format", "model_parameters.output_format",
          "model_parameters.input_format_map", "model_parameters.output_format_map",
          "quantitative_analysis.graphics"}) {
        known.insert(QLatin1String(path), Known::Whole);
    }
    addList(known, QStringLiteral("model_details.owners"),
            {QStringLiteral("name"), QStringLiteral("contact")});
    addList(known, QStringLiteral("model_details.licenses"),
            {QStringLiteral("identifier"), QStringLiteral("custom_text")});
    addList(known, QStringLiteral("model_details.references"), {QStringLiteral("reference")});
    addList(known, QStringLiteral("model_details.citations"),
            {QStringLiteral("style"), QStringLiteral("citation")});
    addList(known, QStringLiteral("quantitative_analysis.performance_metrics"),
            {QStringLiteral("type"), QStringLiteral("value"), QStringLiteral("slice"),
             QStringLiteral("threshold"), QStringLiteral("confidence_interval")});
    for (const char *list : {"users", "use_cases", "limitations", "tradeoffs"}) {
        addList(known, QStringLiteral("considerations.") + QLatin1String(list),
                {QStringLiteral("description")});
    }
    addList(known, QStringLiteral("considerations.ethical_considerations"),
            {QStringLiteral("name"), QStringLiteral("mitigation_strategy")});
    addDataset(known, QStringLiteral("model_parameters.data[]"));
    addDataset(known, QStringLiteral("model_parameters.data.train"));
    addDataset(known, QStringLiteral("model_parameters.data.eval"));
    return known;
}

const QHash<QString, Known> &knownPaths()
{
    static const QHash<QString, Known> s_known = buildKnownPaths();
    return s_known;
}

QString joined(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

// Every leaf under @p value, with its concrete key path.
void flattenAll(const QJsonValue &value, const QString &path, Pairs &out)
{
    if (value.isObject() && !value.toObject().isEmpty()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            flattenAll(it.value(), joined(path, it.key()), out);
        }
    } else if (value.isArray() && !value.toArray().isEmpty()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            flattenAll(array.at(i), path + QStringLiteral("[%1]").arg(i), out);
        }
    } else if (value.isObject() || value.isArray()) {
        out.emplace_back(path, value.isObject() ? QStringLiteral("{}") : QStringLiteral("[]"));
    } else {
        out.emplace_back(path, value.isNull() ? QStringLiteral("null") : scalarText(value));
    }
}

// Walks @p value at concrete @p path (whose pattern is @p pattern), reporting unknown fields.
void collectUnknown(const QJsonValue &value, const QString &path, const QString &pattern,
                    Pairs &out)
{
    const auto known = knownPaths().constFind(pattern);
    if (!pattern.isEmpty() && known == knownPaths().constEnd()) {
        flattenAll(value, path, out);
        return;
    }
    if (!pattern.isEmpty() && *known == Known::Whole) {
        return;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            collectUnknown(it.value(), joined(path, it.key()), joined(pattern, it.key()), out);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            collectUnknown(array.at(i), path + QStringLiteral("[%1]").arg(i),
                           pattern + QStringLiteral("[]"), out);
        }
    }
}

} // namespace

QJsonObject parseCard(const QString &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return {};
    }
    if (!document.isObject()) {
        *error = QStringLiteral("not a JSON object");
        return {};
    }
    return document.object();
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

QStringList itemTexts(const QJsonValue &list, const QString &key)
{
    QStringList texts;
    const QJsonArray items = list.isArray() ? list.toArray() : QJsonArray{list};
    for (const QJsonValue &item : items) {
        const QString text
            = item.isObject() ? scalarText(item.toObject().value(key)) : scalarText(item);
        if (!text.trimmed().isEmpty()) {
            texts << text;
        }
    }
    return texts;
}

Pairs ethicalConsiderations(const QJsonValue &list)
{
    Pairs out;
    const QJsonArray items = list.isArray() ? list.toArray() : QJsonArray{list};
    for (const QJsonValue &item : items) {
        if (item.isObject()) {
            const QJsonObject object = item.toObject();
            out.emplace_back(scalarText(object.value(QStringLiteral("name"))),
                             scalarText(object.value(QStringLiteral("mitigation_strategy"))));
        } else if (!scalarText(item).isEmpty()) {
            out.emplace_back(scalarText(item), QString());
        }
    }
    return out;
}

Pairs unknownFields(const QJsonObject &card)
{
    Pairs out;
    collectUnknown(card, QString(), QString(), out);
    return out;
}

} // namespace Quorum::Reports::ModelCardFields
