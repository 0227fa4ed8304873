// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Quorum {

class Identity;

/// Why a detached signature was accepted or not. When several apply, the first in the order
/// of the checks listed at verifyDetachedAt() is reported.
enum class SignatureStatus {
    Valid,                 ///< made with the expected certificate's key over exactly this content
    ContentMismatch,       ///< the content changed after signing, or the signature is damaged
    OtherSigner,           ///< made with another certificate than the expected one
    CertificateNotCurrent, ///< the expected certificate was not valid at the moment checked
    CertificateUnusable,   ///< the expected certificate does not allow signing, or has no RSA key
    Malformed,             ///< not a detached CMS (PKCS#7) SignedData with one SHA-256/RSA signer
};

/// The result of verifyDetached() and verifyDetachedAt(). A plain value.
struct SignatureCheck
{
    bool valid = false; ///< status == SignatureStatus::Valid
    SignatureStatus status = SignatureStatus::Malformed;
    /// SHA-256 (lower-case hex) of the certificate the signature names as its signer: the
    /// expected one when it matches, else the matching one embedded in the signature; empty
    /// when the signature is malformed or names a certificate it does not carry.
    QString signerFingerprint;
    /// Always null: the CMS signingTime attribute is the signer's unverified claim, and the
    /// signed statement carries its own time (pass that to verifyDetachedAt()).
    QDateTime signingTime;
    QString problem; ///< user-facing reason when !valid; empty when valid
};

namespace Crypto {

/// Signs @p content (bytes as given, no line-ending translation) with @p signer's key: a
/// DER-encoded detached CMS SignedData, SHA-256, RSA PKCS#1 v1.5, with the signer's
/// certificate included and signed attributes (content type, signing time, message digest).
/// Verifiable with `openssl cms -verify -binary -inform DER -in S.p7s -content FILE
/// -certfile signer.pem -noverify`. Every new signature is checked with verifyDetached()
/// before it is returned. Throws CryptoError (SigningFailed) when no key is loaded, when the
/// certificate is not valid now, or when QCA fails. Blocks for a few milliseconds.
QByteArray signDetached(const Identity &signer, const QByteArray &content);

/// Checks that @p signatureDer is a detached CMS signature over exactly @p content made with
/// the key of the certificate @p expectedSignerCertPem (pinned: no CA is consulted), with
/// that certificate's validity judged at @p signingTime — the time the signed statement
/// claims — so that a signature stays checkable after its certificate expires. The result
/// depends on nothing but the arguments (not on the clock). Reentrant: each call uses its own
/// QCA objects. Blocks for about a millisecond plus hashing @p content.
///
/// Quorum takes the signature apart itself (DER, or BER with indefinite lengths as streaming
/// encoders write it), printing nothing on stdout; the digest and the RSA check go through
/// QCA. The checks, in order:
/// 1. a ContentInfo holding SignedData, content type id-data, no content of its own
///    (detached), exactly one SignerInfo (else Malformed);
/// 2. the SignerInfo names the expected certificate: its issuer and serial number, or its
///    subject key identifier (else OtherSigner; a certificate embedded in the signature is
///    never used to check it);
/// 3. the expected certificate has an RSA key (else CertificateUnusable), and the signature
///    uses SHA-256 with rsaEncryption or sha256WithRSAEncryption (else Malformed);
/// 4. signed attributes with content type id-data and a message digest equal to SHA-256 of
///    @p content, and an RSA PKCS#1 v1.5 signature over them that the expected certificate's
///    public key verifies (else ContentMismatch);
/// 5. the certificate's key usage allows signing: digitalSignature or nonRepudiation, or no
///    key-usage extension (else CertificateUnusable);
/// 6. notBefore <= @p signingTime <= notAfter (else CertificateNotCurrent, also when
///    @p signingTime is not a valid time).
/// Throws CryptoError (BadFile) when @p expectedSignerCertPem is not a PEM certificate.
SignatureCheck verifyDetachedAt(const QByteArray &signatureDer, const QByteArray &content,
                                const QByteArray &expectedSignerCertPem,
                                const QDateTime &signingTime);

/// verifyDetachedAt() at the current time: a signature whose certificate has expired (or is
/// not yet valid) gives CertificateNotCurrent even when it is sound. Use it to check a new
/// signature; use verifyDetachedAt() with the statement's time to audit an old one.
SignatureCheck verifyDetached(const QByteArray &signatureDer, const QByteArray &content,
                              const QByteArray &expectedSignerCertPem);

} // namespace Crypto
} // namespace Quorum
