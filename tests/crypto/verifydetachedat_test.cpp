// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/detachedsignature.h"
#include "cryptotestsupport.h"
#include "tempdatabase.h"

#include <QDateTime>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <string>

using namespace Quorum;
using namespace Quorum::Test;

namespace {

const QByteArray kStatement
    = R"({"decided_at":"2020-06-01T12:00:00Z","request_id":7,"verdict":"approve"})";

QDateTime utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0), Qt::UTC);
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

SignatureStatus statusAt(const QByteArray &signature, const QByteArray &content,
                         const QByteArray &pem, const QDateTime &signingTime)
{
    return Crypto::verifyDetachedAt(signature, content, pem, signingTime).status;
}

/// Stock OpenSSL's answer with the signer pinned to @p certPath.
bool opensslAcceptsPinned(const QByteArray &signature, const QByteArray &content,
                          const QString &certPath)
{
    const CryptoFixture &fixture = CryptoFixture::instance();
    const QString signaturePath = fixture.newPath(QStringLiteral(".p7s"));
    const QString contentPath = fixture.newPath(QStringLiteral(".json"));
    Test::writeFile(signaturePath, signature);
    Test::writeFile(contentPath, content);
    return opensslVerify(signaturePath, contentPath, certPath, {QStringLiteral("-nointern")})
               .exitCode
        == 0;
}

/// The length of the DER header at @p offset (tag, then a short or long definite length).
qsizetype headerLength(const QByteArray &der, qsizetype offset)
{
    const auto first = static_cast<quint8>(der[offset + 1]);
    return first < 0x80 ? 2 : 2 + (first & 0x7F);
}

/// @p der re-encoded as BER the way streaming encoders write it: ContentInfo, its [0],
/// SignedData and encapContentInfo with indefinite lengths. Nothing signed changes.
QByteArray withIndefiniteLengths(const QByteArray &der)
{
    static const QByteArray kEncapsulated = QByteArray::fromHex("300b06092a864886f70d010701");
    const qsizetype oid = headerLength(der, 0);
    const qsizetype explicitTag = oid + 11;
    const qsizetype signedData = explicitTag + headerLength(der, explicitTag);
    REQUIRE(der.mid(oid, 11) == QByteArray::fromHex("06092a864886f70d010702"));
    REQUIRE(der.mid(explicitTag, 1) == "\xA0");
    QByteArray body = der.mid(signedData + headerLength(der, signedData));
    REQUIRE(body.count(kEncapsulated) == 1);
    body.replace(kEncapsulated, QByteArray::fromHex("308006092a864886f70d0107010000"));
    return QByteArray::fromHex("3080") + der.mid(oid, 11) + QByteArray::fromHex("a0803080") + body
        + QByteArray(6, '\0');
}

/// Alice's signature over @p content, made by Quorum or by stock openssl with @p options.
QByteArray aliceSignature(const std::string &options, const QByteArray &content)
{
    const CryptoFixture &fixture = CryptoFixture::instance();
    if (options == "Quorum") {
        return Crypto::signDetached(fixture.aliceKey(), content);
    }
    if (options == "Quorum, as BER") {
        return withIndefiniteLengths(Crypto::signDetached(fixture.aliceKey(), content));
    }
    return opensslSign(content, fixture.alice().pemPath, exportPrivateKey(fixture.alice().p12Path),
                       QString::fromStdString(options).split(QLatin1Char(' ')));
}

/// @p signature with the last digit of the seconds of its signingTime attribute changed.
QByteArray withSigningTimeChanged(QByteArray signature)
{
    // attribute type 1.2.840.113549.1.9.5, SET { UTCTime "YYMMDDHHMMSSZ" }
    static const QByteArray kPrefix = QByteArray::fromHex("06092a864886f70d010905310f170d");
    const qsizetype type = signature.indexOf(kPrefix);
    REQUIRE(type > 0);
    const qsizetype digit = type + kPrefix.size() + 11;
    signature[digit] = static_cast<char>('0' + (signature[digit] - '0' + 1) % 10);
    return signature;
}

} // namespace

