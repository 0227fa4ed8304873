// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to models/crypto. Reads the framing (tag and length) of BER/DER elements: enough to
// recognise a file type before handing it to QCA, and to take a certificate apart so that QCA
// can check its self-signature. It decodes no values and does no cryptography.

#include <QByteArray>
#include <QByteArrayView>

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
