// SPDX-License-Identifier: GPL-3.0-or-later
// Identities whose certificates are valid from a given time (the demo database's people).
#include "crypto/cryptoerror.h"
#include "crypto/detachedsignature.h"
#include "crypto/keygenerator.h"
#include "cryptotestsupport.h"
#include "tempdatabase.h"

#include <QDateTime>
#include <QFile>
#include <QTimeZone>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using namespace Quorum::Test;

namespace {

const QByteArray kStatement = R"({"request_id":3,"verdict":"approve"})";

QDateTime utc(int year, int month, int day, int hour = 12)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

QString opensslDate(const QString &certPath, const QString &option)
{
    const ProcessResult result = runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"),
                                             certPath, QStringLiteral("-noout"), option});
    REQUIRE(result.exitCode == 0);
    return QString::fromLatin1(result.output.trimmed());
}

/// The kind of error generateIdentity() throws for @p validity; Unavailable when none.
CryptoErrorKind refusalKind(const QString &path, const Crypto::CertificateValidity &validity)
{
    try {
        Crypto::generateIdentity(QStringLiteral("Carol"), QStringLiteral("carol@example.org"), path,
                                 fixturePassphrase(), validity);
    } catch (const CryptoError &error) {
        return error.kind();
    }
    return CryptoErrorKind::Unavailable;
}

} // namespace

TEST_CASE("A demo identity is valid from a date in the past and signs today", "[models]")
{
    QTemporaryDir dir;
    const QString p12 = dir.filePath(QStringLiteral("dora.p12"));
    // 10:00 at UTC+1 is 09:00 UTC.
    const QDateTime start(QDate(2024, 3, 1), QTime(10, 0), QTimeZone(3600));
    const CertificateInfo info = Crypto::generateIdentity(
        QStringLiteral("Dora Demo"), QStringLiteral("dora@example.org"), p12, fixturePassphrase(),
        Crypto::CertificateValidity{start, 3650});
    CHECK(info.notBefore == utc(2024, 3, 1, 9));
    CHECK(info.notAfter == utc(2034, 2, 27, 9)); // 3650 days, two of them 29 February
    const QString pemPath = dir.filePath(QStringLiteral("dora.pem"));
    Test::writeFile(pemPath, info.pem);
    CHECK(opensslDate(pemPath, QStringLiteral("-startdate"))
          == QStringLiteral("notBefore=Mar  1 09:00:00 2024 GMT"));
    CHECK(opensslDate(pemPath, QStringLiteral("-enddate"))
          == QStringLiteral("notAfter=Feb 27 09:00:00 2034 GMT"));

    const QByteArray signature
        = Crypto::signDetached(Identity::load(p12, fixturePassphrase()), kStatement);
    CHECK(Crypto::verifyDetachedAt(signature, kStatement, info.pem, utc(2024, 6, 1)).valid);
    CHECK(Crypto::verifyDetachedAt(signature, kStatement, info.pem, utc(2024, 3, 1, 8)).status
          == SignatureStatus::CertificateNotCurrent);
}

TEST_CASE("An identity whose certificate has already expired is made but does not sign", "[models]")
{
    QTemporaryDir dir;
    const QString p12 = dir.filePath(QStringLiteral("old.p12"));
    const CertificateInfo info = Crypto::generateIdentity(
        QStringLiteral("Otto Old"), QStringLiteral("otto@example.org"), p12, fixturePassphrase(),
        Crypto::CertificateValidity{utc(2020, 1, 1, 0), 30});
    CHECK(info.notAfter == utc(2020, 1, 31, 0));
    CHECK_FALSE(info.isValidAt(QDateTime::currentDateTimeUtc()));
    try {
        Crypto::signDetached(Identity::load(p12, fixturePassphrase()), kStatement);
        FAIL("an expired certificate signed");
    } catch (const CryptoError &error) {
        CHECK(error.kind() == CryptoErrorKind::SigningFailed);
    }
    // What it signed back then (stock openssl does not mind the date) still checks out.
    const QString pemPath = dir.filePath(QStringLiteral("old.pem"));
    Test::writeFile(pemPath, info.pem);
    const QByteArray signature = opensslSign(kStatement, pemPath, exportPrivateKey(p12));
    CHECK(Crypto::verifyDetachedAt(signature, kStatement, info.pem, utc(2020, 1, 15)).valid);
    CHECK(Crypto::verifyDetached(signature, kStatement, info.pem).status
          == SignatureStatus::CertificateNotCurrent);
}

TEST_CASE("A validity QCA cannot represent is refused before a key is made", "[models]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.p12"));
    SECTION("no start")
    {
        CHECK(refusalKind(path, {QDateTime(), 30}) == CryptoErrorKind::InvalidInput);
    }
    SECTION("less than a day")
    {
        CHECK(refusalKind(path, {utc(2024, 1, 1), 0}) == CryptoErrorKind::InvalidInput);
    }
    SECTION("ending in 2050 or later, or starting before 1950")
    {
        CHECK(refusalKind(path, {utc(2045, 1, 1), 3650}) == CryptoErrorKind::InvalidInput);
        CHECK(refusalKind(path, {utc(1949, 12, 31), 30}) == CryptoErrorKind::InvalidInput);
        CHECK_THROWS_AS(Crypto::generateIdentity(QStringLiteral("Carol"),
                                                 QStringLiteral("carol@example.org"), path,
                                                 fixturePassphrase(), 40 * 365),
                        CryptoError);
    }
    CHECK_FALSE(QFile::exists(path));
}
