// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/cryptoerror.h"
#include "crypto/detachedsignature.h"
#include "cryptotestsupport.h"
#include "tempdatabase.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace Quorum;
using namespace Quorum::Test;

namespace {

const QByteArray kStatement
    = R"({"artifact_sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",)"
      R"("rationale":"Meets every threshold.","request_id":42,"verdict":"approve"})";

QByteArray binaryContent()
{
    QByteArray bytes;
    for (int i = 0; i < 512; ++i) {
        bytes.append(static_cast<char>(i % 256));
    }
    return bytes;
}

QByteArray megabyteContent()
{
    QByteArray bytes;
    bytes.reserve(1 << 20);
    while (bytes.size() < (1 << 20)) {
        bytes.append("{\"row\":\"0123456789abcdef\"}\n");
    }
    bytes.truncate(1 << 20);
    return bytes;
}

/// Writes @p bytes to a fresh file in the fixture's folder and returns its path.
QString fileWith(const QByteArray &bytes, const QString &suffix)
{
    const QString path = CryptoFixture::instance().newPath(suffix);
    Test::writeFile(path, bytes);
    return path;
}

/// Stock OpenSSL's answer, with the signer pinned to @p certPath (-nointern: certificates
/// embedded in the signature are not searched for the signer).
bool opensslAcceptsPinned(const QByteArray &signature, const QByteArray &content,
                          const QString &certPath)
{
    return opensslVerify(fileWith(signature, QStringLiteral(".p7s")),
                         fileWith(content, QStringLiteral(".txt")), certPath,
                         {QStringLiteral("-nointern")})
               .exitCode
        == 0;
}

QString cmsPrint(const QByteArray &signature)
{
    const ProcessResult printed
        = runOpenssl({QStringLiteral("cms"), QStringLiteral("-cmsout"), QStringLiteral("-print"),
                      QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                      fileWith(signature, QStringLiteral(".p7s"))});
    REQUIRE(printed.exitCode == 0);
    return QString::fromUtf8(printed.output);
}

} // namespace

