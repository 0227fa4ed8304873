// SPDX-License-Identifier: GPL-3.0-or-later
#include "identity.h"

#include "cryptoerror.h"
#include "cryptoruntime.h"
#include "der_p.h"
#include "identity_p.h"
#include "qcasupport_p.h"

#include <QFile>
#include <QFileInfo>

namespace Quorum {

namespace {

using Crypto::Internal::displayPath;
using Crypto::Internal::tr;

QByteArray readKeyFile(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        throw CryptoError(CryptoErrorKind::Io,
                          tr("The key file %1 does not exist.").arg(displayPath(path)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw CryptoError(CryptoErrorKind::Io,
                          tr("The key file %1 cannot be read.").arg(displayPath(path)),
                          file.errorString());
    }
    return file.readAll();
}

[[noreturn]] void throwBadFile(const QString &message, const QString &path)
{
    throw CryptoError(CryptoErrorKind::BadFile, message.arg(displayPath(path)));
}

QCA::KeyBundle openBundle(const QByteArray &data, const QString &path, const QString &passphrase)
{
    if (!Crypto::Internal::looksLikePkcs12(data)) {
        throwBadFile(tr("%1 is not a PKCS#12 key file (.p12). Export your key and certificate as "
                        "PKCS#12, or create one with quorumctl keygen."),
                     path);
    }
    if (!Crypto::Internal::mayHoldCertificate(data)) {
        throwBadFile(tr("%1 holds no certificate for its key."), path);
    }
    QCA::ConvertResult result = QCA::ErrorDecode;
    QCA::KeyBundle bundle
        = QCA::KeyBundle::fromArray(data, Crypto::Internal::toSecureArray(passphrase), &result);
    if (result != QCA::ConvertGood || bundle.isNull()) {
        // QCA returns ErrorDecode both for a wrong passphrase and for a PKCS#12 file that
        // holds no private key; the file was recognised as PKCS#12 above.
        throw CryptoError(CryptoErrorKind::WrongPassphrase,
                          tr("The passphrase does not open %1. Check it and try again; if it "
                             "is right, the file holds no private key.")
                              .arg(displayPath(path)));
    }
    return bundle;
}

void checkBundle(const QCA::KeyBundle &bundle, const QString &path)
{
    if (bundle.privateKey().isNull()) {
        throwBadFile(tr("%1 holds no private key."), path);
    }
    if (bundle.certificateChain().isEmpty()) {
        throwBadFile(tr("%1 holds no certificate for its key."), path);
    }
    if (!bundle.privateKey().canSign()) {
        throwBadFile(tr("The key in %1 cannot make signatures."), path);
    }
    if (bundle.certificateChain().primary().subjectPublicKey()
        != bundle.privateKey().toPublicKey()) {
        throwBadFile(tr("The key and the certificate in %1 do not belong together."), path);
    }
}

} // namespace

Identity::Identity(std::unique_ptr<Private> d)
    : m_d(std::move(d))
{}

Identity::Identity(Identity &&other) noexcept = default;
Identity &Identity::operator=(Identity &&other) noexcept = default;
Identity::~Identity() = default;

Identity Identity::load(const QString &p12Path, const QString &passphrase)
{
    Crypto::ensureReady();
    const QByteArray data = readKeyFile(p12Path);
    auto d = std::make_unique<Private>();
    d->bundle = openBundle(data, p12Path, passphrase);
    checkBundle(d->bundle, p12Path);
    d->certificate = Crypto::Internal::describe(d->bundle.certificateChain().primary());
    return Identity(std::move(d));
}

const CertificateInfo &Identity::certificate() const
{
    Q_ASSERT(m_d);
    return m_d->certificate;
}

} // namespace Quorum
