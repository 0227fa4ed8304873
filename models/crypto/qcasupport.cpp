// SPDX-License-Identifier: GPL-3.0-or-later
#include "der_p.h"
#include "qcasupport_p.h"
#include "sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QStringDecoder>

namespace Quorum::Crypto::Internal {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Crypto", text);
}

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QCA::SecureArray toSecureArray(const QString &passphrase)
{
    QByteArray utf8 = passphrase.toUtf8();
    QCA::SecureArray secure(utf8);
    utf8.fill('\0');
    return secure;
}

QString decodeQcaText(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0xFF) {
            return text; // not produced by a Latin-1 reading
        }
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(text.toLatin1());
    return decoder.hasError() ? text : decoded;
}

bool isSelfSigned(const QCA::Certificate &cert)
{
    // QCA merges subjectAltName into the subject; compare the distinguished names only.
    if (cert.subjectInfoOrdered().dnOnly() != cert.issuerInfoOrdered().dnOnly()) {
        return false;
    }
    // Ask about the algorithm before touching the key: QCA's OpenSSL plugin knows only RSA and
    // DSA keys, and querying an EC key it loaded crashes inside the plugin.
    if (cert.signatureAlgorithm() == QCA::SignatureUnknown) {
        return false;
    }
    const auto parts = splitCertificate(cert.toDER());
    QCA::PublicKey key = cert.subjectPublicKey();
    if (!parts || key.isNull() || !key.canVerify()) {
        return false;
    }
    return key.verifyMessage(parts->toBeSigned, parts->signature, cert.signatureAlgorithm());
}

CertificateInfo describe(const QCA::Certificate &cert)
{
    CertificateInfo info;
    info.commonName = decodeQcaText(cert.commonName());
    const QCA::CertificateInfo subject = cert.subjectInfo();
    const QString email = subject.value(QCA::Email);
    info.email = decodeQcaText(email.isEmpty() ? subject.value(QCA::EmailLegacy) : email);
    info.fingerprintSha256 = sha256Hex(cert.toDER());
    info.notBefore = cert.notValidBefore().toUTC();
    info.notAfter = cert.notValidAfter().toUTC();
    info.pem = cert.toPEM().toLatin1();
    info.keySupported = cert.signatureAlgorithm() != QCA::SignatureUnknown;
    info.selfSigned = isSelfSigned(cert);
    bool hasKeyUsage = false;
    for (const QCA::ConstraintType &constraint : cert.constraints()) {
        if (constraint.section() != QCA::ConstraintType::KeyUsage) {
            continue;
        }
        hasKeyUsage = true;
        info.canSign = info.canSign || constraint == QCA::ConstraintType(QCA::DigitalSignature);
        info.nonRepudiation
            = info.nonRepudiation || constraint == QCA::ConstraintType(QCA::NonRepudiation);
    }
    // RFC 5280: without a key-usage extension the key may be used for anything.
    info.canSign = info.canSign || !hasKeyUsage;
    return info;
}

} // namespace Quorum::Crypto::Internal
