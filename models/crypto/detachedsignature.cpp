// SPDX-License-Identifier: GPL-3.0-or-later
#include "detachedsignature.h"

#include "cryptoerror.h"
#include "cryptoruntime.h"
#include "der_p.h"
#include "identity_p.h"
#include "qcasupport_p.h"

#include <optional>

namespace Quorum::Crypto {

namespace {

using Internal::tr;

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

SignatureCheck failure(SignatureStatus status, const QString &problem,
                       const QString &signerFingerprint = {})
{
    SignatureCheck check;
    check.status = status;
    check.problem = problem;
    check.signerFingerprint = signerFingerprint;
    return check;
}

QCA::Certificate pinnedCertificate(const QByteArray &pem)
{
    QCA::ConvertResult result = QCA::ErrorDecode;
    QCA::Certificate cert = QCA::Certificate::fromPEM(QString::fromLatin1(pem), &result);
    if (result != QCA::ConvertGood || cert.isNull()) {
        throw CryptoError(CryptoErrorKind::BadFile,
                          tr("The expected signer's certificate is not a PEM X.509 certificate."));
    }
    return cert;
}

/// The first signer QCA reports, or nullopt when the signature yields none.
std::optional<QCA::SecureMessageSignature>
runQcaVerify(const QByteArray &signatureDer, const QByteArray &content, const QCA::Certificate &pin)
{
    QCA::CertificateCollection pinned;
    pinned.addCertificate(pin);
    QCA::CMS cms;
    cms.setTrustedCertificates(pinned);   // the only trust anchor
    cms.setUntrustedCertificates(pinned); // searched for the signer before embedded certificates
    QCA::SecureMessage message(&cms);
    message.setFormat(QCA::SecureMessage::Binary);
    message.startVerify(signatureDer);
    message.update(content);
    message.end();
    message.waitForFinished(-1);
    const QCA::SecureMessageSignatureList signers = message.signers();
    if (signers.isEmpty()) {
        return std::nullopt;
    }
    return signers.first();
}

SignatureCheck interpret(const QCA::SecureMessageSignature &signer, const QCA::Certificate &pin)
{
    const QCA::CertificateChain chain = signer.key().x509CertificateChain();
    if (chain.isEmpty()) {
        return failure(SignatureStatus::Malformed,
                       tr("The signature is damaged, or it does not include the certificate it "
                          "was made with (and that is not the expected one)."));
    }
    const CertificateInfo expected = Internal::describe(pin);
    const CertificateInfo actual = Internal::describe(chain.primary());
    if (actual.fingerprintSha256 != expected.fingerprintSha256) {
        return failure(SignatureStatus::OtherSigner,
                       tr("The signature was made with the certificate of %1 (SHA-256 %2), not "
                          "with the expected certificate of %3 (SHA-256 %4).")
                           .arg(actual.commonName, actual.fingerprintSha256, expected.commonName,
                                expected.fingerprintSha256),
                       actual.fingerprintSha256);
    }
    if (signer.identityResult() == QCA::SecureMessageSignature::Valid
        && signer.keyValidity() == QCA::ValidityGood) {
        SignatureCheck check;
        check.valid = true;
        check.status = SignatureStatus::Valid;
        check.signerFingerprint = actual.fingerprintSha256;
        return check;
    }
    switch (signer.keyValidity()) {
    case QCA::ValidityGood:
        return failure(SignatureStatus::ContentMismatch,
                       tr("The signature does not match the content: the signed statement was "
                          "changed after signing, or the signature is damaged."),
                       actual.fingerprintSha256);
    case QCA::ErrorExpired:
        return failure(
            SignatureStatus::CertificateNotCurrent,
            tr("The certificate of %1 is valid only from %2 to %3. The cryptography "
               "library checks signatures only while the certificate is valid, so "
               "this signature cannot be checked now.")
                .arg(expected.commonName, isoTime(expected.notBefore), isoTime(expected.notAfter)),
            actual.fingerprintSha256);
    default:
        return failure(SignatureStatus::CertificateUnusable,
                       tr("The certificate of %1 is not accepted for signing (QCA validity code "
                          "%2): check its key usage.")
                           .arg(expected.commonName)
                           .arg(static_cast<int>(signer.keyValidity())),
                       actual.fingerprintSha256);
    }
}

} // namespace

QByteArray signDetached(const Identity &signer, const QByteArray &content)
{
    ensureReady();
    const QCA::KeyBundle bundle = IdentityAccess::bundle(signer);
    if (bundle.isNull()) {
        throw CryptoError(CryptoErrorKind::SigningFailed, tr("No signing key is loaded."));
    }
    const CertificateInfo &cert = signer.certificate();
    if (!cert.isValidAt(QDateTime::currentDateTimeUtc())) {
        throw CryptoError(
            CryptoErrorKind::SigningFailed,
            tr("The certificate of %1 is valid only from %2 to %3, so it cannot "
               "sign now. Make a new key with quorumctl keygen.")
                .arg(cert.commonName, isoTime(cert.notBefore), isoTime(cert.notAfter)));
    }
    QCA::SecureMessageKey key;
    key.setX509KeyBundle(bundle);
    QCA::CMS cms;
    QCA::SecureMessage message(&cms);
    message.setSigner(key);
    message.setFormat(QCA::SecureMessage::Binary);
    message.setBundleSignerEnabled(true);
    message.startSign(QCA::SecureMessage::Detached);
    message.update(content);
    message.end();
    message.waitForFinished(-1);
    const QByteArray signature = message.signature();
    if (!message.success() || signature.isEmpty()) {
        throw CryptoError(CryptoErrorKind::SigningFailed,
                          tr("The cryptography library could not make the signature."));
    }
    const SignatureCheck check = verifyDetached(signature, content, cert.pem);
    if (!check.valid) {
        throw CryptoError(CryptoErrorKind::SigningFailed,
                          tr("The new signature did not verify, so it was discarded."),
                          check.problem);
    }
    return signature;
}

SignatureCheck verifyDetached(const QByteArray &signatureDer, const QByteArray &content,
                              const QByteArray &expectedSignerCertPem)
{
    ensureReady();
    const QCA::Certificate pin = pinnedCertificate(expectedSignerCertPem);
    // QCA's plugin prints to stdout when OpenSSL cannot parse the signature; refuse what is
    // plainly not CMS SignedData before it gets there.
    if (!Internal::looksLikeCmsSignedData(signatureDer)) {
        return failure(SignatureStatus::Malformed,
                       tr("The signature is damaged: it is not a CMS (PKCS#7) signature."));
    }
    const auto signer = runQcaVerify(signatureDer, content, pin);
    if (!signer) {
        return failure(SignatureStatus::Malformed,
                       tr("The signature is damaged: it names no signer."));
    }
    return interpret(*signer, pin);
}

} // namespace Quorum::Crypto
