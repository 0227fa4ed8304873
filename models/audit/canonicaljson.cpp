// SPDX-License-Identifier: GPL-3.0-or-later
#include "canonicaljson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace Quorum {

namespace {

QByteArray escapeFor(char16_t u)
{
    switch (u) {
    case u'"':
        return "\\\"";
    case u'\\':
        return "\\\\";
    case u'\b':
        return "\\b";
    case u'\f':
        return "\\f";
    case u'\n':
        return "\\n";
    case u'\r':
        return "\\r";
    case u'\t':
        return "\\t";
    default:
        return "\\u00" + QByteArray::number(u, 16).rightJustified(2, '0');
    }
}

// Copies runs of ordinary characters as UTF-8 and escapes only ", \ and control characters.
void appendString(QByteArray &out, const QString &text)
{
    out += '"';
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (u < 0x20 || u == u'"' || u == u'\\') {
            out += text.mid(start, i - start).toUtf8();
            out += escapeFor(u);
            start = i + 1;
        }
    }
    out += text.mid(start).toUtf8();
    out += '"';
}

void append(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        out += canonicalNumber(value.toDouble());
        break;
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array: {
        out += '[';
        bool first = true;
        for (const QJsonValue &item : value.toArray()) {
            if (!first) {
                out += ',';
            }
            first = false;
            append(out, item);
        }
        out += ']';
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        std::sort(keys.begin(), keys.end()); // QString compares UTF-16 code units
        out += '{';
        bool first = true;
        for (const QString &key : keys) {
            if (!first) {
                out += ',';
            }
            first = false;
            appendString(out, key);
            out += ':';
            append(out, object.value(key));
        }
        out += '}';
        break;
    }
    }
}

} // namespace

QByteArray canonicalNumber(double number)
{
    if (!std::isfinite(number)) {
        return "null";
    }
    if (number == 0) {
        return "0"; // also for -0
    }
    // Shortest round-trip digits and exponent: d.ddddde±x.
    const QString scientific
        = QString::number(std::abs(number), 'e', QLocale::FloatingPointShortest);
    const qsizetype e = scientific.indexOf(QLatin1Char('e'));
    QString digits = scientific.left(e);
    digits.remove(QLatin1Char('.'));
    const int exponent = scientific.mid(e + 1).toInt(); // value = 0.digits × 10^(exponent+1)
    const int k = static_cast<int>(digits.size());
    const int n = exponent + 1;

    QString text;
    if (k <= n && n <= 21) {
        text = digits + QString(n - k, QLatin1Char('0'));
    } else if (0 < n && n <= 21) {
        text = digits.left(n) + QLatin1Char('.') + digits.mid(n);
    } else if (-6 < n && n <= 0) {
        text = QStringLiteral("0.") + QString(-n, QLatin1Char('0')) + digits;
    } else {
        const int shown = n - 1;
        const QString sign = shown < 0 ? QStringLiteral("-") : QStringLiteral("+");
        text = (k == 1 ? digits : digits.left(1) + QLatin1Char('.') + digits.mid(1))
            + QLatin1Char('e') + sign + QString::number(std::abs(shown));
    }
    if (number < 0) {
        text.prepend(QLatin1Char('-'));
    }
    return text.toLatin1();
}

QByteArray canonicalJson(const QJsonValue &value)
{
    QByteArray out;
    append(out, value);
    return out;
}

} // namespace Quorum
