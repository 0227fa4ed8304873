// SPDX-License-Identifier: GPL-3.0-or-later
#include "der_p.h"

#include <QStringDecoder>

namespace Quorum::Crypto::Internal {

namespace {

constexpr quint8 kTagInteger = 0x02;
constexpr quint8 kTagBitString = 0x03;
constexpr quint8 kTagOid = 0x06;
constexpr quint8 kTagSequence = 0x30;
constexpr quint8 kTagUtf8String = 0x0C;
constexpr quint8 kTagPrintableString = 0x13;
constexpr quint8 kTagTeletexString = 0x14;
constexpr quint8 kTagIa5String = 0x16;
constexpr quint8 kTagUniversalString = 0x1C;
constexpr quint8 kTagBmpString = 0x1E;
constexpr quint8 kTagUtcTime = 0x17;
constexpr quint8 kTagGeneralizedTime = 0x18;
constexpr quint8 kConstructed = 0x20;
constexpr int kMaxIndefiniteDepth = 32;

quint8 byteAt(QByteArrayView data, qsizetype offset)
{
    return static_cast<quint8>(data[offset]);
}

/// The outermost element when it is a SEQUENCE that fills @p data (or has indefinite length).
std::optional<DerElement> outerSequence(QByteArrayView data, bool allowIndefinite)
{
    const auto outer = readElement(data, 0);
    if (!outer || outer->tag != kTagSequence) {
        return std::nullopt;
    }
    if (outer->isDefinite() ? outer->end() != data.size() : !allowIndefinite) {
        return std::nullopt;
    }
    return outer;
}

std::optional<DerNode> readNodeAt(QByteArrayView data, qsizetype offset, int depth)
{
    const auto header = readElement(data, offset);
    if (!header) {
        return std::nullopt;
    }
    if (header->isDefinite()) {
        return DerNode{*header, header->end()};
    }
    if ((header->tag & kConstructed) == 0 || depth >= kMaxIndefiniteDepth) {
        return std::nullopt;
    }
    qsizetype position = header->valueOffset;
    for (;;) {
        if (position + 2 <= data.size() && byteAt(data, position) == 0
            && byteAt(data, position + 1) == 0) {
            return DerNode{*header, position + 2};
        }
        const auto child = readNodeAt(data, position, depth + 1);
        if (!child) {
            return std::nullopt;
        }
        position = child->end; // always past position: a header takes at least two bytes
    }
}

/// The decimal number in @p digits, or -1 when one of them is not a digit.
int decimal(QByteArrayView digits)
{
    int number = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9') {
            return -1;
        }
        number = number * 10 + (c - '0');
    }
    return number;
}

} // namespace

std::optional<DerNode> readNode(QByteArrayView data, qsizetype offset)
{
    return readNodeAt(data, offset, 0);
}

std::optional<QList<DerNode>> readChildren(QByteArrayView data, const DerNode &parent)
{
    if ((parent.tag() & kConstructed) == 0) {
        return std::nullopt;
    }
    const qsizetype stop = parent.header.isDefinite() ? parent.end : parent.end - 2;
    const QByteArrayView inside = data.first(stop); // children may not run past their parent
    QList<DerNode> children;
    qsizetype position = parent.header.valueOffset;
    while (position < stop) {
        const auto child = readNode(inside, position);
        if (!child) {
            return std::nullopt;
        }
        children.append(*child);
        position = child->end;
    }
    return children;
}

QDateTime readTime(QByteArrayView data, const DerNode &node)
{
    const bool utc = node.tag() == kTagUtcTime && node.header.valueLength == 13;
    const bool generalized = node.tag() == kTagGeneralizedTime && node.header.valueLength == 15;
    if (!utc && !generalized) {
        return {};
    }
    const QByteArrayView text = node.value(data);
    if (text.back() != 'Z') {
        return {};
    }
    const qsizetype yearDigits = utc ? 2 : 4;
    int year = decimal(text.first(yearDigits));
    if (utc && year >= 0) {
        year += year < 50 ? 2000 : 1900; // RFC 5280 §4.1.2.5.1
    }
    const QByteArrayView rest = text.sliced(yearDigits, 10);
    const QDate date(year, decimal(rest.sliced(0, 2)), decimal(rest.sliced(2, 2)));
    const QTime time(decimal(rest.sliced(4, 2)), decimal(rest.sliced(6, 2)),
                     decimal(rest.sliced(8, 2)));
    if (year < 0 || !date.isValid() || !time.isValid()) {
        return {};
    }
    return QDateTime(date, time, Qt::UTC);
}