TEST_CASE("A detached signature verifies with stock OpenSSL", "[models]")
{
    const CryptoFixture &fixture = CryptoFixture::instance();
    const auto [label, content] = GENERATE(table<const char *, QByteArray>({
        {"canonical JSON", kStatement},
        {"non-ASCII UTF-8",
         QStringLiteral("{\"rationale\":\"Geprüft ✓ — Zoë Łukasz 王\"}").toUtf8()},
        {"mixed line endings", "line one\nline two\r\nline three\r"},
        {"binary bytes including NUL", binaryContent()},
        {"one megabyte", megabyteContent()},
        {"nothing", QByteArray()},
    }));
    INFO(label);
    const QByteArray signature = Crypto::signDetached(fixture.aliceKey(), content);
    const ProcessResult result
        = opensslVerify(fileWith(signature, QStringLiteral(".p7s")),
                        fileWith(content, QStringLiteral(".json")), fixture.alice().pemPath);
    INFO(result.errors.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(result.errors.contains("Verification successful"));
    CHECK(opensslAcceptsPinned(signature, content, fixture.alice().pemPath));
    const SignatureCheck check
        = Crypto::verifyDetached(signature, content, fixture.alice().certificate.pem);
    CHECK(check.valid);
    CHECK(check.status == SignatureStatus::Valid);
    CHECK(check.signerFingerprint == fixture.alice().certificate.fingerprintSha256);
    CHECK(check.problem.isEmpty());
}

TEST_CASE("A signature is detached, SHA-256, and carries the signer's certificate", "[models]")
{
    const CryptoFixture &fixture = CryptoFixture::instance();
    const QByteArray content = megabyteContent();
    const QByteArray signature = Crypto::signDetached(fixture.aliceKey(), content);
    CHECK(signature.size() < 8 * 1024);
    const QByteArray distinctive = "Quorum decision 7f3a: approve";
    CHECK_FALSE(Crypto::signDetached(fixture.aliceKey(), distinctive).contains(distinctive));

    const QString printed = cmsPrint(signature);
    CHECK(printed.contains(QStringLiteral("eContent: <ABSENT>")));
    CHECK(printed.contains(QStringLiteral("digestAlgorithm: \n          algorithm: sha256 ")));
    CHECK(printed.contains(QStringLiteral("signingTime")));
    CHECK(printed.contains(QStringLiteral("sha256WithRSAEncryption"))); // the certificate's
    const ProcessResult certificates
        = runOpenssl({QStringLiteral("pkcs7"), QStringLiteral("-inform"), QStringLiteral("DER"),
                      QStringLiteral("-in"), fileWith(signature, QStringLiteral(".p7s")),
                      QStringLiteral("-print_certs")});
    REQUIRE(certificates.exitCode == 0);
    CHECK(Crypto::certificateFromPem(certificates.output).fingerprintSha256
          == fixture.alice().certificate.fingerprintSha256);
}

TEST_CASE("One changed byte of content is caught by Quorum and by OpenSSL", "[models]")
{
    const CryptoFixture &fixture = CryptoFixture::instance();
    const QByteArray signature = Crypto::signDetached(fixture.aliceKey(), kStatement);
    QByteArray changed = kStatement;
    changed[changed.indexOf("approve")] = 'A';
    const SignatureCheck check
        = Crypto::verifyDetached(signature, changed, fixture.alice().certificate.pem);
    CHECK_FALSE(check.valid);
    CHECK(check.status == SignatureStatus::ContentMismatch);
    CHECK(check.problem.contains(QStringLiteral("changed after signing")));
    CHECK_FALSE(opensslAcceptsPinned(signature, changed, fixture.alice().pemPath));
    CHECK(opensslVerify(fileWith(signature, QStringLiteral(".p7s")),
                        fileWith(changed, QStringLiteral(".json")), fixture.alice().pemPath)
              .exitCode
          != 0);
}

TEST_CASE("A signature by another identity is refused when the first one's certificate is expected",
          "[models]")
{
    const CryptoFixture &fixture = CryptoFixture::instance();
    const QByteArray bobsSignature = Crypto::signDetached(fixture.bobKey(), kStatement);
    const SignatureCheck check
        = Crypto::verifyDetached(bobsSignature, kStatement, fixture.alice().certificate.pem);
    CHECK_FALSE(check.valid);
    CHECK(check.status == SignatureStatus::OtherSigner);
    CHECK(check.signerFingerprint == fixture.bob().certificate.fingerprintSha256);
    CHECK(check.problem.contains(QStringLiteral("Bob Builder")));
    CHECK(check.problem.contains(QStringLiteral("Alice Ärger")));
    CHECK_FALSE(opensslAcceptsPinned(bobsSignature, kStatement, fixture.alice().pemPath));
    // Without pinning, OpenSSL takes the certificate embedded in the signature at its word:
    // that is a sound signature by Bob. Comparing fingerprints is what makes it Alice's or not.
    CHECK(opensslVerify(fileWith(bobsSignature, QStringLiteral(".p7s")),
                        fileWith(kStatement, QStringLiteral(".json")), fixture.alice().pemPath)
              .exitCode
          == 0);
}

TEST_CASE("A certificate forged with the expected issuer and serial cannot stand in for it",
          "[models]")
{
    const CryptoFixture &fixture = CryptoFixture::instance();
    const QString bobsKey = fixture.newPath(QStringLiteral("-key.pem"));
    REQUIRE(
        runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), fixture.bob().p12Path,
                    QStringLiteral("-nocerts"), QStringLiteral("-noenc"), QStringLiteral("-passin"),
                    QStringLiteral("pass:") + fixturePassphrase(), QStringLiteral("-out"), bobsKey})
            .exitCode
        == 0);
    const ProcessResult serial
        = runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), fixture.alice().pemPath,
                      QStringLiteral("-noout"), QStringLiteral("-serial")});
    const QString forged = fixture.newPath(QStringLiteral(".pem"));
    REQUIRE(
        runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-key"), bobsKey,
                    QStringLiteral("-utf8"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=Alice Ärger"), QStringLiteral("-set_serial"),
                    QStringLiteral("0x") + QString::fromLatin1(serial.output.trimmed().mid(7)),
                    QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-out"), forged})
            .exitCode
        == 0);
    const QString contentPath = fileWith(kStatement, QStringLiteral(".json"));
    const QString signaturePath = fixture.newPath(QStringLiteral(".p7s"));
    REQUIRE(runOpenssl({QStringLiteral("cms"), QStringLiteral("-sign"), QStringLiteral("-binary"),
                        QStringLiteral("-md"), QStringLiteral("sha256"), QStringLiteral("-in"),
                        contentPath, QStringLiteral("-signer"), forged, QStringLiteral("-inkey"),
                        bobsKey, QStringLiteral("-outform"), QStringLiteral("DER"),
                        QStringLiteral("-out"), signaturePath})
                .exitCode
            == 0);
    const QByteArray signature = Test::readFile(signaturePath);
    const SignatureCheck check
        = Crypto::verifyDetached(signature, kStatement, fixture.alice().certificate.pem);
    CHECK_FALSE(check.valid);
    CHECK_FALSE(opensslAcceptsPinned(signature, kStatement, fixture.alice().pemPath));
}

