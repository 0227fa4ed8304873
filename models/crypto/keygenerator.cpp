// SPDX-License-Identifier: GPL-3.0-or-later
#include "keygenerator.h"

#include "cryptoerror.h"
#include "cryptoruntime.h"
#include "qcasupport_p.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Quorum::Crypto {

namespace {

using Internal::displayPath;
using Internal::tr;

constexpr int kRsaBits = 3072;
constexpr int kSerialBytes = 16;
constexpr qint64 kBackdateSeconds = 60 * 60;
constexpr int kFirstUtcTimeYear = 1950;
constexpr int kLastUtcTimeYear = 2049;

[[noreturn]] void throwInvalid(const QString &message)
{
    throw CryptoError(CryptoErrorKind::InvalidInput, message);
}

bool isLatin1Text(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0xFF || !c.isPrint()) {
            return false;
        }
    }
    return true;
}

bool isPlainEmail(const QString &email)
{
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != email.lastIndexOf(QLatin1Char('@')) || at == email.size() - 1) {
        return false;
    }
    for (const QChar c : email) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7F) {
            return false;
        }
    }
    return true;
}

/// The validity period as written into the certificate.
struct Period
{
    QDateTime notBefore; ///< UTC
    QDateTime notAfter;  ///< UTC
};

void checkPeriod(const Period &period, int validityDays)
{
    if (validityDays < 1) {
        throwInvalid(tr("A certificate must be valid for at least one day."));
    }
    if (!period.notBefore.isValid()) {
        throwInvalid(tr("A certificate needs a valid start of its validity."));
    }
    // QCA 2.3 reads every certificate time as a two-digit-year UTCTime; OpenSSL writes times
    // outside 1950–2049 as GeneralizedTime, which QCA then misreads as an invalid time.
    if (period.notBefore.date().year() < kFirstUtcTimeYear || !period.notAfter.isValid()
        || period.notAfter.date().year() > kLastUtcTimeYear) {
        throwInvalid(tr("A certificate must be valid within the years 1950 to 2049: the "
                        "cryptography library (QCA 2.3) misreads other dates."));
    }
}

void checkInput(const QString &name, const QString &email, const QString &passphrase)
{
    if (passphrase.isEmpty()) {
        throwInvalid(tr("A key file needs a passphrase; an empty one would leave the key "
                        "unprotected."));
    }
    if (name.isEmpty() || !isLatin1Text(name)) {
        throwInvalid(tr("The name \"%1\" cannot go into a certificate: it must not be empty, "
                        "and the cryptography library (QCA 2.3) can only write Latin-1 letters "
                        "into one.")
                         .arg(name));
    }
    if (!isPlainEmail(email)) {
        throwInvalid(tr("\"%1\" is not a plain ASCII e-mail address.").arg(email));
    }
}

void checkTarget(const QString &path)
{
    const QFileInfo target(path);
    if (target.exists()) {
        throw CryptoError(CryptoErrorKind::Io,
                          tr("%1 already exists. Quorum never overwrites a key file: choose "
                             "another file name.")
                              .arg(displayPath(path)));
    }
    if (!target.absoluteDir().exists()) {
        throw CryptoError(CryptoErrorKind::Io,
                          tr("The key file %1 cannot be written: its folder does not exist.")
                              .arg(displayPath(path)));
    }
}

QCA::BigInteger randomSerial()
{
    QCA::SecureArray bytes = QCA::Random::randomArray(kSerialBytes);
    // QCA reads the bytes as a signed big-endian number: clear the sign bit, set the next one
    // so that the serial is positive and keeps its full length.
    bytes[0] = static_cast<char>((static_cast<quint8>(bytes[0]) & 0x3F) | 0x40);
    return QCA::BigInteger(bytes);
}

QCA::CertificateOptions certificateOptions(const QString &name, const QString &email,
                                           const Period &period)
{
    QCA::CertificateInfo subject;
    subject.insert(QCA::CommonName, name);
    subject.insert(QCA::Email, email); // written as subjectAltName rfc822Name
    QCA::CertificateOptions options;
    options.setInfo(subject);
    options.setConstraints(QCA::Constraints{QCA::ConstraintType(QCA::DigitalSignature),
                                            QCA::ConstraintType(QCA::NonRepudiation)});
    options.setAsUser();
    options.setSerialNumber(randomSerial());
    options.setValidityPeriod(period.notBefore, period.notAfter);
    return options;
}

[[noreturn]] void throwGenerationFailed(const char *what)
{
    throw CryptoError(CryptoErrorKind::KeyGenerationFailed,
                      tr("The cryptography library could not create the new key. Check that "
                         "QCA's OpenSSL plugin is installed (installer/install-deps.sh)."),
                      QString::fromLatin1(what));
}

void writeOwnerOnly(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && file.write(data) == data.size() && file.commit();
    if (!written) {
        const QString reason = file.errorString();
        file.cancelWriting();
        throw CryptoError(CryptoErrorKind::Io,
                          tr("The key file %1 cannot be written.").arg(displayPath(path)), reason);
    }
}

CertificateInfo makeIdentity(const QString &name, const QString &email, const QString &p12Path,
                             const QString &passphrase, const Period &period, int validityDays)
{
    const QString commonName = name.trimmed();
    checkInput(commonName, email, passphrase);
    checkPeriod(period, validityDays);
    checkTarget(p12Path);
    const QCA::PrivateKey key = QCA::KeyGenerator().createRSA(kRsaBits);
    if (key.isNull()) {
        throwGenerationFailed("RSA key generation returned no key");
    }
    const QCA::Certificate cert(certificateOptions(commonName, email, period), key);
    if (cert.isNull()) {
        throwGenerationFailed("self-signed certificate creation failed");
    }
    QCA::KeyBundle bundle;
    bundle.setCertificateChainAndKey(QCA::CertificateChain(cert), key);
    // QCA passes the friendly name to OpenSSL as toLatin1() bytes and OpenSSL 3 reads them as
    // UTF-8 (a non-ASCII Latin-1 name makes the export fail): hand QCA the UTF-8 bytes.
    bundle.setName(QString::fromLatin1(commonName.toUtf8()));
    const QByteArray p12 = bundle.toArray(Internal::toSecureArray(passphrase));
    if (p12.isEmpty()) {
        throwGenerationFailed("PKCS#12 export returned nothing");
    }
    writeOwnerOnly(p12Path, p12);
    return Internal::describe(cert);
}

} // namespace

CertificateInfo generateIdentity(const QString &name, const QString &email, const QString &p12Path,
                                 const QString &passphrase, int validityDays)
{
    ensureReady();
    // Back-dated so that a verifier whose clock lags still accepts new signatures.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Period period{now.addSecs(-kBackdateSeconds), now.addDays(validityDays)};
    return makeIdentity(name, email, p12Path, passphrase, period, validityDays);
}

CertificateInfo generateIdentity(const QString &name, const QString &email, const QString &p12Path,
                                 const QString &passphrase, const CertificateValidity &validity)
{
    ensureReady();
    const QDateTime start = validity.notBefore.toUTC();
    const Period period{start, start.addDays(validity.days)};
    return makeIdentity(name, email, p12Path, passphrase, period, validity.days);
}

} // namespace Quorum::Crypto