QString readText(QByteArrayView data, const DerNode &node)
{
    const QByteArrayView bytes = node.value(data);
    std::optional<QStringDecoder::Encoding> encoding;
    switch (node.tag()) {
    case kTagUtf8String:
        encoding = QStringDecoder::Utf8;
        break;
    case kTagPrintableString:
    case kTagTeletexString:
    case kTagIa5String:
        encoding = QStringDecoder::Latin1;
        break;
    case kTagUniversalString:
        encoding = QStringDecoder::Utf32BE;
        break;
    case kTagBmpString:
        encoding = QStringDecoder::Utf16BE;
        break;
    default:
        return {};
    }
    QStringDecoder decoder(*encoding, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return decoder.hasError() ? QString() : text;
}

std::optional<DerElement> readElement(QByteArrayView data, qsizetype offset)
{
    if (offset < 0 || offset + 2 > data.size()) {
        return std::nullopt;
    }
    DerElement element;
    element.start = offset;
    element.tag = byteAt(data, offset);
    if ((element.tag & 0x1F) == 0x1F) {
        return std::nullopt; // high tag numbers never occur in the structures we look at
    }
    const quint8 first = byteAt(data, offset + 1);
    qsizetype position = offset + 2;
    if (first < 0x80) {
        element.valueLength = first;
    } else if (first == 0x80) {
        element.valueLength = -1;
    } else {
        const int count = first & 0x7F;
        if (count > 4 || position + count > data.size()) {
            return std::nullopt;
        }
        qsizetype length = 0;
        for (int i = 0; i < count; ++i) {
            length = (length << 8) | byteAt(data, position + i);
        }
        position += count;
        element.valueLength = length;
    }
    element.valueOffset = position;
    if (element.isDefinite() && element.end() > data.size()) {
        return std::nullopt;
    }
    return element;
}

bool looksLikePkcs12(QByteArrayView data)
{
    const auto outer = outerSequence(data, true);
    if (!outer) {
        return false;
    }
    const auto version = readElement(data, outer->valueOffset);
    return version && version->tag == kTagInteger && version->valueLength == 1
        && byteAt(data, version->valueOffset) == 3;
}

bool mayHoldCertificate(QByteArrayView data)
{
    // Complete encodings (tag, length, value) of the OIDs that can carry a certificate bag.
    static constexpr QByteArrayView kCarriers[] = {
        QByteArrayView("\x06\x09\x2A\x86\x48\x86\xF7\x0D\x01\x07\x06", 11),         // encryptedData
        QByteArrayView("\x06\x09\x2A\x86\x48\x86\xF7\x0D\x01\x07\x03", 11),         // envelopedData
        QByteArrayView("\x06\x0B\x2A\x86\x48\x86\xF7\x0D\x01\x0C\x0A\x01\x03", 13), // certBag
    };
    for (const QByteArrayView oid : kCarriers) {
        if (data.indexOf(oid) >= 0) {
            return true;
        }
    }
    return false;
}

bool looksLikeCmsSignedData(QByteArrayView data)
{
    static constexpr char kSignedDataOid[] = "\x2A\x86\x48\x86\xF7\x0D\x01\x07\x02";
    const auto outer = outerSequence(data, true);
    if (!outer) {
        return false;
    }
    const auto type = readElement(data, outer->valueOffset);
    return type && type->tag == kTagOid && type->isDefinite()
        && data.sliced(type->valueOffset, type->valueLength)
        == QByteArrayView(kSignedDataOid, sizeof kSignedDataOid - 1);
}

std::optional<SignedParts> splitCertificate(QByteArrayView der)
{
    const auto outer = outerSequence(der, false);
    if (!outer) {
        return std::nullopt;
    }
    const auto tbs = readElement(der, outer->valueOffset);
    if (!tbs || tbs->tag != kTagSequence || !tbs->isDefinite()) {
        return std::nullopt;
    }
    const auto algorithm = readElement(der, tbs->end());
    if (!algorithm || algorithm->tag != kTagSequence || !algorithm->isDefinite()) {
        return std::nullopt;
    }
    const auto bits = readElement(der, algorithm->end());
    if (!bits || bits->tag != kTagBitString || bits->valueLength < 2 || bits->end() != der.size()
        || byteAt(der, bits->valueOffset) != 0) {
        return std::nullopt;
    }
    return SignedParts{der.sliced(tbs->start, tbs->end() - tbs->start).toByteArray(),
                       der.sliced(bits->valueOffset + 1, bits->valueLength - 1).toByteArray()};
}

} // namespace Quorum::Crypto::Internal