TEST_CASE("Garbage, truncated and empty signatures are reported as damaged", "[models]")
{
    const CryptoFixture &fixture = CryptoFixture::instance();
    const QByteArray good = Crypto::signDetached(fixture.aliceKey(), kStatement);
    const QByteArray pem = fixture.alice().certificate.pem;
    const auto [label, signature] = GENERATE_COPY(table<const char *, QByteArray>({
        {"garbage", QByteArray("this is not a signature at all")},
        {"truncated", good.left(good.size() / 2)},
        {"empty", QByteArray()},
        {"DER of something else", QByteArray::fromHex("300602010302010a")},
    }));
    INFO(label);
    const SignatureCheck check = Crypto::verifyDetached(signature, kStatement, pem);
    CHECK_FALSE(check.valid);
    CHECK(check.status == SignatureStatus::Malformed);
    CHECK(check.problem.contains(QStringLiteral("damaged")));
    CHECK(check.signerFingerprint.isEmpty());
    CHECK_FALSE(opensslAcceptsPinned(signature, kStatement, fixture.alice().pemPath));
}

TEST_CASE("Signing twice gives two signatures that both verify", "[models]")
{
    const CryptoFixture &fixture = CryptoFixture::instance();
    const QByteArray first = Crypto::signDetached(fixture.aliceKey(), kStatement);
    const QByteArray second = Crypto::signDetached(fixture.aliceKey(), kStatement);
    for (const QByteArray &signature : {first, second}) {
        CHECK(Crypto::verifyDetached(signature, kStatement, fixture.alice().certificate.pem).valid);
        CHECK(opensslAcceptsPinned(signature, kStatement, fixture.alice().pemPath));
    }
}

TEST_CASE("A signature made by stock OpenSSL with the same key is accepted", "[models]")
{
    const CryptoFixture &fixture = CryptoFixture::instance();
    const QString key = fixture.newPath(QStringLiteral("-key.pem"));
    REQUIRE(
        runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), fixture.alice().p12Path,
                    QStringLiteral("-nocerts"), QStringLiteral("-noenc"), QStringLiteral("-passin"),
                    QStringLiteral("pass:") + fixturePassphrase(), QStringLiteral("-out"), key})
            .exitCode
        == 0);
    const QString signaturePath = fixture.newPath(QStringLiteral(".p7s"));
    REQUIRE(runOpenssl({QStringLiteral("cms"), QStringLiteral("-sign"), QStringLiteral("-binary"),
                        QStringLiteral("-md"), QStringLiteral("sha256"), QStringLiteral("-in"),
                        fileWith(kStatement, QStringLiteral(".json")), QStringLiteral("-signer"),
                        fixture.alice().pemPath, QStringLiteral("-inkey"), key,
                        QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"),
                        signaturePath})
                .exitCode
            == 0);
    const SignatureCheck check = Crypto::verifyDetached(Test::readFile(signaturePath), kStatement,
                                                        fixture.alice().certificate.pem);
    CHECK(check.valid);
}

TEST_CASE("A signature whose certificate has expired is reported as uncheckable, not as tampered",
          "[models]")
{
    QTemporaryDir dir;
    const OpensslCertificate expired = makeExpiredCertificate(dir);
    const QString contentPath = dir.filePath(QStringLiteral("statement.json"));
    Test::writeFile(contentPath, kStatement);
    const QString signaturePath = dir.filePath(QStringLiteral("statement.p7s"));
    REQUIRE(runOpenssl({QStringLiteral("cms"), QStringLiteral("-sign"), QStringLiteral("-binary"),
                        QStringLiteral("-md"), QStringLiteral("sha256"), QStringLiteral("-in"),
                        contentPath, QStringLiteral("-signer"), expired.certPath,
                        QStringLiteral("-inkey"), expired.keyPath, QStringLiteral("-outform"),
                        QStringLiteral("DER"), QStringLiteral("-out"), signaturePath})
                .exitCode
            == 0);
    const QByteArray pem = Test::readFile(expired.certPath);
    const SignatureCheck check
        = Crypto::verifyDetached(Test::readFile(signaturePath), kStatement, pem);
    CHECK_FALSE(check.valid);
    CHECK(check.status == SignatureStatus::CertificateNotCurrent);
    CHECK(check.problem.contains(QStringLiteral("2021-01-01")));

    SECTION("and an expired key does not sign")
    {
        const Identity identity = Identity::load(exportPkcs12(dir, expired, QStringLiteral("pw")),
                                                 QStringLiteral("pw"));
        try {
            Crypto::signDetached(identity, kStatement);
            FAIL("an expired certificate signed");
        } catch (const CryptoError &error) {
            CHECK(error.kind() == CryptoErrorKind::SigningFailed);
            CHECK(error.message().contains(QStringLiteral("keygen")));
        }
    }
}

TEST_CASE("An expected certificate that is not PEM is an error, not a failed check", "[models]")
{
    CHECK_THROWS_AS(Crypto::verifyDetached("x", kStatement, "not a certificate"), CryptoError);
}
