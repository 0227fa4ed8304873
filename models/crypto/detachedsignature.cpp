// SPDX-License-Identifier: GPL-3.0-or-later
#include "detachedsignature.h"

#include "cmssignerinfo_p.h"
#include "cryptoerror.h"
#include "cryptoruntime.h"
#include "der_p.h"
#include "identity_p.h"
#include "qcasupport_p.h"
#include "sha256.h"

#include <optional>

namespace Quorum::Crypto {

namespace {

using Internal::CertificateFields;
using Internal::CmsSignerInfo;
using Internal::tr;

/// What the moment a certificate is judged at stands for, for the message.
enum class Moment {
    Now,
    ClaimedSigningTime,
};

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

/// The expected certificate as QCA reads it and as its DER reads.
struct Pinned
{
    QCA::Certificate cert;
    CertificateFields fields;
    CertificateInfo info;
};

Pinned pinnedCertificate(const QByteArray &pem)
{
    QCA::ConvertResult result = QCA::ErrorDecode;
    const QCA::Certificate cert = QCA::Certificate::fromPEM(QString::fromLatin1(pem), &result);
    const auto fields = result == QCA::ConvertGood && !cert.isNull()
        ? Internal::readCertificateFields(cert.toDER())
        : std::nullopt;
    if (!fields) {
        throw CryptoError(CryptoErrorKind::BadFile,
                          tr("The expected signer's certificate is not a PEM X.509 certificate."));
    }
    return Pinned{cert, *fields, Internal::describe(cert)};
}

/// The embedded certificate @p signer names, described; nullopt when it carries none.
std::optional<CertificateInfo> namedEmbeddedCertificate(const CmsSignerInfo &signer)
{
    // Read by Quorum alone: QCA's OpenSSL plugin crashes on some damaged certificates that
    // OpenSSL itself accepts, and on EC keys.
    for (const QByteArray &der : signer.certificates) {
        const auto fields = Internal::readCertificateFields(der);
        if (fields && fields->isNamedBy(signer.sid)) {
            CertificateInfo info;
            info.commonName
                = fields->commonName.isEmpty() ? tr("an unnamed signer") : fields->commonName;
            info.fingerprintSha256 = sha256Hex(der);
            return info;
        }
    }
    return std::nullopt;
}

SignatureCheck otherSigner(const CmsSignerInfo &signer, const Pinned &pin)
{
    const auto actual = namedEmbeddedCertificate(signer);
    if (!actual) {
        return failure(SignatureStatus::OtherSigner,
                       tr("The signature was made with another certificate than the expected "
                          "certificate of %1 (SHA-256 %2).")
                           .arg(pin.info.commonName, pin.info.fingerprintSha256));
    }
    return failure(SignatureStatus::OtherSigner,
                   tr("The signature was made with the certificate of %1 (SHA-256 %2), not "
                      "with the expected certificate of %3 (SHA-256 %4).")
                       .arg(actual->commonName, actual->fingerprintSha256, pin.info.commonName,
                            pin.info.fingerprintSha256),
                   actual->fingerprintSha256);
}

bool usesSupportedAlgorithms(const CmsSignerInfo &signer)
{
    return signer.digestAlgorithm == Internal::Oid::kSha256
        && (signer.signatureAlgorithm == Internal::Oid::kRsaEncryption
            || signer.signatureAlgorithm == Internal::Oid::kSha256WithRsa);
}

/// Step 4 of verifyDetachedAt(): nullopt when the content and the signature match.
std::optional<SignatureCheck> checkSignature(const CmsSignerInfo &signer, const QByteArray &content,
                                             const Pinned &pin)
{
    const QString fingerprint = pin.info.fingerprintSha256;
    const QByteArray digest = QCA::Hash(QStringLiteral("sha256")).hash(content).toByteArray();
    if (!signer.hasSignedAttributes || signer.contentType != Internal::Oid::kData
        || !signer.messageDigest) {
        return failure(SignatureStatus::ContentMismatch,
                       tr("The signature is damaged: it lacks the signed content type and "
                          "message digest that Quorum requires."),
                       fingerprint);
    }
    // Only read once the certificate's own bytes say RSA: querying an EC key crashes QCA.
    QCA::PublicKey key = pin.cert.subjectPublicKey();
    if (key.isNull() || !key.isRSA() || !key.canVerify()) {
        return failure(SignatureStatus::CertificateUnusable,
                       tr("The cryptography library cannot read the key of %1's certificate.")
                           .arg(pin.info.commonName),
                       fingerprint);
    }
    if (*signer.messageDigest != digest
        || !key.verifyMessage(signer.signedAttributes, signer.signature, QCA::EMSA3_SHA256)) {
        return failure(SignatureStatus::ContentMismatch,
                       tr("The signature does not match the content: the signed statement was "
                          "changed after signing, or the signature is damaged."),
                       fingerprint);
    }
    return std::nullopt;
}

SignatureCheck notCurrent(const Pinned &pin, const QDateTime &moment, Moment meaning)
{
    const QString validity = tr("The certificate of %1 is valid only from %2 to %3")
                                 .arg(pin.info.commonName, isoTime(pin.fields.notBefore),
                                      isoTime(pin.fields.notAfter));
    QString problem;
    if (!moment.isValid()) {
        problem = tr("%1, and the time the statement was signed is unknown.").arg(validity);
    } else if (meaning == Moment::Now) {
        problem = tr("%1, so this signature cannot be accepted now (%2); it can still be "
                     "checked at the time it was made.")
                      .arg(validity, isoTime(moment));
    } else {
        problem = tr("%1, not at %2, when the statement says it was signed.")
                      .arg(validity, isoTime(moment));
    }
    return failure(SignatureStatus::CertificateNotCurrent, problem, pin.info.fingerprintSha256);
}

/// Steps 2–6 of verifyDetachedAt() for a well-formed signature.
SignatureCheck judge(const CmsSignerInfo &signer, const QByteArray &content, const Pinned &pin,
                     const QDateTime &moment, Moment meaning)
{
    if (!pin.fields.isNamedBy(signer.sid)) {
        return otherSigner(signer, pin);
    }
    const QString fingerprint = pin.info.fingerprintSha256;
    if (pin.fields.publicKeyAlgorithm != Internal::Oid::kRsaEncryption) {
        return failure(SignatureStatus::CertificateUnusable,
                       tr("The certificate of %1 has no RSA key; Quorum can check only RSA "
                          "signatures.")
                           .arg(pin.info.commonName),
                       fingerprint);
    }
    if (!usesSupportedAlgorithms(signer)) {
        return failure(SignatureStatus::Malformed,
                       tr("The signature uses algorithms Quorum does not check: only SHA-256 "
                          "with RSA is supported."));
    }
    if (auto problem = checkSignature(signer, content, pin)) {
        return *problem;
    }
    if (!pin.info.canSign && !pin.info.nonRepudiation) {
        return failure(SignatureStatus::CertificateUnusable,
                       tr("The certificate of %1 is not meant for signing: its key usage allows "
                          "neither digitalSignature nor nonRepudiation.")
                           .arg(pin.info.commonName),
                       fingerprint);
    }
    if (!moment.isValid() || moment < pin.fields.notBefore || moment > pin.fields.notAfter) {
        return notCurrent(pin, moment, meaning);
    }
    SignatureCheck check;
    check.valid = true;
    check.status = SignatureStatus::Valid;
    check.signerFingerprint = fingerprint;
    return check;
}

SignatureCheck verifyAt(const QByteArray &signatureDer, const QByteArray &content,
                        const QByteArray &expectedSignerCertPem, const QDateTime &moment,
                        Moment meaning)
{
    ensureReady();
    const Pinned pin = pinnedCertificate(expectedSignerCertPem);
    if (!Internal::looksLikeCmsSignedData(signatureDer)) {
        return failure(SignatureStatus::Malformed,
                       tr("The signature is damaged: it is not a CMS (PKCS#7) signature."));
    }
    const auto signer = Internal::readDetachedSignerInfo(signatureDer);
    if (!signer) {
        return failure(SignatureStatus::Malformed,
                       tr("The signature is damaged, or it is not a detached CMS (PKCS#7) "
                          "signature with exactly one signer."));
    }
    return judge(*signer, content, pin, moment, meaning);
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

SignatureCheck verifyDetachedAt(const QByteArray &signatureDer, const QByteArray &content,
                                const QByteArray &expectedSignerCertPem,
                                const QDateTime &signingTime)
{
    return verifyAt(signatureDer, content, expectedSignerCertPem, signingTime,
                    Moment::ClaimedSigningTime);
}

SignatureCheck verifyDetached(const QByteArray &signatureDer, const QByteArray &content,
                              const QByteArray &expectedSignerCertPem)
{
    return verifyAt(signatureDer, content, expectedSignerCertPem, QDateTime::currentDateTimeUtc(),
                    Moment::Now);
}

} // namespace Quorum::Crypto
