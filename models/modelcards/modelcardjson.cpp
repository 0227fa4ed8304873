// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelcardjson.h"

#include "mctkeyorder.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Quorum {

namespace {

/// A scalar as compact JSON ("text" quoted and escaped, 0.91, true, null).
QString scalarJson(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

void write(QString &out, const QJsonValue &value, int depth);

void writeObject(QString &out, const QJsonObject &object, int depth)
{
    if (object.isEmpty()) {
        out += QLatin1String("{}");
        return;
    }
    const QString indent(2 * (depth + 1), QLatin1Char(' '));
    out += QLatin1String("{\n");
    const QStringList keys = mctOrderedKeys(object);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        out += indent + scalarJson(keys.at(i)) + QLatin1String(": ");
        write(out, object.value(keys.at(i)), depth + 1);
        out += i + 1 < keys.size() ? QLatin1String(",\n") : QLatin1String("\n");
    }
    out += QString(2 * depth, QLatin1Char(' ')) + QLatin1Char('}');
}

void writeArray(QString &out, const QJsonArray &array, int depth)
{
    if (array.isEmpty()) {
        out += QLatin1String("[]");
        return;
    }
    const QString indent(2 * (depth + 1), QLatin1Char(' '));
    out += QLatin1String("[\n");
    for (qsizetype i = 0; i < array.size(); ++i) {
        out += indent;
        write(out, array.at(i), depth + 1);
        out += i + 1 < array.size() ? QLatin1String(",\n") : QLatin1String("\n");
    }
    out += QString(2 * depth, QLatin1Char(' ')) + QLatin1Char(']');
}

void write(QString &out, const QJsonValue &value, int depth)
{
    if (value.isObject()) {
        writeObject(out, value.toObject(), depth);
    } else if (value.isArray()) {
        writeArray(out, value.toArray(), depth);
    } else {
        out += scalarJson(value);
    }
}

} // namespace

QJsonObject modelCardObject(const QString &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
}

QString prettyModelCardJson(const QJsonObject &card)
{
    QString out;
    writeObject(out, card, 0);
    out += QLatin1Char('\n');
    return out;
}

QString modelCardValueText(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isArray()) {
        return value.toArray().isEmpty() ? QStringLiteral("[]") : QString();
    }
    if (value.isObject()) {
        return value.toObject().isEmpty() ? QStringLiteral("{}") : QString();
    }
    return scalarJson(value);
}

} // namespace Quorum