TEST_CASE("A sound signature verifies at any time within its certificate's validity, whichever "
          "tool made it",
          "[models]")
{
    const CryptoFixture &fixture = CryptoFixture::instance();
    const CertificateInfo &alice = fixture.alice().certificate;
    const std::string options
        = GENERATE(as<std::string>{}, "Quorum", "-nosmimecap", "-keyid", "-nocerts",
                   "-keyid -nosmimecap -nocerts", "Quorum, as BER");
    INFO(options);
    const QByteArray signature = aliceSignature(options, kStatement);
    if (options == "Quorum, as BER") {
        REQUIRE(signature.startsWith("\x30\x80")); // what OpenSSL makes of it:
        CHECK(opensslAcceptsPinned(signature, kStatement, fixture.alice().pemPath));
    }
    const SignatureCheck check
        = Crypto::verifyDetachedAt(signature, kStatement, alice.pem, alice.notBefore);
    CHECK(check.valid);
    CHECK(check.status == SignatureStatus::Valid);
    CHECK(check.signerFingerprint == alice.fingerprintSha256);
    CHECK(check.problem.isEmpty());
    CHECK(statusAt(signature, kStatement, alice.pem, now()) == SignatureStatus::Valid);
    CHECK(statusAt(signature, kStatement, alice.pem, alice.notAfter) == SignatureStatus::Valid);
    CHECK(statusAt(signature, kStatement, alice.pem, alice.notBefore.addSecs(-1))
          == SignatureStatus::CertificateNotCurrent);
    CHECK(statusAt(signature, kStatement, alice.pem, alice.notAfter.addSecs(1))
          == SignatureStatus::CertificateNotCurrent);
    CHECK(Crypto::verifyDetached(signature, kStatement, alice.pem).valid);
}

TEST_CASE("A signature made while a now-expired certificate was valid stays checkable", "[models]")
{
    QTemporaryDir dir;
    const OpensslCertificate expired = makeExpiredCertificate(dir); // 2020-01-01 … 2021-01-01
    const QByteArray pem = Test::readFile(expired.certPath);
    const QByteArray signature = opensslSign(kStatement, expired.certPath, expired.keyPath);

    const SignatureCheck atSigning
        = Crypto::verifyDetachedAt(signature, kStatement, pem, utc(2020, 6, 1));
    CHECK(atSigning.valid);
    CHECK(atSigning.signerFingerprint == Crypto::certificateFromPem(pem).fingerprintSha256);

    const SignatureCheck today = Crypto::verifyDetached(signature, kStatement, pem);
    CHECK(today.status == SignatureStatus::CertificateNotCurrent);
    CHECK(today.problem.contains(QStringLiteral("2021-01-01")));

    const SignatureCheck late
        = Crypto::verifyDetachedAt(signature, kStatement, pem, utc(2021, 6, 1));
    CHECK(late.status == SignatureStatus::CertificateNotCurrent);
    CHECK(late.problem.contains(QStringLiteral("2021-01-01")));
    CHECK(late.problem.contains(QStringLiteral("2021-06-01T12:00:00Z")));
    CHECK(statusAt(signature, kStatement, pem, utc(2019, 12, 31))
          == SignatureStatus::CertificateNotCurrent);
    CHECK(statusAt(signature, kStatement, pem, QDateTime())
          == SignatureStatus::CertificateNotCurrent);

    // Expiry no longer hides tampering: a changed statement is reported as changed.
    QByteArray changed = kStatement;
    changed.replace("approve", "decline");
    CHECK(statusAt(signature, changed, pem, utc(2020, 6, 1)) == SignatureStatus::ContentMismatch);
}

TEST_CASE("A certificate valid beyond 2049 is judged by its real dates", "[models]")
{
    QTemporaryDir dir;
    // notAfter is a GeneralizedTime, which QCA 2.3 cannot read.
    const OpensslCertificate longLived = makeDatedCertificate(
        dir,
        {QStringLiteral("long"), QStringLiteral("Lena Longlived"),
         QStringLiteral("20240101000000Z"), QStringLiteral("20600101000000Z")});
    const QByteArray pem = Test::readFile(longLived.certPath);
    const QByteArray signature = opensslSign(kStatement, longLived.certPath, longLived.keyPath);
    CHECK(Crypto::verifyDetached(signature, kStatement, pem).valid);
    CHECK(statusAt(signature, kStatement, pem, utc(2059, 12, 31)) == SignatureStatus::Valid);
    const SignatureCheck late
        = Crypto::verifyDetachedAt(signature, kStatement, pem, utc(2060, 1, 2));
    CHECK(late.status == SignatureStatus::CertificateNotCurrent);
    CHECK(late.problem.contains(QStringLiteral("2060-01-01T00:00:00Z")));
}

