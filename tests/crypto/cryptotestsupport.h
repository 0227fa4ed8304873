// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/certificateinfo.h"
#include "crypto/identity.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch_tostring.hpp>

#include <functional>
#include <optional>

template<>
struct Catch::StringMaker<QString>
{
    static std::string convert(const QString &value) { return value.toStdString(); }
};

namespace Quorum::Test {

/// What the openssl command-line tool did.
struct ProcessResult
{
    int exitCode = -1;
    QByteArray output;
    QByteArray errors;
};

/// Runs the stock `openssl` with @p arguments (the independent verifier). Fails the test when
/// the tool is missing or does not finish.
ProcessResult runOpenssl(const QStringList &arguments);

/// The verification command from the issue: `openssl cms -verify -binary -inform DER -in
/// @p signaturePath -content @p contentPath -certfile @p certPath -noverify`, plus @p extra.
ProcessResult opensslVerify(const QString &signaturePath, const QString &contentPath,
                            const QString &certPath, const QStringList &extra = {});

/// Upper-case colon-separated hex ("AB:CD:…") as lower-case hex without separators.
QString normalisedFingerprint(const QString &opensslLine);

/// One identity made by generateIdentity() and the files around it.
struct TestIdentity
{
    QString name;
    QString email;
    QString p12Path;
    QString pemPath; ///< the certificate alone, PEM
    CertificateInfo certificate;
};

/// Two identities, each generated on first use and then kept for the rest of the process
/// (RSA-3072 takes about a second), in a temporary folder. Tests must not change their files.
/// The fixture holds no QCA object: QCA deinitialises itself when the QCoreApplication goes,
/// before statics are destroyed.
class CryptoFixture
{
public:
    static const CryptoFixture &instance();

    const TestIdentity &alice() const; ///< "Alice Ärger" <alice@example.org>
    const TestIdentity &bob() const;   ///< "Bob Builder" <bob@example.org>
    /// The key files opened afresh (a few milliseconds each).
    Identity aliceKey() const;
    Identity bobKey() const;

    /// A fresh path inside the fixture's folder (the file does not exist yet).
    QString newPath(const QString &suffix) const;

private:
    CryptoFixture();

    QTemporaryDir m_dir;
    mutable std::optional<TestIdentity> m_alice;
    mutable std::optional<TestIdentity> m_bob;
};

/// The passphrase of the fixture's key files.
QString fixturePassphrase();

/// A certificate and its unencrypted key made by openssl in @p dir.
struct OpensslCertificate
{
    QString certPath;
    QString keyPath;
};

/// What makeDatedCertificate() makes.
struct CertificateSpec
{
    QString stem;       ///< file names in the folder: STEM.pem, STEM-key.pem
    QString commonName; ///< unique within the folder (`openssl ca` refuses a repeated subject)
    QString startDate;  ///< "YYYYMMDDHHMMSSZ"
    QString endDate;    ///< "YYYYMMDDHHMMSSZ"
    QString keyUsage = QStringLiteral("critical, digitalSignature, nonRepudiation");
};

/// A self-signed RSA-2048 certificate made by `openssl ca -selfsign` in @p dir, which takes
/// explicit dates (`openssl req -x509` in OpenSSL 3.0 cannot back-date).
OpensslCertificate makeDatedCertificate(const QTemporaryDir &dir, const CertificateSpec &spec);

/// A self-signed RSA-2048 signing certificate valid from 2020-01-01 to 2021-01-01.
OpensslCertificate makeExpiredCertificate(const QTemporaryDir &dir);

/// The unencrypted private key of the PKCS#12 file @p p12Path (fixture passphrase), written
/// by openssl to a fresh PEM file whose path is returned.
QString exportPrivateKey(const QString &p12Path);

/// A detached signature over @p content made by stock `openssl cms -sign -binary -md sha256
/// -outform DER` with @p certPath and @p keyPath, plus @p extra options.
QByteArray opensslSign(const QByteArray &content, const QString &certPath, const QString &keyPath,
                       const QStringList &extra = {});

/// What @p action wrote to the process's standard output (file descriptor 1).
QByteArray stdoutDuring(const std::function<void()> &action);

/// @p cert and its key exported by openssl as PKCS#12 with @p passphrase.
QString exportPkcs12(const QTemporaryDir &dir, const OpensslCertificate &cert,
                     const QString &passphrase);

} // namespace Quorum::Test
