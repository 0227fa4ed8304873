// SPDX-License-Identifier: GPL-3.0-or-later
#include "der_p.h"

namespace Quorum::Crypto::Internal {

namespace {

constexpr quint8 kTagInteger = 0x02;
constexpr quint8 kTagBitString = 0x03;
constexpr quint8 kTagOid = 0x06;
constexpr quint8 kTagSequence = 0x30;

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

} // namespace

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
