// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/cryptoerror.h"
#include "crypto/detachedsignature.h"
#include "crypto/identity.h"
#include "cryptotestsupport.h"
#include "tempdatabase.h"

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using namespace Quorum::Test;

namespace {

/// The error Identity::load throws for @p path, or fails the test when it loads.
CryptoError loadError(const QString &path, const QString &passphrase)
{
    try {
        Identity::load(path, passphrase);
    } catch (const CryptoError &error) {
        return error;
    }
    FAIL("the key file loaded");
    return CryptoError(CryptoErrorKind::Unavailable, {});
}

} // namespace

TEST_CASE("A generated key file opens with its passphrase and holds the generated certificate",
          "[models]")
{
    const CryptoFixture &fixture = CryptoFixture::instance();
    const Identity identity = Identity::load(fixture.alice().p12Path, fixturePassphrase());
    CHECK(identity.certificate().fingerprintSha256
          == fixture.alice().certificate.fingerprintSha256);
    CHECK(identity.certificate().pem == fixture.alice().certificate.pem);
    CHECK(identity.certificate().commonName == QStringLiteral("Alice Ärger"));

    SECTION("and the identity can be moved")
    {
        Identity moved = Identity::load(fixture.bob().p12Path, fixturePassphrase());
        Identity target = std::move(moved);
        CHECK(target.certificate().commonName == QStringLiteral("Bob Builder"));
    }
}

TEST_CASE("A key file refuses a wrong passphrase, naming the file", "[models]")
{
    const CryptoFixture &fixture = CryptoFixture::instance();
    const CryptoError error = loadError(fixture.alice().p12Path, QStringLiteral("wrong"));
    CHECK(error.kind() == CryptoErrorKind::WrongPassphrase);
    CHECK(error.message().contains(fixture.alice().p12Path));
    CHECK(error.message().contains(QStringLiteral("passphrase")));
}

TEST_CASE("A file that is not PKCS#12 is reported as a bad key file, naming it", "[models]")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.p12"));
    Test::writeFile(text, "This is a text file, not a key.\n");
    CryptoError error = loadError(text, QStringLiteral("pass"));
    CHECK(error.kind() == CryptoErrorKind::BadFile);
    CHECK(error.message().contains(text));

    const QString empty = dir.filePath(QStringLiteral("empty.p12"));
    Test::writeFile(empty, {});
    CHECK(loadError(empty, QStringLiteral("pass")).kind() == CryptoErrorKind::BadFile);

    const OpensslCertificate expired = makeExpiredCertificate(dir);
    error = loadError(expired.certPath, QStringLiteral("pass"));
    CHECK(error.kind() == CryptoErrorKind::BadFile);
    CHECK(error.message().contains(expired.certPath));
}

TEST_CASE("A missing key file is an I/O error naming it", "[models]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nowhere.p12"));
    const CryptoError error = loadError(path, QStringLiteral("pass"));
    CHECK(error.kind() == CryptoErrorKind::Io);
    CHECK(error.message().contains(path));
}

TEST_CASE("A PKCS#12 file exported by stock OpenSSL loads and signs", "[models]")
{
    QTemporaryDir dir;
    const OpensslCertificate cert{dir.filePath(QStringLiteral("dana.pem")),
                                  dir.filePath(QStringLiteral("dana-key.pem"))};
    REQUIRE(runOpenssl(
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                 QStringLiteral("rsa:2048"), QStringLiteral("-noenc"), QStringLiteral("-keyout"),
                 cert.keyPath, QStringLiteral("-out"), cert.certPath, QStringLiteral("-days"),
                 QStringLiteral("30"), QStringLiteral("-subj"),
                 QStringLiteral("/CN=Dana/emailAddress=dana@example.org"),
                 QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,digitalSignature")})
                .exitCode
            == 0);
    // No friendly name: QCA must cope with a file it did not write. The passphrase is not
    // ASCII: both sides must encode it as UTF-8.
    const QString passphrase = QStringLiteral("pässwörd ✓");
    const Identity identity = Identity::load(exportPkcs12(dir, cert, passphrase), passphrase);
    CHECK(identity.certificate().commonName == QStringLiteral("Dana"));
    CHECK(identity.certificate().email == QStringLiteral("dana@example.org"));
    CHECK(identity.certificate().canSign);
    CHECK_FALSE(identity.certificate().nonRepudiation);
    const QByteArray content = "{\"verdict\":\"approve\"}";
    const QByteArray signature = Crypto::signDetached(identity, content);
    CHECK(Crypto::verifyDetached(signature, content, identity.certificate().pem).valid);
}

TEST_CASE("A PKCS#12 file without a private key cannot be told from a wrong passphrase", "[models]")
{
    // QCA 2.3.10 reports both as the same decode error; the message names both causes.
    QTemporaryDir dir;
    const CryptoFixture &fixture = CryptoFixture::instance();
    const QString path = dir.filePath(QStringLiteral("certonly.p12"));
    REQUIRE(
        runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-nokeys"),
                    QStringLiteral("-in"), fixture.alice().pemPath, QStringLiteral("-passout"),
                    QStringLiteral("pass:pw"), QStringLiteral("-out"), path})
            .exitCode
        == 0);
    const CryptoError error = loadError(path, QStringLiteral("pw"));
    CHECK(error.kind() == CryptoErrorKind::WrongPassphrase);
    CHECK(error.message().contains(QStringLiteral("holds no private key")));
}

TEST_CASE("A PKCS#12 file with a key but no certificate is refused as a bad file", "[models]")
{
    // Handed to QCA 2.3.10, such a file crashes the process.
    QTemporaryDir dir;
    const OpensslCertificate expired = makeExpiredCertificate(dir);
    const QString path = dir.filePath(QStringLiteral("keyonly.p12"));
    REQUIRE(
        runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-nocerts"),
                    QStringLiteral("-inkey"), expired.keyPath, QStringLiteral("-passout"),
                    QStringLiteral("pass:pw"), QStringLiteral("-out"), path})
            .exitCode
        == 0);
    const CryptoError error = loadError(path, QStringLiteral("pw"));
    CHECK(error.kind() == CryptoErrorKind::BadFile);
    CHECK(error.message().contains(QStringLiteral("no certificate")));
}
