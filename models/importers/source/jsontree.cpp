// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontree.h"

#include "importerror.h"
#include "sourcetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::JsonTree", text);
}

/// The text with Python's NaN/Infinity tokens quoted, and where quotes were inserted (so
/// that parse-error offsets map back to the original bytes).
struct Prepared
{
    QByteArray text;
    std::vector<qsizetype> insertions; ///< offsets in the original text
};

bool startsWithToken(const QByteArray &bytes, qsizetype i, const char *token)
{
    const auto length = static_cast<qsizetype>(qstrlen(token));
    if (bytes.size() - i < length || bytes.mid(i, length) != token) {
        return false;
    }
    // A token ends where a name could not go on.
    if (i + length < bytes.size()) {
        const char next = bytes.at(i + length);
        if (std::isalnum(static_cast<unsigned char>(next)) || next == '_') {
            return false;
        }
    }
    return true;
}

/// A token outside strings that the pass steps over as a whole.
struct Token
{
    qsizetype length = 0; ///< 0: not a token of interest (advance one byte)
    bool quote = false;   ///< QJsonDocument would refuse it; SourceNode::number() names it
};

/// Python's NaN, Infinity and -Infinity, and numbers beyond a double's range (1e400), are
/// quoted so that SourceNode::number() refuses them by key path; every other number is
/// stepped over whole, so that a long run of digits is scanned once.
Token tokenAt(const QByteArray &bytes, qsizetype i)
{
    for (const char *name : {"-Infinity", "Infinity", "NaN"}) {
        if (startsWithToken(bytes, i, name)) {
            return {static_cast<qsizetype>(qstrlen(name)), true};
        }
    }
    const char c = bytes.at(i);
    const bool starts = std::isdigit(static_cast<unsigned char>(c))
        || (c == '-' && i + 1 < bytes.size()
            && std::isdigit(static_cast<unsigned char>(bytes.at(i + 1))));
    if (!starts) {
        return {};
    }
    qsizetype end = i + 1;
    bool exponent = false;
    while (end < bytes.size()) {
        const char d = bytes.at(end);
        if (d == 'e' || d == 'E') {
            exponent = true;
        } else if (!std::isdigit(static_cast<unsigned char>(d)) && d != '.' && d != '+'
                   && d != '-') {
            break;
        }
        ++end;
    }
    const qsizetype length = end - i;
    if (!exponent && length < 300) {
        return {length, false}; // cannot overflow a double
    }
    const std::string text(bytes.constData() + i, static_cast<std::size_t>(length));
    return {length, std::isinf(std::strtod(text.c_str(), nullptr))};
}

/// One pass over the bytes outside strings: checks the nesting depth and the number of
/// values before QJsonDocument allocates anything, and quotes NaN, Infinity and -Infinity.
Prepared prepare(const QByteArray &bytes, const QString &file, const ImportLimits &limits)
{
    Prepared prepared;
    int depth = 0;
    qint64 nodes = 1;
    bool inString = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth > limits.maxDepth) {
                throw ImportError(ImportErrorKind::Malformed, file, lineColumnAt(bytes, i),
                                  tr("nested deeper than %1 levels; expected a flatter document")
                                      .arg(limits.maxDepth));
            }
            ++nodes;
            break;
        case ']':
        case '}':
            --depth;
            break;
        case ',':
            ++nodes;
            break;
        default:
            if (const Token token = tokenAt(bytes, i); token.length > 0) {
                if (token.quote) {
                    prepared.insertions.push_back(i);
                    prepared.insertions.push_back(i + token.length);
                }
                i += token.length - 1;
            }
        }
        if (nodes > limits.maxNodes) {
            throw ImportError(ImportErrorKind::TooLarge, file, lineColumnAt(bytes, i),
                              tr("more than %1 values in one document").arg(limits.maxNodes));
        }
    }
    if (prepared.insertions.empty()) {
        prepared.text = bytes;
        return prepared;
    }
    prepared.text.reserve(bytes.size() + static_cast<qsizetype>(prepared.insertions.size()));
    qsizetype from = 0;
    for (const qsizetype at : prepared.insertions) {
        prepared.text.append(bytes.constData() + from, at - from);
        prepared.text.append('"');
        from = at;
    }
    prepared.text.append(bytes.constData() + from, bytes.size() - from);
    return prepared;
}

qsizetype originalOffset(const Prepared &prepared, qsizetype offset)
{
    qsizetype shift = 0;
    for (const qsizetype at : prepared.insertions) {
        if (at + shift >= offset) {
            break;
        }
        ++shift;
    }
    return offset - shift;
}

} // namespace

QJsonValue parseJsonDocument(const QByteArray &bytes, const QString &file,
                             const ImportLimits &limits)
{
    requireUtf8Text(bytes, file);
    const qsizetype bom = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const QByteArray body = bytes.mid(bom);
    if (body.trimmed().isEmpty()) {
        throw ImportError(ImportErrorKind::Malformed, file, {},
                          tr("the file is empty; expected a JSON document"));
    }
    const Prepared prepared = prepare(body, file, limits);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(prepared.text, &error);
    if (error.error != QJsonParseError::NoError) {
        const qsizetype at = originalOffset(prepared, error.offset);
        throw ImportError(ImportErrorKind::Malformed, file, lineColumnAt(body, at),
                          tr("%1; expected valid JSON").arg(error.errorString()));
    }
    if (document.isArray()) {
        return document.array();
    }
    return document.object();
}

} // namespace Quorum
