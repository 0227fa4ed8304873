// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Quorum {

class Identity;

/// Why a detached signature was accepted or not.
enum class SignatureStatus {
    Valid,                 ///< made with the expected certificate's key over exactly this content
    ContentMismatch,       ///< the content changed after signing, or the signature is damaged
    OtherSigner,           ///< made with another certificate than the expected one
    CertificateNotCurrent, ///< the expected certificate is expired or not yet valid: not checkable
    CertificateUnusable,   ///< the expected certificate does not allow signing
    Malformed,             ///< not a CMS (PKCS#7) SignedData that QCA can read
};

/// The result of verifyDetached(). A plain value.
struct SignatureCheck
{
    bool valid = false; ///< status == SignatureStatus::Valid
    SignatureStatus status = SignatureStatus::Malformed;
    /// SHA-256 (lower-case hex) of the certificate the signature was made with, as QCA found it
    /// (the expected one when it matches, else the one embedded in the signature); empty when
    /// the signature names no certificate QCA could find.
    QString signerFingerprint;
    /// Always null with QCA 2.3.10, which does not expose the CMS signingTime attribute (it
    /// reports the time of verification instead). The signed statement carries its own time.
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
/// the key of the certificate @p expectedSignerCertPem (pinned: no CA is consulted).
///
/// What is checked, all through QCA's CMS (OpenSSL PKCS7_verify underneath):
/// 1. the signature is DER/BER CMS SignedData (else Malformed);
/// 2. the expected certificate is QCA's only trusted certificate and the first place where
///    the signer is looked up by issuer and serial number, so a certificate embedded in the
///    signature under the same issuer and serial cannot stand in for it;
/// 3. the certificate the signature was made with has the expected SHA-256 fingerprint
///    (else OtherSigner, even if the other signature is itself sound);
/// 4. the message digest over @p content matches the signed attributes and the RSA
///    signature over them verifies with the expected certificate's public key;
/// 5. the expected certificate is within its validity period now and its key usage allows
///    S/MIME signing (digitalSignature or nonRepudiation).
/// QCA reports a failure of 4 or 5 as one answer; its certificate check tells them apart:
/// a certificate outside its validity period gives CertificateNotCurrent (the signature may
/// be sound but QCA cannot say), a refused purpose gives CertificateUnusable, otherwise
/// ContentMismatch. Throws CryptoError (BadFile) when @p expectedSignerCertPem is not a PEM
/// certificate.
SignatureCheck verifyDetached(const QByteArray &signatureDer, const QByteArray &content,
                              const QByteArray &expectedSignerCertPem);

} // namespace Crypto
} // namespace Quorum
