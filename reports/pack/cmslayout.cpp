// SPDX-License-Identifier: GPL-3.0-or-later
// A minimal DER walk over the fixed parts of a detached CMS signature. The cryptographic
// checks stay in Crypto::verifyDetachedAt(); this only pins the bytes it ignores.
#include "cmslayout.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace Quorum::Reports {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Reports", text);
}

/// One DER element: [start, start + header + length) in the buffer.
struct Element
{
    quint8 tag = 0;
    qsizetype start = 0;
    qsizetype header = 0;
    qsizetype length = 0;

    qsizetype contentStart() const { return start + header; }
    qsizetype end() const { return start + header + length; }
};

std::optional<Element> elementAt(const QByteArray &d, qsizetype at, qsizetype limit)
{
    if (at + 2 > limit) {
        return std::nullopt;
    }
    Element e{static_cast<quint8>(d.at(at)), at, 2, static_cast<quint8>(d.at(at + 1))};
    if ((e.tag & 0x1f) == 0x1f) {
        return std::nullopt; // multi-byte tags never occur in a CMS signature
    }
    if (e.length >= 0x80) {
        const qsizetype bytes = e.length & 0x7f;
        if (bytes < 1 || bytes > 4 || at + 2 + bytes > limit) {
            return std::nullopt; // indefinite or absurd length: not DER as Quorum writes it
        }
        e.length = 0;
        for (qsizetype i = 0; i < bytes; ++i) {
            e.length = (e.length << 8) | static_cast<quint8>(d.at(at + 2 + i));
        }
        e.header = 2 + bytes;
    }
    if (e.end() > limit) {
        return std::nullopt;
    }
    return e;
}

// The elements inside @p parent, which must fill it exactly.
std::optional<std::vector<Element>> children(const QByteArray &d, const Element &parent)
{
    std::vector<Element> list;
    for (qsizetype at = parent.contentStart(); at < parent.end();) {
        const std::optional<Element> e = elementAt(d, at, parent.end());
        if (!e) {
            return std::nullopt;
        }
        list.push_back(*e);
        at = e->end();
    }
    return list;
}

QByteArray bytesOf(const QByteArray &d, const Element &e)
{
    return d.mid(e.start, e.end() - e.start);
}

QByteArray contentOf(const QByteArray &d, const Element &e)
{
    return d.mid(e.contentStart(), e.length);
}

const QByteArray kSignedDataOid = QByteArray::fromHex("06092a864886f70d010702");
const QByteArray kVersion1 = QByteArray::fromHex("020101");
const QByteArray kVersion3 = QByteArray::fromHex("020103");
const QByteArray kSha256Set = QByteArray::fromHex("310d300b0609608648016503040201");
const QByteArray kSha256NullSet = QByteArray::fromHex("310f300d06096086480165030402010500");
const QByteArray kDetachedData = QByteArray::fromHex("300b06092a864886f70d010701");

// The children of SignedData, or nullopt when the outer ContentInfo is not as expected.
std::optional<std::vector<Element>> signedData(const QByteArray &der)
{
    const std::optional<Element> info = elementAt(der, 0, der.size());
    if (!info || info->tag != 0x30 || info->end() != der.size()) {
        return std::nullopt;
    }
    const auto outer = children(der, *info);
    if (!outer || outer->size() != 2 || bytesOf(der, outer->at(0)) != kSignedDataOid
        || outer->at(1).tag != 0xa0) {
        return std::nullopt;
    }
    const auto wrapped = children(der, outer->at(1));
    if (!wrapped || wrapped->size() != 1 || wrapped->at(0).tag != 0x30) {
        return std::nullopt;
    }
    return children(der, wrapped->at(0));
}

} // namespace

QString cmsLayoutProblem(const QByteArray &der, const QByteArray &certificateDer)
{
    const auto parts = signedData(der);
    if (!parts || parts->size() != 5) {
        return tr("it is not one DER SignedData structure as Quorum writes it");
    }
    const std::vector<Element> &p = *parts;
    if (bytesOf(der, p[0]) != kVersion1) {
        return tr("its SignedData version is not 1");
    }
    if (bytesOf(der, p[1]) != kSha256Set && bytesOf(der, p[1]) != kSha256NullSet) {
        return tr("its digest algorithms are not SHA-256 alone");
    }
    if (bytesOf(der, p[2]) != kDetachedData) {
        return tr("it is not a detached signature of data");
    }
    if (p[3].tag != 0xa0 || contentOf(der, p[3]) != certificateDer) {
        return tr("the certificate it carries is not the exporter's");
    }
    const auto signers = children(der, p[4]);
    const auto signer = signers && signers->size() == 1 && p[4].tag == 0x31
        ? children(der, signers->at(0))
        : std::nullopt;
    if (!signer || signer->empty()
        || (bytesOf(der, signer->at(0)) != kVersion1 && bytesOf(der, signer->at(0)) != kVersion3)) {
        return tr("it does not hold one signer of version 1 or 3");
    }
    return {};
}

} // namespace Quorum::Reports
