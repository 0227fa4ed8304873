// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcenode.h"

#include "importerror.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::SourceNode", text);
}

constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53

/// A number written as text ("0.978", " 94.1 ", "1e-05"); nullopt when it is not one.
/// NaN and infinities are returned as such so that the caller can name them.
std::optional<double> numberFromText(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        return std::nullopt;
    }
    const QString lower = t.toLower();
    if (lower == u"nan" || lower == u"+nan" || lower == u"-nan" || lower == u".nan") {
        return std::nan("");
    }
    if (lower == u"infinity" || lower == u"inf" || lower == u"+inf" || lower == u".inf"
        || lower == u"+infinity") {
        return HUGE_VAL;
    }
    if (lower == u"-infinity" || lower == u"-inf" || lower == u"-.inf") {
        return -HUGE_VAL;
    }
    bool ok = false;
    const double value = t.toDouble(&ok);
    if (!ok) {
        // QString::toDouble refuses an overflow; tell it apart from text that is no number.
        static const QRegularExpression kNumber(
            QStringLiteral("^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$"));
        if (kNumber.match(t).hasMatch()) {
            return t.startsWith(QLatin1Char('-')) ? -HUGE_VAL : HUGE_VAL;
        }
        return std::nullopt;
    }
    return value;
}

} // namespace

SourceNode::SourceNode(QJsonValue value, QString file, QString path)
    : m_value(std::move(value))
    , m_file(std::move(file))
    , m_path(std::move(path))
{}

bool SourceNode::isMissing() const
{
    return m_value.isUndefined() || m_value.isNull();
}

QString SourceNode::childPath(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

SourceNode SourceNode::operator[](const QString &key) const
{
    if (!m_value.isObject()) {
        if (isMissing()) {
            return SourceNode(QJsonValue(QJsonValue::Undefined), m_file, childPath(key));
        }
        fail(tr("expected an object with \"%1\", found %2").arg(key, describe(m_value)));
    }
    return SourceNode(m_value.toObject().value(key), m_file, childPath(key));
}

SourceNode SourceNode::at(qsizetype index) const
{
    requireArray();
    return SourceNode(m_value.toArray().at(index), m_file,
                      m_path + QStringLiteral("[%1]").arg(index));
}

QStringList SourceNode::keys() const
{
    return m_value.isObject() ? m_value.toObject().keys() : QStringList();
}

std::vector<SourceNode> SourceNode::elements() const
{
    std::vector<SourceNode> result;
    if (isMissing()) {
        return result;
    }
    requireArray();
    const QJsonArray array = m_value.toArray();
    result.reserve(static_cast<std::size_t>(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        result.emplace_back(array.at(i), m_file, m_path + QStringLiteral("[%1]").arg(i));
    }
    return result;
}

const SourceNode &SourceNode::requireObject() const
{
    if (!m_value.isObject()) {
        fail(isMissing() ? tr("missing; expected an object")
                         : tr("expected an object, found %1").arg(describe(m_value)));
    }
    return *this;
}

const SourceNode &SourceNode::requireArray() const
{
    if (!m_value.isArray()) {
        fail(isMissing() ? tr("missing; expected a list")
                         : tr("expected a list, found %1").arg(describe(m_value)));
    }
    return *this;
}

QString SourceNode::text() const
{
    if (std::optional<QString> t = optionalText()) {
        return *t;
    }
    fail(tr("missing; expected text"));
}

std::optional<QString> SourceNode::optionalText() const
{
    if (isMissing()) {
        return std::nullopt;
    }
    if (m_value.isString()) {
        return m_value.toString();
    }
    if (m_value.isDouble()) {
        return QString::number(m_value.toDouble(), 'g', 17);
    }
    if (m_value.isBool()) {
        return m_value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    fail(tr("expected text, found %1").arg(describe(m_value)));
}

double SourceNode::number() const
{
    if (std::optional<double> n = optionalNumber()) {
        return *n;
    }
    fail(tr("missing; expected a number"));
}

std::optional<double> SourceNode::optionalNumber() const
{
    if (isMissing()) {
        return std::nullopt;
    }
    std::optional<double> value;
    if (m_value.isDouble()) {
        value = m_value.toDouble();
    } else if (m_value.isString()) {
        value = numberFromText(m_value.toString());
        if (!value) {
            fail(tr("expected a number, found the text \"%1\"").arg(m_value.toString().left(40)));
        }
    } else {
        fail(tr("expected a number, found %1").arg(describe(m_value)));
    }
    if (std::isnan(*value)) {
        fail(tr("expected a finite number, found NaN"));
    }
    if (std::isinf(*value)) {
        fail(tr("expected a finite number, found %1 (infinite or too large for a double)")
                 .arg(m_value.isString() ? m_value.toString().left(40)
                                         : (*value > 0 ? QStringLiteral("Infinity")
                                                       : QStringLiteral("-Infinity"))));
    }
    return value;
}

qint64 SourceNode::integer() const
{
    if (std::optional<qint64> n = optionalInteger()) {
        return *n;
    }
    fail(tr("missing; expected a whole number"));
}

std::optional<qint64> SourceNode::optionalInteger() const
{
    if (isMissing()) {
        return std::nullopt;
    }
    if (m_value.isString()) {
        bool ok = false;
        const qlonglong value = m_value.toString().trimmed().toLongLong(&ok);
        if (ok && std::abs(static_cast<double>(value)) <= kMaxExactInteger) {
            return value;
        }
    }
    const std::optional<double> value = optionalNumber();
    if (std::floor(*value) != *value) {
        fail(tr("expected a whole number, found %1").arg(*value, 0, 'g', 17));
    }
    if (std::abs(*value) > kMaxExactInteger) {
        fail(tr("expected a whole number of at most 2^53, found %1").arg(*value, 0, 'g', 17));
    }
    return static_cast<qint64>(*value);
}

bool SourceNode::boolean() const
{
    if (std::optional<bool> b = optionalBoolean()) {
        return *b;
    }
    fail(tr("missing; expected true or false"));
}

std::optional<bool> SourceNode::optionalBoolean() const
{
    if (isMissing()) {
        return std::nullopt;
    }
    if (m_value.isBool()) {
        return m_value.toBool();
    }
    if (m_value.isString()) {
        const QString t = m_value.toString().trimmed().toLower();
        if (t == u"true") {
            return true;
        }
        if (t == u"false") {
            return false;
        }
    }
    fail(tr("expected true or false, found %1").arg(describe(m_value)));
}

void SourceNode::fail(const QString &problem) const
{
    throw ImportError(ImportErrorKind::Invalid, m_file, m_path, problem);
}

QString SourceNode::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("the text \"%1\"").arg(value.toString().left(40));
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

} // namespace Quorum
