// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to models/crypto. Takes a detached CMS SignedData (RFC 5652; PKCS#7 v1.5 has the
// same layout) and an X.509 certificate apart, so that a signature can be checked at a given
// time without OpenSSL's certificate check against the clock. Structure only: the hashing and
// the RSA check are done through QCA by detachedsignature.cpp.

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Quorum::Crypto::Internal {

/// Contents octets of the object identifiers Quorum looks for.
namespace Oid {
inline constexpr QByteArrayView kData("\x2A\x86\x48\x86\xF7\x0D\x01\x07\x01", 9);
inline constexpr QByteArrayView kSha256("\x60\x86\x48\x01\x65\x03\x04\x02\x01", 9);
inline constexpr QByteArrayView kRsaEncryption("\x2A\x86\x48\x86\xF7\x0D\x01\x01\x01", 9);
inline constexpr QByteArrayView kSha256WithRsa("\x2A\x86\x48\x86\xF7\x0D\x01\x01\x0B", 9);
} // namespace Oid

/// How a SignerInfo names the certificate it was made with (RFC 5652 §5.3 SignerIdentifier).
struct SignerIdentifier
{
    QByteArray issuer;       ///< DER of the issuer Name (issuerAndSerialNumber); else empty
    QByteArray serialNumber; ///< contents octets of the serial INTEGER; else empty
    QByteArray subjectKeyId; ///< the [0] subjectKeyIdentifier; else empty
};

/// What a SignerInfo is matched and checked against in a DER X.509 certificate.
struct CertificateFields
{
    QByteArray der;                ///< the whole certificate
    QString commonName;            ///< the subject's first commonName; may be empty
    QByteArray issuer;             ///< DER of the issuer Name, header included
    QByteArray serialNumber;       ///< contents octets of the serial INTEGER
    QByteArray subjectKeyId;       ///< the subjectKeyIdentifier extension's key id; may be empty
    QByteArray publicKeyAlgorithm; ///< contents octets of the subjectPublicKeyInfo algorithm
    QDateTime notBefore;           ///< UTC (read here: QCA 2.3 misreads GeneralizedTime)
    QDateTime notAfter;            ///< UTC

    /// True when @p sid names this certificate: same issuer DER and serial bytes, or the same
    /// non-empty subject key identifier.
    bool isNamedBy(const SignerIdentifier &sid) const;
};

/// The fields of the DER certificate @p der; nullopt when it is not a certificate.
std::optional<CertificateFields> readCertificateFields(QByteArrayView der);

/// The single SignerInfo of a detached SignedData, with what it takes to check it.
struct CmsSignerInfo
{
    SignerIdentifier sid;
    QByteArray digestAlgorithm;    ///< contents octets of the OID (parameters absent or NULL)
    QByteArray signatureAlgorithm; ///< contents octets of the OID (parameters absent or NULL)
    QByteArray signature;          ///< the signature value
    bool hasSignedAttributes = false;
    /// signedAttrs as signed (RFC 5652 §5.4): its encoding with the [0] tag replaced by SET OF.
    QByteArray signedAttributes;
    /// Contents octets of the contentType attribute's OID; empty when the attribute is absent.
    QByteArray contentType;
    /// The messageDigest attribute's octets; nullopt when the attribute is absent.
    std::optional<QByteArray> messageDigest;
    QList<QByteArray> certificates; ///< DER of the X.509 certificates the SignedData carries
};

/// Reads @p der as a CMS ContentInfo holding SignedData whose encapsulated content is id-data
/// and absent (detached), with exactly one SignerInfo. DER and BER (also indefinite lengths)
/// are read, except that signedAttrs must have a definite length: they are signed as encoded.
/// nullopt for anything else, including a signed attribute that occurs twice or whose value
/// is not a single value of the expected type.
std::optional<CmsSignerInfo> readDetachedSignerInfo(QByteArrayView der);

} // namespace Quorum::Crypto::Internal
