// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelcarddiff.h"

#include "mctkeyorder.h"
#include "modelcardjson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <utility>

namespace Quorum {

namespace {

using Field = std::pair<QString, QString>; // path, value as text

void flatten(const QJsonValue &value, const QString &path, std::vector<Field> &out)
{
    if (value.isObject() && !value.toObject().isEmpty()) {
        const QJsonObject object = value.toObject();
        for (const QString &key : mctOrderedKeys(object)) {
            flatten(object.value(key), path.isEmpty() ? key : path + QLatin1Char('.') + key, out);
        }
    } else if (value.isArray() && !value.toArray().isEmpty()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            flatten(array.at(i), path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                    out);
        }
    } else if (!path.isEmpty()) {
        out.emplace_back(path, modelCardValueText(value));
    }
}

std::vector<Field> fieldsOf(const QString &json)
{
    std::vector<Field> fields;
    flatten(modelCardObject(json), QString(), fields);
    return fields;
}

QHash<QString, qsizetype> indexOf(const std::vector<Field> &fields)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < qsizetype(fields.size()); ++i) {
        index.insert(fields[size_t(i)].first, i);
    }
    return index;
}

} // namespace

std::vector<ModelCardFieldChange> diffModelCards(const QString &beforeJson,
                                                 const QString &afterJson)
{
    const std::vector<Field> before = fieldsOf(beforeJson);
    const std::vector<Field> after = fieldsOf(afterJson);
    const QHash<QString, qsizetype> beforeIndex = indexOf(before);
    const QHash<QString, qsizetype> afterIndex = indexOf(after);

    // A removed field goes right after the nearest field before it that is still there
    // (anchor -1: at the very start).
    QHash<qsizetype, std::vector<ModelCardFieldChange>> removedAfter;
    qsizetype anchor = -1;
    for (const auto &[path, value] : before) {
        if (const auto it = afterIndex.constFind(path); it != afterIndex.cend()) {
            anchor = it.value();
        } else {
            removedAfter[anchor].push_back(
                {ModelCardFieldChange::Kind::Removed, path, value, QString()});
        }
    }

    std::vector<ModelCardFieldChange> changes = removedAfter.take(-1);
    for (qsizetype i = 0; i < qsizetype(after.size()); ++i) {
        const auto &[path, value] = after[size_t(i)];
        if (const auto it = beforeIndex.constFind(path); it == beforeIndex.cend()) {
            changes.push_back({ModelCardFieldChange::Kind::Added, path, QString(), value});
        } else if (before[size_t(it.value())].second != value) {
            changes.push_back({ModelCardFieldChange::Kind::Changed, path,
                               before[size_t(it.value())].second, value});
        }
        for (auto &removed : removedAfter.take(i)) {
            changes.push_back(std::move(removed));
        }
    }
    return changes;
}

} // namespace Quorum
