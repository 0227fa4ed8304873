// SPDX-License-Identifier: GPL-3.0-or-later
// The model card report's first two sections: model details and model parameters.
#include "builderhelpers.h"
#include "document/document.h"
#include "modelcardfields.h"
#include "modelcardsections.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Quorum::Reports::ModelCardSections {

namespace {

using namespace ModelCardFields;
using BuilderHelpers::bulletsOrNote;
using BuilderHelpers::textOrNote;

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Reports::ModelCardReport", text);
}

QString field(const QJsonObject &object, const char *key)
{
    return scalarText(object.value(QLatin1String(key)));
}

QStringList owners(const QJsonValue &list)
{
    QStringList out;
    for (const QJsonValue &item : list.toArray()) {
        const QString name = item.isObject() ? field(item.toObject(), "name") : scalarText(item);
        const QString contact = item.isObject() ? field(item.toObject(), "contact") : QString();
        if (!name.isEmpty() || !contact.isEmpty()) {
            out << (contact.isEmpty()
                        ? name
                        : QString(name + QStringLiteral(" <") + contact + QLatin1Char('>')));
        }
    }
    return out;
}

QStringList citations(const QJsonObject &details)
{
    QStringList out = itemTexts(details.value(QStringLiteral("citation")), QString());
    for (const QJsonValue &item : details.value(QStringLiteral("citations")).toArray()) {
        if (!item.isObject()) {
            out << itemTexts(item, QString());
            continue;
        }
        const QString citation = field(item.toObject(), "citation");
        const QString style = field(item.toObject(), "style");
        if (!citation.isEmpty()) {
            out << (style.isEmpty()
                        ? citation
                        : QString(citation + QStringLiteral(" (") + style + QLatin1Char(')')));
        }
    }
    return out;
}

void addVersion(Document &document, const QJsonObject &details)
{
    const QJsonObject version = details.value(QStringLiteral("version")).toObject();
    KeyValueList rows;
    for (const auto &[key, label] : {std::pair{"name", tr("Name")}, std::pair{"date", tr("Date")},
                                     std::pair{"diff", tr("Changes")}}) {
        if (!field(version, key).isEmpty()) {
            rows.rows.emplace_back(label, field(version, key));
        }
    }
    if (!field(details, "path").isEmpty()) {
        rows.rows.emplace_back(tr("Path"), field(details, "path"));
    }
    if (rows.rows.empty()) {
        textOrNote(document, QString());
    } else {
        document.add(std::move(rows));
    }
}

QString sensitiveText(const QJsonValue &sensitive)
{
    if (sensitive.isObject()) {
        return itemTexts(sensitive.toObject().value(QStringLiteral("sensitive_data")), QString())
            .join(QStringLiteral("; "));
    }
    return itemTexts(sensitive, QString()).join(QStringLiteral("; "));
}

// Name, description, link, sensitive data.
QStringList datasetRow(const QJsonValue &value)
{
    if (!value.isObject()) {
        return {scalarText(value), QString(), QString(), QString()};
    }
    const QJsonObject d = value.toObject();
    QString description = field(d, "description");
    const QString graphics = field(d.value(QStringLiteral("graphics")).toObject(), "description");
    if (!graphics.isEmpty()) {
        description += (description.isEmpty() ? QString() : QStringLiteral(" ")) + graphics;
    }
    return {field(d, "name"), description, field(d, "link"),
            sensitiveText(d.value(QStringLiteral("sensitive")))};
}

void addData(Document &document, const QJsonValue &data)
{
    Table table;
    table.caption = tr("Datasets named by the card");
    table.header = {tr("Dataset"), tr("Description"), tr("Link"), tr("Sensitive data")};
    if (data.isObject()) { // schema 0.0.1: {"train": …, "eval": …}
        table.header.insert(1, tr("Use"));
        const QJsonObject object = data.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString use = it.key() == QStringLiteral("train") ? tr("Training")
                : it.key() == QStringLiteral("eval")                ? tr("Evaluation")
                                                                    : it.key();
            QStringList row = datasetRow(it.value());
            row.insert(1, use);
            table.rows.push_back(row);
        }
    } else {
        for (const QJsonValue &item : data.toArray()) {
            table.rows.push_back(datasetRow(item));
        }
    }
    for (QStringList &row : table.rows) {
        for (QString &cell : row) {
            cell = cell.isEmpty() ? QStringLiteral("—") : cell;
        }
    }
    if (table.rows.empty()) {
        textOrNote(document, QString());
    } else {
        document.add(std::move(table));
    }
}

// input_format_map / output_format_map: [{"key":…, "value":…}] (or an object).
void addFormat(Document &document, const QJsonObject &parameters, const char *text, const char *map)
{
    textOrNote(document, field(parameters, text));
    const QJsonValue formatMap = parameters.value(QLatin1String(map));
    KeyValueList rows;
    if (formatMap.isObject()) {
        const QJsonObject object = formatMap.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            rows.rows.emplace_back(it.key(), scalarText(it.value()));
        }
    }
    for (const QJsonValue &item : formatMap.toArray()) {
        rows.rows.emplace_back(field(item.toObject(), "key"), field(item.toObject(), "value"));
    }
    if (!rows.rows.empty()) {
        document.add(std::move(rows));
    }
}

} // namespace

void addModelDetails(Document &document, const QJsonObject &details)
{
    document.heading(1, tr("1 Model details"), QStringLiteral("model-details"));
    document.heading(2, tr("1.1 Overview"), QStringLiteral("overview"));
    textOrNote(document, field(details, "overview"));
    document.heading(2, tr("1.2 Documentation"), QStringLiteral("documentation"));
    textOrNote(document, field(details, "documentation"));
    document.heading(2, tr("1.3 Owners"), QStringLiteral("owners"));
    bulletsOrNote(document, owners(details.value(QStringLiteral("owners"))));
    document.heading(2, tr("1.4 Version"), QStringLiteral("version"));
    addVersion(document, details);
    document.heading(2, tr("1.5 Licences"), QStringLiteral("licenses"));
    QStringList licences = itemTexts(details.value(QStringLiteral("license")), QString());
    for (const QJsonValue &item : details.value(QStringLiteral("licenses")).toArray()) {
        const QString identifier
            = item.isObject() ? field(item.toObject(), "identifier") : QString();
        licences << (identifier.isEmpty() ? itemTexts(item, QStringLiteral("custom_text"))
                                          : QStringList{identifier});
    }
    bulletsOrNote(document, licences);
    document.heading(2, tr("1.6 References"), QStringLiteral("references"));
    bulletsOrNote(
        document,
        itemTexts(details.value(QStringLiteral("references")), QStringLiteral("reference")));
    document.heading(2, tr("1.7 Citations"), QStringLiteral("citations"));
    bulletsOrNote(document, citations(details));
}

void addModelParameters(Document &document, const QJsonObject &parameters)
{
    document.heading(1, tr("2 Model parameters"), QStringLiteral("model-parameters"));
    document.heading(2, tr("2.1 Model architecture"), QStringLiteral("model-architecture"));
    textOrNote(document, field(parameters, "model_architecture"));
    document.heading(2, tr("2.2 Data"), QStringLiteral("data"));
    addData(document, parameters.value(QStringLiteral("data")));
    document.heading(2, tr("2.3 Input format"), QStringLiteral("input-format"));
    addFormat(document, parameters, "input_format", "input_format_map");
    document.heading(2, tr("2.4 Output format"), QStringLiteral("output-format"));
    addFormat(document, parameters, "output_format", "output_format_map");
}

} // namespace Quorum::Reports::ModelCardSections
