// SPDX-License-Identifier: GPL-3.0-or-later
// What verifyDetachedAt() makes of signatures it cannot or must not accept: damaged or foreign
// structures, unsupported algorithms, and certificates that cannot sign.
#include "crypto/detachedsignature.h"
#include "cryptotestsupport.h"
#include "tempdatabase.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <catch2/catch_get_random_seed.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <algorithm>
#include <vector>

using namespace Quorum;
using namespace Quorum::Test;

namespace {

const QByteArray kStatement = R"({"request_id":7,"verdict":"approve"})";

/// verifyDetachedAt() now, with what it printed on standard output.
struct Observed
{
    SignatureCheck check;
    QByteArray printed;
};

Observed observe(const QByteArray &signature, const QByteArray &pem)
{
    Observed observed;
    observed.printed = stdoutDuring([&] {
        observed.check
            = Crypto::verifyDetachedAt(signature, kStatement, pem, QDateTime::currentDateTimeUtc());
    });
    return observed;
}

QStringList signerOptions(const TestIdentity &identity)
{
    return {QStringLiteral("-signer"), identity.pemPath, QStringLiteral("-inkey"),
            exportPrivateKey(identity.p12Path)};
}

} // namespace

TEST_CASE("Damaged, attached, multi-signer and non-SHA-256 signatures are malformed, silently",
          "[models]")
{
    const CryptoFixture &fixture = CryptoFixture::instance();
    const TestIdentity &alice = fixture.alice();
    const QString aliceKey = exportPrivateKey(alice.p12Path);
    const QByteArray good = Crypto::signDetached(fixture.aliceKey(), kStatement);
    const QStringList bobSigner = signerOptions(fixture.bob());
    const auto [label, signature] = GENERATE_COPY(table<const char *, QByteArray>({
        {"garbage", QByteArray("this is not a signature at all")},
        {"empty", QByteArray()},
        {"truncated", good.left(good.size() / 2)},
        {"one byte short", good.chopped(1)},
        {"one byte too many", good + '\0'},
        {"DER of something else", QByteArray::fromHex("300602010302010a")},
        {"indefinite length never closed", QByteArray::fromHex("308006092a864886f70d010702a080")},
        {"content attached",
         opensslSign(kStatement, alice.pemPath, aliceKey, {QStringLiteral("-nodetach")})},
        {"content attached, streamed with indefinite lengths",
         opensslSign(kStatement, alice.pemPath, aliceKey, {QStringLiteral("-stream")})},
        {"two signers", opensslSign(kStatement, alice.pemPath, aliceKey, bobSigner)},
        {"SHA-1",
         opensslSign(kStatement, alice.pemPath, aliceKey,
                     {QStringLiteral("-md"), QStringLiteral("sha1")})},
    }));
    INFO(label);
    const Observed observed = observe(signature, alice.certificate.pem);
    CHECK(observed.printed.isEmpty());
    CHECK_FALSE(observed.check.valid);
    CHECK(observed.check.status == SignatureStatus::Malformed);
    CHECK(observed.check.signerFingerprint.isEmpty());
    CHECK_FALSE(observed.check.problem.isEmpty());
}

TEST_CASE("No prefix of a signature and no flipped byte of its signed part is accepted", "[models]")
{
    const CryptoFixture &fixture = CryptoFixture::instance();
    const QByteArray pem = fixture.alice().certificate.pem;
    const QByteArray good = Crypto::signDetached(fixture.aliceKey(), kStatement);
    // From the SignerInfo's signed attributes ([0], after the SHA-256 digest algorithm) to
    // the end, every byte is covered by the signature or names an algorithm.
    const qsizetype digestAlgorithm = good.lastIndexOf(QByteArray::fromHex("608648016503040201"));
    const qsizetype signedPart = good.indexOf('\xA0', digestAlgorithm);
    REQUIRE(digestAlgorithm > 0);
    REQUIRE(signedPart > digestAlgorithm);

    std::vector<SignatureStatus> prefixes;
    std::vector<SignatureStatus> flips;
    const QByteArray printed = stdoutDuring([&] {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (qsizetype length = 0; length < good.size(); ++length) {
            prefixes.push_back(
                Crypto::verifyDetachedAt(good.left(length), kStatement, pem, now).status);
        }
        for (qsizetype i = signedPart; i < good.size(); ++i) {
            QByteArray flipped = good;
            flipped[i] = static_cast<char>(flipped[i] ^ 0x01);
            flips.push_back(Crypto::verifyDetachedAt(flipped, kStatement, pem, now).status);
        }
    });
    CHECK(printed.isEmpty());
    CHECK(std::all_of(prefixes.begin(), prefixes.end(),
                      [](SignatureStatus status) { return status == SignatureStatus::Malformed; }));
    CHECK(std::none_of(flips.begin(), flips.end(),
                       [](SignatureStatus status) { return status == SignatureStatus::Valid; }));
    CHECK(flips.size() == static_cast<size_t>(good.size() - signedPart));
}

