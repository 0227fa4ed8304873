// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelcardformfields.h"

#include <QJsonArray>

namespace Quorum {

namespace {

const QString kDetails = QStringLiteral("model_details");
const QString kConsiderations = QStringLiteral("considerations");
const QString kDescription = QStringLiteral("description");
const QString kName = QStringLiteral("name");
const QString kMitigation = QStringLiteral("mitigation_strategy");
const QString kLicenses = QStringLiteral("licenses");
const QString kIdentifier = QStringLiteral("identifier");
const QString kCustomText = QStringLiteral("custom_text");

QJsonObject objectAt(const QJsonObject &parent, const QString &key)
{
    return parent.value(key).toObject();
}

/// Sets @p key to @p text unless the text is empty and the key absent.
void setText(QJsonObject &object, const QString &key, const QString &text)
{
    if (!text.isEmpty() || object.contains(key)) {
        object.insert(key, text);
    }
}

/// Writes @p child as @p key of @p parent unless it is empty and was absent.
void setObject(QJsonObject &parent, const QString &key, const QJsonObject &child)
{
    if (!child.isEmpty() || parent.contains(key)) {
        parent.insert(key, child);
    }
}

QStringList describedList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray()) {
        out << (item.isString() ? item.toString() : item.toObject().value(kDescription).toString());
    }
    return out;
}

void setDescribedList(QJsonObject &parent, const QString &key, const QStringList &items)
{
    const QJsonArray old = parent.value(key).toArray();
    if (items.isEmpty() && !parent.contains(key)) {
        return;
    }
    const bool asText = !old.isEmpty() && old.first().isString(); // schema 0.0.1
    QJsonArray out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue before = i < old.size() ? old.at(i) : QJsonValue();
        if (asText || before.isString()) {
            out.append(items.at(i));
        } else {
            QJsonObject item = before.toObject();
            setText(item, kDescription, items.at(i));
            out.append(item);
        }
    }
    parent.insert(key, out);
}

QString licenceOf(const QJsonObject &details)
{
    if (!details.contains(kLicenses) && details.contains(QLatin1String("license"))) {
        return details.value(QLatin1String("license")).toString();
    }
    const QJsonObject first = details.value(kLicenses).toArray().at(0).toObject();
    return first.contains(kIdentifier) || !first.contains(kCustomText)
        ? first.value(kIdentifier).toString()
        : first.value(kCustomText).toString();
}

void setLicence(QJsonObject &details, const QString &licence)
{
    if (!details.contains(kLicenses) && details.contains(QLatin1String("license"))) {
        details.insert(QStringLiteral("license"), licence);
        return;
    }
    QJsonArray licences = details.value(kLicenses).toArray();
    if (licences.isEmpty()) {
        if (!licence.isEmpty()) {
            details.insert(kLicenses, QJsonArray{QJsonObject{{kIdentifier, licence}}});
        }
        return;
    }
    QJsonObject first = licences.first().toObject();
    setText(first,
            first.contains(kIdentifier) || !first.contains(kCustomText) ? kIdentifier : kCustomText,
            licence);
    licences.replace(0, first);
    details.insert(kLicenses, licences);
}

void setEthics(QJsonObject &considerations, const std::vector<EthicalConsideration> &ethics)
{
    const QString key = QStringLiteral("ethical_considerations");
    if (ethics.empty() && !considerations.contains(key)) {
        return;
    }
    const QJsonArray old = considerations.value(key).toArray();
    QJsonArray out;
    for (size_t i = 0; i < ethics.size(); ++i) {
        QJsonObject item
            = qsizetype(i) < old.size() ? old.at(qsizetype(i)).toObject() : QJsonObject();
        setText(item, kName, ethics[i].name);
        setText(item, kMitigation, ethics[i].mitigation);
        out.append(item);
    }
    considerations.insert(key, out);
}

} // namespace

ModelCardFormFields modelCardFormFields(const QJsonObject &card)
{
    const QJsonObject details = objectAt(card, kDetails);
    const QJsonObject considerations = objectAt(card, kConsiderations);
    ModelCardFormFields fields;
    fields.versionName = objectAt(details, QStringLiteral("version")).value(kName).toString();
    fields.overview = details.value(QLatin1String("overview")).toString();
    fields.licence = licenceOf(details);
    fields.users = describedList(considerations.value(QLatin1String("users")));
    fields.useCases = describedList(considerations.value(QLatin1String("use_cases")));
    fields.limitations = describedList(considerations.value(QLatin1String("limitations")));
    fields.tradeoffs = describedList(considerations.value(QLatin1String("tradeoffs")));
    for (const QJsonValue &item :
         considerations.value(QLatin1String("ethical_considerations")).toArray()) {
        const QJsonObject object = item.toObject();
        fields.ethicalConsiderations.push_back(
            {object.value(kName).toString(), object.value(kMitigation).toString()});
    }
    return fields;
}

QJsonObject withModelCardFormFields(QJsonObject card, const ModelCardFormFields &fields)
{
    QJsonObject details = objectAt(card, kDetails);
    QJsonObject version = objectAt(details, QStringLiteral("version"));
    setText(version, kName, fields.versionName);
    setObject(details, QStringLiteral("version"), version);
    setText(details, QStringLiteral("overview"), fields.overview);
    setLicence(details, fields.licence);
    setObject(card, kDetails, details);

    QJsonObject considerations = objectAt(card, kConsiderations);
    setDescribedList(considerations, QStringLiteral("users"), fields.users);
    setDescribedList(considerations, QStringLiteral("use_cases"), fields.useCases);
    setDescribedList(considerations, QStringLiteral("limitations"), fields.limitations);
    setDescribedList(considerations, QStringLiteral("tradeoffs"), fields.tradeoffs);
    setEthics(considerations, fields.ethicalConsiderations);
    setObject(card, kConsiderations, considerations);
    return card;
}

} // namespace Quorum
