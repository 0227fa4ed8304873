// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/cryptoerror.h"
#include "crypto/keygenerator.h"
#include "cryptotestsupport.h"
#include "tempdatabase.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>

#include <catch2/catch_test_macros.hpp>

#include <filesystem>

using namespace Quorum;
using namespace Quorum::Test;

namespace {

QString certificateText(const TestIdentity &identity)
{
    const ProcessResult result = runOpenssl(
        {QStringLiteral("x509"), QStringLiteral("-in"), identity.pemPath, QStringLiteral("-noout"),
         QStringLiteral("-text"), QStringLiteral("-nameopt"), QStringLiteral("utf8")});
    REQUIRE(result.exitCode == 0);
    return QString::fromUtf8(result.output);
}

QString opensslField(const TestIdentity &identity, const QString &option,
                     const QString &argument = {})
{
    QStringList arguments{QStringLiteral("x509"), QStringLiteral("-in"), identity.pemPath,
                          QStringLiteral("-noout"), option};
    if (!argument.isEmpty()) {
        arguments << argument;
    }
    const ProcessResult result = runOpenssl(arguments);
    REQUIRE(result.exitCode == 0);
    return QString::fromLatin1(result.output.trimmed());
}

/// Takes the certificate apart with `openssl asn1parse` and checks its signature with its own
/// public key using `openssl dgst -verify`: self-signed in the cryptographic sense.
bool opensslVerifiesSelfSignature(const QString &pemPath, const CryptoFixture &fixture)
{
    const ProcessResult parsed
        = runOpenssl({QStringLiteral("asn1parse"), QStringLiteral("-in"), pemPath});
    REQUIRE(parsed.exitCode == 0);
    static const QRegularExpression kTopLevel(
        QStringLiteral(R"(^\s*(\d+):d=1\s+hl=(\d+)\s+l=\s*(\d+))"),
        QRegularExpression::MultilineOption);
    QList<QRegularExpressionMatch> parts;
    for (const QRegularExpressionMatch &match :
         kTopLevel.globalMatch(QString::fromLatin1(parsed.output))) {
        parts << match;
    }
    REQUIRE(parts.size() == 3); // TBSCertificate, signature algorithm, signature value
    const QString tbs = fixture.newPath(QStringLiteral(".tbs"));
    const QString signature = fixture.newPath(QStringLiteral(".sig"));
    const QString publicKey = fixture.newPath(QStringLiteral(".pub"));
    const int tbsLength = parts[0].captured(2).toInt() + parts[0].captured(3).toInt();
    REQUIRE(runOpenssl({QStringLiteral("asn1parse"), QStringLiteral("-in"), pemPath,
                        QStringLiteral("-offset"), parts[0].captured(1), QStringLiteral("-length"),
                        QString::number(tbsLength), QStringLiteral("-noout"),
                        QStringLiteral("-out"), tbs})
                .exitCode
            == 0);
    REQUIRE(runOpenssl({QStringLiteral("asn1parse"), QStringLiteral("-in"), pemPath,
                        QStringLiteral("-strparse"), parts[2].captured(1), QStringLiteral("-noout"),
                        QStringLiteral("-out"), signature})
                .exitCode
            == 0);
    REQUIRE(runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), pemPath,
                        QStringLiteral("-noout"), QStringLiteral("-pubkey"), QStringLiteral("-out"),
                        publicKey})
                .exitCode
            == 0);
    return runOpenssl({QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-verify"),
                       publicKey, QStringLiteral("-signature"), signature, tbs})
               .exitCode
        == 0;
}

CryptoErrorKind refusalKind(const QString &name, const QString &email, const QString &path,
                            const QString &passphrase)
{
    try {
        Crypto::generateIdentity(name, email, path, passphrase);
    } catch (const CryptoError &error) {
        return error.kind();
    }
    FAIL("generateIdentity accepted what it should refuse");
    return CryptoErrorKind::Unavailable;
}

} // namespace