TEST_CASE("Randomly damaged signatures of another signer never crash and print nothing", "[models]")
{
    const CryptoFixture &fixture = CryptoFixture::instance();
    const QByteArray pem = fixture.alice().certificate.pem;
    // Bob's signature takes the path that also reads the certificate embedded in it.
    const QByteArray bobs = Crypto::signDetached(fixture.bobKey(), kStatement);
    QRandomGenerator random(Catch::getSeed()); // replay a failure with --rng-seed
    std::vector<SignatureStatus> statuses;
    const QByteArray printed = stdoutDuring([&] {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int round = 0; round < 2000; ++round) {
            QByteArray damaged = bobs;
            for (int flips = 1 + round % 3; flips > 0; --flips) {
                const auto at = static_cast<qsizetype>(random.bounded(bobs.size()));
                damaged[at] = static_cast<char>(random.bounded(256));
            }
            statuses.push_back(Crypto::verifyDetachedAt(damaged, kStatement, pem, now).status);
        }
    });
    CHECK(printed.isEmpty());
    CHECK(statuses.size() == 2000);
    CHECK(std::none_of(statuses.begin(), statuses.end(),
                       [](SignatureStatus status) { return status == SignatureStatus::Valid; }));
}

TEST_CASE("A certificate whose key usage does not allow signing is unusable", "[models]")
{
    QTemporaryDir dir;
    const OpensslCertificate encipherOnly = makeDatedCertificate(
        dir,
        {QStringLiteral("encipher"), QStringLiteral("Ed Encipher"),
         QStringLiteral("20240101000000Z"), QStringLiteral("20400101000000Z"),
         QStringLiteral("critical, keyEncipherment")});
    const QByteArray pem = Test::readFile(encipherOnly.certPath);
    const QByteArray signature
        = opensslSign(kStatement, encipherOnly.certPath, encipherOnly.keyPath);
    const SignatureCheck check
        = Crypto::verifyDetachedAt(signature, kStatement, pem, QDateTime::currentDateTimeUtc());
    CHECK(check.status == SignatureStatus::CertificateUnusable);
    CHECK(check.problem.contains(QStringLiteral("Ed Encipher")));
    CHECK(check.problem.contains(QStringLiteral("digitalSignature")));
    CHECK(Crypto::verifyDetached(signature, kStatement, pem).status
          == SignatureStatus::CertificateUnusable);
}

TEST_CASE("An EC certificate is reported as unusable, not checked", "[models]")
{
    QTemporaryDir dir;
    const OpensslCertificate ec{dir.filePath(QStringLiteral("ec.pem")),
                                dir.filePath(QStringLiteral("ec-key.pem"))};
    REQUIRE(runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                        QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), ec.keyPath, QStringLiteral("-out"), ec.certPath,
                        QStringLiteral("-subj"), QStringLiteral("/CN=Eve Elliptic"),
                        QStringLiteral("-days"), QStringLiteral("30")})
                .exitCode
            == 0);
    const QByteArray signature = opensslSign(kStatement, ec.certPath, ec.keyPath);
    const Observed observed = observe(signature, Test::readFile(ec.certPath));
    CHECK(observed.printed.isEmpty());
    CHECK(observed.check.status == SignatureStatus::CertificateUnusable);
    CHECK(observed.check.problem.contains(QStringLiteral("RSA")));
}
