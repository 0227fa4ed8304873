// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelcardfields_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Quorum::Reports::Internal {

namespace {

// The @p key member of every object of @p array, skipping empty ones.
QStringList texts(const QJsonValue &array, const QString &key)
{
    QStringList out;
    const QJsonArray items = array.toArray();
    for (const QJsonValue &item : items) {
        const QString text = item.toObject().value(key).toString().trimmed();
        if (!text.isEmpty()) {
            out.append(text);
        }
    }
    return out;
}

} // namespace

ModelCardFields modelCardFields(const ModelCard &card)
{
    const QJsonObject root = QJsonDocument::fromJson(card.contentJson.toUtf8()).object();
    const QJsonObject details = root.value(QStringLiteral("model_details")).toObject();
    const QJsonObject parameters = root.value(QStringLiteral("model_parameters")).toObject();
    const QJsonObject considerations = root.value(QStringLiteral("considerations")).toObject();
    const QString description = QStringLiteral("description");
    ModelCardFields f;
    f.overview = details.value(QStringLiteral("overview")).toString();
    f.documentation = details.value(QStringLiteral("documentation")).toString();
    f.architecture = parameters.value(QStringLiteral("model_architecture")).toString();
    f.inputFormat = parameters.value(QStringLiteral("input_format")).toString();
    f.outputFormat = parameters.value(QStringLiteral("output_format")).toString();
    f.users = texts(considerations.value(QStringLiteral("users")), description);
    f.useCases = texts(considerations.value(QStringLiteral("use_cases")), description);
    f.limitations = texts(considerations.value(QStringLiteral("limitations")), description);
    f.tradeoffs = texts(considerations.value(QStringLiteral("tradeoffs")), description);
    const QJsonArray ethics
        = considerations.value(QStringLiteral("ethical_considerations")).toArray();
    for (const QJsonValue &item : ethics) {
        const QJsonObject o = item.toObject();
        f.ethics.emplace_back(o.value(QStringLiteral("name")).toString(),
                              o.value(QStringLiteral("mitigation_strategy")).toString());
    }
    const QJsonArray data = parameters.value(QStringLiteral("data")).toArray();
    for (const QJsonValue &item : data) {
        const QJsonObject o = item.toObject();
        f.data.append(o.value(QStringLiteral("name")).toString() + QStringLiteral(": ")
                      + o.value(description).toString());
    }
    return f;
}

ModelCardFields modelCardFields(const std::optional<ModelCard> &card)
{
    return card ? modelCardFields(*card) : ModelCardFields{};
}

} // namespace Quorum::Reports::Internal