TEST_CASE("A generated key file", "[models]")
{
    const CryptoFixture &fixture = CryptoFixture::instance();
    const TestIdentity &alice = fixture.alice();

    SECTION("opens with stock OpenSSL and the passphrase given, and with nothing else")
    {
        const ProcessResult opened
            = runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), alice.p12Path,
                          QStringLiteral("-nokeys"), QStringLiteral("-passin"),
                          QStringLiteral("pass:") + fixturePassphrase()});
        CHECK(opened.exitCode == 0);
        CHECK(opened.output.contains("-----BEGIN CERTIFICATE-----"));
        // The friendly name is a BMPString; OpenSSL 3.0 prints it one byte per character, later
        // releases as UTF-8.
        const QString friendlyName = QStringLiteral("friendlyName: Alice Ärger");
        CHECK((opened.output.contains(friendlyName.toLatin1())
               || opened.output.contains(friendlyName.toUtf8())));
        const ProcessResult refused = runOpenssl(
            {QStringLiteral("pkcs12"), QStringLiteral("-in"), alice.p12Path,
             QStringLiteral("-nokeys"), QStringLiteral("-passin"), QStringLiteral("pass:wrong")});
        CHECK(refused.exitCode != 0);
    }

    SECTION("holds a private key encrypted with the passphrase")
    {
        const ProcessResult key = runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"),
                                              alice.p12Path, QStringLiteral("-nocerts"),
                                              QStringLiteral("-noenc"), QStringLiteral("-passin"),
                                              QStringLiteral("pass:") + fixturePassphrase()});
        CHECK(key.exitCode == 0);
        CHECK(key.output.contains("-----BEGIN PRIVATE KEY-----"));
        CHECK_FALSE(Test::readFile(alice.p12Path).contains("PRIVATE KEY"));
    }

    SECTION("is readable and writable by its owner only (mode 0600)")
    {
        namespace fs = std::filesystem;
        const fs::perms perms = fs::status(alice.p12Path.toStdString()).permissions();
        CHECK(perms == (fs::perms::owner_read | fs::perms::owner_write));
    }

    SECTION("holds a self-signed RSA-3072 certificate, signed with SHA-256, for signing only")
    {
        const QString text = certificateText(alice);
        CHECK(text.contains(QStringLiteral("Public-Key: (3072 bit)")));
        CHECK(text.contains(QStringLiteral("Signature Algorithm: sha256WithRSAEncryption")));
        CHECK(text.contains(QStringLiteral("Issuer: CN=Alice Ärger\n")));
        CHECK(text.contains(QStringLiteral("Subject: CN=Alice Ärger\n")));
        CHECK(
            text.contains(QStringLiteral("X509v3 Key Usage: critical\n"
                                         "                Digital Signature, Non Repudiation\n")));
        CHECK(text.contains(QStringLiteral("CA:FALSE")));
        CHECK(text.contains(QStringLiteral("email:alice@example.org")));
        CHECK(opensslVerifiesSelfSignature(alice.pemPath, fixture));
    }

    SECTION("is described by Quorum as OpenSSL sees it")
    {
        const CertificateInfo &info = alice.certificate;
        CHECK(info.commonName == QStringLiteral("Alice Ärger"));
        CHECK(info.email == QStringLiteral("alice@example.org"));
        CHECK(info.selfSigned);
        CHECK(info.canSign);
        CHECK(info.nonRepudiation);
        const QString fingerprint = normalisedFingerprint(
            opensslField(alice, QStringLiteral("-fingerprint"), QStringLiteral("-sha256")));
        CHECK(fingerprint.size() == 64);
        CHECK(info.fingerprintSha256 == fingerprint);
        CHECK(info.pem == Test::readFile(alice.pemPath));
    }

    SECTION("is valid from an hour ago for three years")
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const CertificateInfo &info = alice.certificate;
        CHECK(info.notBefore <= now.addSecs(-3500));
        CHECK(info.notBefore >= now.addSecs(-3600 - 600));
        CHECK(info.notBefore.secsTo(info.notAfter) == 3600 + 3 * 365 * 86400);
        CHECK(info.isValidAt(now));
        CHECK(opensslField(alice, QStringLiteral("-checkend"), QStringLiteral("86400"))
              == QStringLiteral("Certificate will not expire"));
    }

    SECTION("gets its own positive random serial number")
    {
        const QString aliceSerial = opensslField(alice, QStringLiteral("-serial"));
        const QString bobSerial = opensslField(fixture.bob(), QStringLiteral("-serial"));
        CHECK(aliceSerial != bobSerial);
        // 16 bytes with the top bit clear: 32 hex digits starting with 4…7.
        CHECK(QRegularExpression(QStringLiteral("^serial=[4-7][0-9A-F]{31}$"))
                  .match(aliceSerial)
                  .hasMatch());
    }
}

TEST_CASE("Key generation never overwrites an existing file", "[models]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("taken.p12"));
    Test::writeFile(path, "precious");
    try {
        Crypto::generateIdentity(QStringLiteral("Carol"), QStringLiteral("carol@example.org"), path,
                                 QStringLiteral("pass"));
        FAIL("an existing file was overwritten");
    } catch (const CryptoError &error) {
        CHECK(error.kind() == CryptoErrorKind::Io);
        CHECK(error.message().contains(path));
        CHECK(error.message().contains(QStringLiteral("another file name")));
    }
    CHECK(Test::readFile(path) == "precious");
}

TEST_CASE("Key generation refuses, before making a key, input it cannot honour", "[models]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.p12"));
    const QString name = QStringLiteral("Carol");
    const QString email = QStringLiteral("carol@example.org");
    const QString pass = QStringLiteral("pass");

    SECTION("an empty passphrase, which would leave the key unprotected")
    {
        CHECK(refusalKind(name, email, path, QString()) == CryptoErrorKind::InvalidInput);
    }
    SECTION("a name QCA would write as question marks")
    {
        CHECK(refusalKind(QStringLiteral("Łukasz"), email, path, pass)
              == CryptoErrorKind::InvalidInput);
        CHECK(refusalKind(QStringLiteral("王"), email, path, pass)
              == CryptoErrorKind::InvalidInput);
    }
    SECTION("an empty name or a malformed e-mail address")
    {
        CHECK(refusalKind(QStringLiteral("  "), email, path, pass)
              == CryptoErrorKind::InvalidInput);
        CHECK(refusalKind(name, QStringLiteral("carol"), path, pass)
              == CryptoErrorKind::InvalidInput);
        CHECK(refusalKind(name, QStringLiteral("carol@ex ample.org"), path, pass)
              == CryptoErrorKind::InvalidInput);
    }
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("Key generation into a folder that does not exist is an I/O error naming the file",
          "[models]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/folder/new.p12"));
    try {
        Crypto::generateIdentity(QStringLiteral("Carol"), QStringLiteral("carol@example.org"), path,
                                 QStringLiteral("pass"), 30);
        FAIL("no error");
    } catch (const CryptoError &error) {
        CHECK(error.kind() == CryptoErrorKind::Io);
        CHECK(error.message().contains(path));
    }
}