TEST_CASE("Changed content is a content mismatch whenever the signature was made", "[models]")
{
    const CryptoFixture &fixture = CryptoFixture::instance();
    const CertificateInfo &alice = fixture.alice().certificate;
    const QByteArray signature = Crypto::signDetached(fixture.aliceKey(), kStatement);
    const QByteArrayList changes{QByteArray(kStatement).replace("7", "8"), QByteArray(),
                                 kStatement + ' '};
    for (const QByteArray &changed : changes) {
        const SignatureCheck check = Crypto::verifyDetachedAt(signature, changed, alice.pem, now());
        CHECK(check.status == SignatureStatus::ContentMismatch);
        CHECK(check.problem.contains(QStringLiteral("changed after signing")));
        CHECK(check.signerFingerprint == alice.fingerprintSha256);
    }
}

TEST_CASE("Another identity's signature is reported as another signer's", "[models]")
{
    const CryptoFixture &fixture = CryptoFixture::instance();
    const TestIdentity &bob = fixture.bob();
    const QString bobsKey = exportPrivateKey(bob.p12Path);
    const QByteArray bySignDetached = Crypto::signDetached(fixture.bobKey(), kStatement);
    const QString bobsPem = bob.pemPath;
    const QString bobsFingerprint = bob.certificate.fingerprintSha256;
    const auto [label, signature, fingerprint]
        = GENERATE_COPY(table<const char *, QByteArray, QString>({
            {"issuer and serial, by Quorum", bySignDetached, bobsFingerprint},
            {"subject key identifier, by openssl",
             opensslSign(kStatement, bobsPem, bobsKey, {QStringLiteral("-keyid")}),
             bobsFingerprint},
            {"no certificate embedded",
             opensslSign(kStatement, bobsPem, bobsKey, {QStringLiteral("-nocerts")}), QString()},
        }));
    INFO(label);
    const SignatureCheck check
        = Crypto::verifyDetachedAt(signature, kStatement, fixture.alice().certificate.pem, now());
    CHECK_FALSE(check.valid);
    CHECK(check.status == SignatureStatus::OtherSigner);
    CHECK(check.signerFingerprint == fingerprint);
    CHECK(check.problem.contains(QStringLiteral("Alice Ärger")));
    CHECK(check.problem.contains(QStringLiteral("Bob Builder")) == !fingerprint.isEmpty());
}

TEST_CASE("Altered signed attributes or signature bytes are caught though the content is intact",
          "[models]")
{
    const CryptoFixture &fixture = CryptoFixture::instance();
    const TestIdentity &alice = fixture.alice();
    const QByteArray signature = Crypto::signDetached(fixture.aliceKey(), kStatement);
    QByteArray digestChanged = signature;
    // attribute type 1.2.840.113549.1.9.4, SET { OCTET STRING (32 bytes) }
    const qsizetype digest
        = signature.indexOf(QByteArray::fromHex("06092a864886f70d01090431220420"));
    REQUIRE(digest > 0);
    digestChanged[digest + 15] = static_cast<char>(digestChanged[digest + 15] ^ 0x01);
    QByteArray signatureChanged = signature;
    signatureChanged[signatureChanged.size() - 1]
        = static_cast<char>(signatureChanged.back() ^ 0x01);
    const auto [label, altered] = GENERATE_COPY(table<const char *, QByteArray>({
        {"signing time", withSigningTimeChanged(signature)},
        {"message digest", digestChanged},
        {"signature value", signatureChanged},
    }));
    INFO(label);
    REQUIRE(altered != signature);
    const SignatureCheck check
        = Crypto::verifyDetachedAt(altered, kStatement, alice.certificate.pem, now());
    CHECK(check.status == SignatureStatus::ContentMismatch);
    CHECK_FALSE(opensslAcceptsPinned(altered, kStatement, alice.pemPath));
}
