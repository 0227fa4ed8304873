// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Quorum {

/// A value of a parsed JSON or YAML document together with its file and key path, so that
/// every content error names both: "card.json: model_details.owners[2].name: expected text,
/// found a number". Getters throw ImportError(Invalid); optional getters return nullopt for a
/// missing key or null but still throw for a present value of the wrong type.
class SourceNode
{
public:
    SourceNode(QJsonValue value, QString file, QString path = {});

    const QJsonValue &value() const { return m_value; }
    const QString &file() const { return m_file; }
    /// The key path, e.g. "metrics[1].result"; empty at the root.
    const QString &path() const { return m_path; }

    bool isMissing() const; ///< undefined (an absent key) or null
    bool isObject() const { return m_value.isObject(); }
    bool isArray() const { return m_value.isArray(); }
    bool isString() const { return m_value.isString(); }

    /// The member @p key (a missing one is a node for which isMissing() is true).
    SourceNode operator[](const QString &key) const;
    /// Element @p index of an array.
    SourceNode at(qsizetype index) const;
    /// The members of an object in document order is not kept by QJsonObject; these are sorted.
    QStringList keys() const;
    /// The elements of an array (throws unless an array; missing gives an empty list).
    std::vector<SourceNode> elements() const;

    /// Throws unless this is an object (missing → "missing; expected an object").
    const SourceNode &requireObject() const;
    const SourceNode &requireArray() const;

    /// Text: a string, or a number or bool written as text ("1", "true").
    QString text() const;
    std::optional<QString> optionalText() const;
    /// A finite number: a JSON number, or a string holding one ("0.978", " 94.1 "). Refuses
    /// NaN, Infinity and numbers too large for a double, naming them.
    double number() const;
    std::optional<double> optionalNumber() const;
    /// A whole number within ±2^53: a JSON number without fraction, or such text.
    qint64 integer() const;
    std::optional<qint64> optionalInteger() const;
    bool boolean() const;
    std::optional<bool> optionalBoolean() const;

    /// Throws ImportError(Invalid) at this node: "FILE: PATH: PROBLEM".
    [[noreturn]] void fail(const QString &problem) const;

    /// "a string", "a number", "an object"… for messages.
    static QString describe(const QJsonValue &value);

private:
    QString childPath(const QString &key) const;

    QJsonValue m_value;
    QString m_file;
    QString m_path;
};

} // namespace Quorum
