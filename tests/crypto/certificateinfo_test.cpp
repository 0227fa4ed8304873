// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/certificateinfo.h"
#include "crypto/cryptoerror.h"
#include "cryptotestsupport.h"
#include "tempdatabase.h"

#include <QDateTime>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using namespace Quorum::Test;

namespace {

CryptoError readError(const QString &path)
{
    try {
        Crypto::readCertificate(path);
    } catch (const CryptoError &error) {
        return error;
    }
    FAIL("the file was read as a certificate");
    return CryptoError(CryptoErrorKind::Unavailable, {});
}

void makeCertificate(const QTemporaryDir &dir, const QString &stem, const QStringList &extra)
{
    REQUIRE(
        runOpenssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509"),
                               QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                               QStringLiteral("-noenc"), QStringLiteral("-keyout"),
                               dir.filePath(stem + QStringLiteral("-key.pem")),
                               QStringLiteral("-out"), dir.filePath(stem + QStringLiteral(".pem")),
                               QStringLiteral("-days"), QStringLiteral("30")}
                   + extra)
            .exitCode
        == 0);
}

} // namespace

TEST_CASE("A PEM or DER certificate file reads as the certificate it holds", "[models]")
{
    const CryptoFixture &fixture = CryptoFixture::instance();
    const CertificateInfo &expected = fixture.alice().certificate;
    const CertificateInfo pem = Crypto::readCertificate(fixture.alice().pemPath);
    CHECK(pem.fingerprintSha256 == expected.fingerprintSha256);
    CHECK(pem.commonName == expected.commonName);
    CHECK(pem.email == expected.email);
    CHECK(pem.notBefore == expected.notBefore);
    CHECK(pem.notAfter == expected.notAfter);
    CHECK(pem.selfSigned);

    const QString derPath = fixture.newPath(QStringLiteral(".der"));
    REQUIRE(runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), fixture.alice().pemPath,
                        QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"),
                        derPath})
                .exitCode
            == 0);
    CHECK(Crypto::readCertificate(derPath).fingerprintSha256 == expected.fingerprintSha256);
    CHECK(Crypto::certificateFromPem(expected.pem).fingerprintSha256 == expected.fingerprintSha256);
}

TEST_CASE("A key file read as a certificate needs its passphrase", "[models]")
{
    const CryptoFixture &fixture = CryptoFixture::instance();
    const CryptoError error = readError(fixture.bob().p12Path);
    CHECK(error.kind() == CryptoErrorKind::WrongPassphrase);
    CHECK(error.message().contains(fixture.bob().p12Path));
    CHECK(Crypto::readCertificate(fixture.bob().p12Path, fixturePassphrase()).fingerprintSha256
          == fixture.bob().certificate.fingerprintSha256);
}

TEST_CASE("A file that is no certificate is refused, naming it", "[models]")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("cert.pem"));
    Test::writeFile(text,
                    "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n"
                    "-----END CERTIFICATE-----\n");
    CryptoError error = readError(text);
    CHECK(error.kind() == CryptoErrorKind::BadFile);
    CHECK(error.message().contains(text));

    const QString missing = dir.filePath(QStringLiteral("missing.pem"));
    error = readError(missing);
    CHECK(error.kind() == CryptoErrorKind::Io);
    CHECK(error.message().contains(missing));

    CHECK_THROWS_AS(Crypto::certificateFromPem("not a certificate"), CryptoError);
}

TEST_CASE("An expired certificate is read and reported as expired, not refused", "[models]")
{
    QTemporaryDir dir;
    const OpensslCertificate expired = makeExpiredCertificate(dir);
    const CertificateInfo info = Crypto::readCertificate(expired.certPath);
    CHECK(info.commonName == QStringLiteral("Erin Expired"));
    CHECK(info.notBefore == QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC));
    CHECK(info.notAfter == QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC));
    CHECK_FALSE(info.isValidAt(QDateTime::currentDateTimeUtc()));
    CHECK(info.isValidAt(QDateTime(QDate(2020, 6, 1), QTime(12, 0), Qt::UTC)));
    CHECK(info.selfSigned);
    CHECK(info.canSign);
    CHECK(info.nonRepudiation);
}

TEST_CASE("A certificate issued by a CA is not reported as self-signed", "[models]")
{
    QTemporaryDir dir;
    makeCertificate(dir, QStringLiteral("ca"),
                    {QStringLiteral("-subj"), QStringLiteral("/CN=Test CA")});
    const QString request = dir.filePath(QStringLiteral("leaf.csr"));
    const QString leaf = dir.filePath(QStringLiteral("leaf.pem"));
    REQUIRE(
        runOpenssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-noenc"), QStringLiteral("-keyout"),
                    dir.filePath(QStringLiteral("leaf-key.pem")), QStringLiteral("-out"), request,
                    QStringLiteral("-subj"), QStringLiteral("/CN=Test CA")})
            .exitCode
        == 0);
    // Same subject as its issuer, so only the signature check can tell.
    REQUIRE(runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        request, QStringLiteral("-CA"), dir.filePath(QStringLiteral("ca.pem")),
                        QStringLiteral("-CAkey"), dir.filePath(QStringLiteral("ca-key.pem")),
                        QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                        QStringLiteral("30"), QStringLiteral("-out"), leaf})
                .exitCode
            == 0);
    CHECK(Crypto::readCertificate(dir.filePath(QStringLiteral("ca.pem"))).selfSigned);
    CHECK_FALSE(Crypto::readCertificate(leaf).selfSigned);
}

TEST_CASE("A certificate name with letters beyond Latin-1 reads back as written", "[models]")
{
    QTemporaryDir dir;
    makeCertificate(
        dir, QStringLiteral("zoe"),
        {QStringLiteral("-utf8"), QStringLiteral("-subj"), QStringLiteral("/CN=Zoë Łukasz 王")});
    CHECK(Crypto::readCertificate(dir.filePath(QStringLiteral("zoe.pem"))).commonName
          == QStringLiteral("Zoë Łukasz 王"));
}
