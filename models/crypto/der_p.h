// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to models/crypto. Reads the framing (tag and length) of BER/DER elements: enough to
// recognise a file type before handing it to QCA, to take a certificate apart so that QCA can
// check its self-signature, and to walk a CMS signature (cmssignerinfo_p.h). It decodes no
// values beyond times and strings, and does no cryptography.

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Quorum::Crypto::Internal {

/// The header of one BER/DER element.
struct DerElement
{
    qsizetype start = 0;        ///< offset of the tag byte
    quint8 tag = 0;             ///< the tag byte (low tag numbers only)
    qsizetype valueOffset = 0;  ///< offset of the first value byte
    qsizetype valueLength = -1; ///< -1 for BER's indefinite length

    bool isDefinite() const { return valueLength >= 0; }
    qsizetype end() const { return valueOffset + valueLength; }
};

/// The element starting at @p offset, or nullopt when its header is truncated, uses a
/// high tag number, or (definite length) its value runs past the end of @p data.
std::optional<DerElement> readElement(QByteArrayView data, qsizetype offset);

/// One element with its extent known, also for BER's indefinite length.
struct DerNode
{
    DerElement header;
    qsizetype end = 0; ///< offset just past the element (past its end-of-contents octets)

    quint8 tag() const { return header.tag; }
    /// The value bytes; for an indefinite length, everything up to the end-of-contents octets.
    QByteArrayView value(QByteArrayView data) const
    {
        const qsizetype stop = header.isDefinite() ? header.end() : end - 2;
        return data.sliced(header.valueOffset, stop - header.valueOffset);
    }
    /// The whole encoding, header included.
    QByteArrayView encoding(QByteArrayView data) const
    {
        return data.sliced(header.start, end - header.start);
    }
};

/// The element at @p offset with its end: for an indefinite length (constructed elements only)
/// the nested elements are walked to the end-of-contents octets, at most 32 levels deep.
/// nullopt when the element is truncated or malformed.
std::optional<DerNode> readNode(QByteArrayView data, qsizetype offset);

/// The elements directly inside @p parent, in order; nullopt when @p parent is primitive or
/// its value is not exactly a sequence of elements (closed by end-of-contents octets when its
/// length is indefinite).
std::optional<QList<DerNode>> readChildren(QByteArrayView data, const DerNode &parent);

/// The UTCTime (tag 0x17, two-digit years 1950–2049) or GeneralizedTime (0x18) @p node as a
/// UTC time; only the forms RFC 5280 §4.1.2.5 allows ("YYMMDDHHMMSSZ", "YYYYMMDDHHMMSSZ").
/// A null QDateTime for anything else.
QDateTime readTime(QByteArrayView data, const DerNode &node);

/// The directory string @p node (UTF8String, PrintableString, IA5String, TeletexString read as
/// Latin-1, BMPString, UniversalString) as text; a null QString for any other type.
QString readText(QByteArrayView data, const DerNode &node);

/// True when @p data starts like a PKCS#12 PFX: SEQUENCE { INTEGER 3, … } filling the data.
bool looksLikePkcs12(QByteArrayView data);

/// False when the PKCS#12 file @p data certainly holds no certificate: no certBag in its
/// plaintext and no encrypted or enveloped part where one could hide. (QCA 2.3.10 crashes on
/// a PKCS#12 file that holds a key but no certificate, so this is checked first.)
bool mayHoldCertificate(QByteArrayView data);

/// True when @p data starts like a CMS ContentInfo holding SignedData (OID 1.2.840.113549.1.7.2)
/// and, when its length is definite, fills the data exactly.
bool looksLikeCmsSignedData(QByteArrayView data);

/// The signed part and the signature value of a DER X.509 certificate.
struct SignedParts
{
    QByteArray toBeSigned; ///< the whole TBSCertificate element, header included
    QByteArray signature;  ///< the BIT STRING's bytes (without the unused-bits byte)
};

/// Splits a DER certificate into what its issuer signed and the signature; nullopt when
/// @p der is not SEQUENCE { SEQUENCE, SEQUENCE, BIT STRING } filling the data.
std::optional<SignedParts> splitCertificate(QByteArrayView der);

} // namespace Quorum::Crypto::Internal
