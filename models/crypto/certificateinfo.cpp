// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificateinfo.h"

#include "cryptoerror.h"
#include "cryptoruntime.h"
#include "der_p.h"
#include "identity.h"
#include "qcasupport_p.h"

#include <QFile>
#include <QFileInfo>

#include <optional>

namespace Quorum::Crypto {

namespace {

using Internal::displayPath;
using Internal::tr;

std::optional<QCA::Certificate> parseCertificate(const QByteArray &data)
{
    QCA::ConvertResult result = QCA::ErrorDecode;
    QCA::Certificate cert;
    if (data.contains("-----BEGIN CERTIFICATE-----")) {
        cert = QCA::Certificate::fromPEM(QString::fromLatin1(data), &result);
    } else if (Internal::splitCertificate(data)) {
        cert = QCA::Certificate::fromDER(data, &result);
    }
    if (result != QCA::ConvertGood || cert.isNull()) {
        return std::nullopt;
    }
    return cert;
}

QByteArray readCertificateFile(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        throw CryptoError(CryptoErrorKind::Io,
                          tr("The certificate file %1 does not exist.").arg(displayPath(path)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw CryptoError(CryptoErrorKind::Io,
                          tr("The certificate file %1 cannot be read.").arg(displayPath(path)),
                          file.errorString());
    }
    return file.readAll();
}

[[noreturn]] void throwNotACertificate(const QString &path)
{
    throw CryptoError(CryptoErrorKind::BadFile,
                      tr("%1 is neither an X.509 certificate (PEM or DER) nor a PKCS#12 key file.")
                          .arg(displayPath(path)));
}

} // namespace

CertificateInfo readCertificate(const QString &path)
{
    ensureReady();
    const QByteArray data = readCertificateFile(path);
    if (const auto cert = parseCertificate(data)) {
        return Internal::describe(*cert);
    }
    if (Internal::looksLikePkcs12(data)) {
        throw CryptoError(CryptoErrorKind::WrongPassphrase,
                          tr("%1 is a PKCS#12 key file: its passphrase is needed to read the "
                             "certificate in it.")
                              .arg(displayPath(path)));
    }
    throwNotACertificate(path);
}

CertificateInfo readCertificate(const QString &path, const QString &passphrase)
{
    ensureReady();
    const QByteArray data = readCertificateFile(path);
    if (const auto cert = parseCertificate(data)) {
        return Internal::describe(*cert);
    }
    if (!Internal::looksLikePkcs12(data)) {
        throwNotACertificate(path);
    }
    return Identity::load(path, passphrase).certificate();
}

CertificateInfo certificateFromPem(const QByteArray &pem)
{
    ensureReady();
    QCA::ConvertResult result = QCA::ErrorDecode;
    const QCA::Certificate cert = QCA::Certificate::fromPEM(QString::fromLatin1(pem), &result);
    if (result != QCA::ConvertGood || cert.isNull()) {
        throw CryptoError(CryptoErrorKind::BadFile,
                          tr("The text given is not a PEM X.509 certificate."));
    }
    return Internal::describe(cert);
}

} // namespace Quorum::Crypto
