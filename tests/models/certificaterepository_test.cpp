// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/audittrail.h"
#include "audit/chainverifier.h"
#include "crypto/certificateinfo.h"
#include "crypto/cryptoerror.h"
#include "storage/certificaterepository.h"
#include "storage/databaseerror.h"
#include "storage/personrepository.h"
#include "storage/query.h"
#include "storage/writetransaction.h"
#include "tempdatabase.h"

#include <QProcess>
#include <QStandardPaths>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

/// A certificate made by stock openssl and its unencrypted key, as PEM. RSA-2048 rather than
/// a faster EC key: QCA 2.3.10 crashes reading the public key of an EC certificate.
struct OpensslCertificate
{
    QByteArray certificatePem;
    QByteArray keyPem;
    QString fingerprint; ///< openssl's SHA-256 fingerprint, lower-case hex without colons
};

QByteArray openssl(const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    REQUIRE_FALSE(program.isEmpty());
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60'000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

OpensslCertificate makeCertificate(const Test::TempDatabase &temp, const QString &name,
                                   const QString &email)
{
    const QString stem = temp.filePath(email);
    openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("rsa:2048"), QStringLiteral("-noenc"), QStringLiteral("-subj"),
             QStringLiteral("/CN=") + name, QStringLiteral("-addext"),
             QStringLiteral("keyUsage=critical,digitalSignature,nonRepudiation"),
             QStringLiteral("-addext"), QStringLiteral("subjectAltName=email:") + email,
             QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-keyout"),
             stem + QStringLiteral(".key"), QStringLiteral("-out"), stem + QStringLiteral(".pem")});
    OpensslCertificate made;
    made.certificatePem = Test::readFile(stem + QStringLiteral(".pem"));
    made.keyPem = Test::readFile(stem + QStringLiteral(".key"));
    const QString line = QString::fromLatin1(openssl(
        {QStringLiteral("x509"), QStringLiteral("-in"), stem + QStringLiteral(".pem"),
         QStringLiteral("-noout"), QStringLiteral("-fingerprint"), QStringLiteral("-sha256")}));
    made.fingerprint
        = line.mid(line.indexOf(QLatin1Char('=')) + 1).trimmed().remove(QLatin1Char(':')).toLower();
    return made;
}

qint64 addPerson(WriteTransaction &transaction, const QString &name, const QString &email)
{
    Person person;
    person.name = name;
    person.email = email;
    person.roles = {Role::Reviewer};
    return PersonRepository(transaction.database()).add(transaction, person);
}

qint64 addPerson(Database &db, const QString &name, const QString &email)
{
    WriteTransaction transaction(db);
    const qint64 id = addPerson(transaction, name, email);
    transaction.commit();
    return id;
}

qint64 addCertificate(Database &db, qint64 personId, const QByteArray &pem)
{
    WriteTransaction transaction(db);
    const qint64 id
        = CertificateRepository(db).add(transaction, personId, Crypto::certificateFromPem(pem));
    transaction.commit();
    return id;
}

qint64 certificateRows(const Database &db)
{
    return Query::scalar(db, QStringLiteral("SELECT count(*) FROM certificates")).toLongLong();
}

} // namespace

TEST_CASE("A stored certificate is found by its fingerprint, however it is written", "[models]")
{
    Test::TempDatabase temp;
    const OpensslCertificate made
        = makeCertificate(temp, QStringLiteral("Ada Okafor"), QStringLiteral("ada@example.org"));
    const qint64 ada
        = addPerson(temp.db(), QStringLiteral("Ada Okafor"), QStringLiteral("ada@example.org"));
    const qint64 id = addCertificate(temp.db(), ada, made.certificatePem);

    CertificateRepository certificates(temp.db());
    const auto found = certificates.byFingerprint(made.fingerprint);
    REQUIRE(found);
    CHECK(found->id == id);
    CHECK(found->personId == ada);
    CHECK(found->fingerprintSha256 == made.fingerprint);
    CHECK(found->subject == QLatin1String("Ada Okafor <ada@example.org>"));
    CHECK(found->pem.startsWith("-----BEGIN CERTIFICATE-----"));
    const CertificateInfo parsed = Crypto::certificateFromPem(found->pem);
    CHECK(parsed.fingerprintSha256 == made.fingerprint);
    CHECK(found->notBefore == parsed.notBefore);
    CHECK(found->notAfter == parsed.notAfter);
    CHECK(found->addedAt.isValid());

    QString colons;
    for (qsizetype i = 0; i < made.fingerprint.size(); i += 2) {
        colons += (i == 0 ? QString() : QStringLiteral(":")) + made.fingerprint.mid(i, 2).toUpper();
    }
    CHECK(certificates.byFingerprint(colons).has_value());
    CHECK_FALSE(certificates.byFingerprint(QString(64, QLatin1Char('0'))).has_value());
}

TEST_CASE("A person's certificates are listed oldest first, and only theirs", "[models]")
{
    Test::TempDatabase temp;
    const qint64 ada
        = addPerson(temp.db(), QStringLiteral("Ada Okafor"), QStringLiteral("ada@example.org"));
    const qint64 bo
        = addPerson(temp.db(), QStringLiteral("Bo Lind"), QStringLiteral("bo@example.org"));
    const OpensslCertificate first
        = makeCertificate(temp, QStringLiteral("Ada Okafor"), QStringLiteral("ada-1@example.org"));
    const OpensslCertificate second
        = makeCertificate(temp, QStringLiteral("Ada Okafor"), QStringLiteral("ada-2@example.org"));
    addCertificate(temp.db(), ada, first.certificatePem);
    addCertificate(temp.db(), ada, second.certificatePem);

    CertificateRepository certificates(temp.db());
    const std::vector<StoredCertificate> adas = certificates.forPerson(ada);
    REQUIRE(adas.size() == 2);
    CHECK(adas[0].fingerprintSha256 == first.fingerprint);
    CHECK(adas[1].fingerprintSha256 == second.fingerprint);
    CHECK(certificates.forPerson(bo).empty());
}

TEST_CASE("Only the certificate is stored, even from a PEM that carries the private key",
          "[models]")
{
    Test::TempDatabase temp;
    const OpensslCertificate made
        = makeCertificate(temp, QStringLiteral("Ada Okafor"), QStringLiteral("ada@example.org"));
    REQUIRE(made.keyPem.contains("PRIVATE KEY"));
    CertificateInfo careless = Crypto::certificateFromPem(made.certificatePem);
    careless.pem = made.keyPem + made.certificatePem;
    careless.fingerprintSha256 = QString(64, QLatin1Char('f')); // not the certificate's
    const qint64 ada
        = addPerson(temp.db(), QStringLiteral("Ada Okafor"), QStringLiteral("ada@example.org"));
    {
        WriteTransaction transaction(temp.db());
        CertificateRepository(temp.db()).add(transaction, ada, careless);
        transaction.commit();
    }
    const auto stored = CertificateRepository(temp.db()).forPerson(ada);
    REQUIRE(stored.size() == 1);
    CHECK(stored.front().fingerprintSha256 == made.fingerprint);
    CHECK_FALSE(stored.front().pem.contains("PRIVATE KEY"));

    temp.close();
    const QByteArray file = Test::readFile(temp.path());
    CHECK(file.contains(made.fingerprint.toLatin1())); // the right bytes are searched
    CHECK_FALSE(file.contains("PRIVATE KEY"));
    // The key's base64 body, in case it were stored without its armour.
    const QList<QByteArray> keyLines = made.keyPem.split('\n');
    REQUIRE(keyLines.size() > 2);
    CHECK_FALSE(file.contains(keyLines.at(1)));
}

TEST_CASE("A certificate registered already, to anyone, is refused and nothing is written",
          "[models]")
{
    Test::TempDatabase temp;
    const OpensslCertificate made
        = makeCertificate(temp, QStringLiteral("Ada Okafor"), QStringLiteral("ada@example.org"));
    const qint64 ada
        = addPerson(temp.db(), QStringLiteral("Ada Okafor"), QStringLiteral("ada@example.org"));
    addCertificate(temp.db(), ada, made.certificatePem);
    const qint64 headBefore = AuditTrail(temp.db()).head().seq;

    SECTION("to another person added in the same transaction")
    {
        try {
            WriteTransaction transaction(temp.db());
            const qint64 mallory = addPerson(transaction, QStringLiteral("Mallory"),
                                             QStringLiteral("mallory@example.org"));
            CertificateRepository(temp.db()).add(transaction, mallory,
                                                 Crypto::certificateFromPem(made.certificatePem));
            transaction.commit();
            FAIL("the certificate was stored twice");
        } catch (const DatabaseError &error) {
            CHECK(error.kind() == DatabaseErrorKind::Constraint);
            CHECK(error.message().contains(made.fingerprint));
            CHECK(error.message().contains(QLatin1String("Ada Okafor <ada@example.org>")));
        }
        CHECK_FALSE(PersonRepository(temp.db()).byEmail(QStringLiteral("mallory@example.org")));
    }
    SECTION("to the same person again")
    {
        CHECK_THROWS_AS(addCertificate(temp.db(), ada, made.certificatePem), DatabaseError);
    }
    CHECK(certificateRows(temp.db()) == 1);
    CHECK(AuditTrail(temp.db()).head().seq == headBefore);
    CHECK(verifyChain(temp.db()).holds());
}

TEST_CASE("Storing a certificate appends its audit event in the same transaction", "[models]")
{
    Test::TempDatabase temp;
    const OpensslCertificate made
        = makeCertificate(temp, QStringLiteral("Ada Okafor"), QStringLiteral("ada@example.org"));
    qint64 certificateId = 0;
    {
        WriteTransaction transaction(temp.db(), Actor::program(QStringLiteral("test import")));
        const qint64 ada = addPerson(transaction, QStringLiteral("Ada Okafor"),
                                     QStringLiteral("ada@example.org"));
        certificateId = CertificateRepository(temp.db()).add(
            transaction, ada, Crypto::certificateFromPem(made.certificatePem));
        transaction.commit();
    }
    const std::vector<AuditEvent> events = AuditTrail(temp.db()).events();
    REQUIRE(events.size() == 2);
    CHECK(events[0].entity == QLatin1String("people"));
    CHECK(events[1].entity == QLatin1String("certificates"));
    CHECK(events[1].entityId == certificateId);
    CHECK(events[1].action == QLatin1String("insert"));
    CHECK(events[1].actor == QLatin1String("test import"));
    CHECK(events[1].afterJson.contains(made.fingerprint));
    CHECK(verifyChain(temp.db()).holds());

    {
        WriteTransaction rolledBack(temp.db());
        const qint64 bo
            = addPerson(rolledBack, QStringLiteral("Bo Lind"), QStringLiteral("bo@example.org"));
        const OpensslCertificate other
            = makeCertificate(temp, QStringLiteral("Bo Lind"), QStringLiteral("bo@example.org"));
        CertificateRepository(temp.db()).add(rolledBack, bo,
                                             Crypto::certificateFromPem(other.certificatePem));
    }
    CHECK(AuditTrail(temp.db()).head().seq == 2);
    CHECK(certificateRows(temp.db()) == 1);
}

TEST_CASE("A certificate for nobody, or text that is no certificate, is refused", "[models]")
{
    Test::TempDatabase temp;
    const OpensslCertificate made
        = makeCertificate(temp, QStringLiteral("Ada Okafor"), QStringLiteral("ada@example.org"));
    const CertificateInfo info = Crypto::certificateFromPem(made.certificatePem);
    WriteTransaction transaction(temp.db());
    try {
        CertificateRepository(temp.db()).add(transaction, 4711, info);
        FAIL("a certificate was stored for a person who does not exist");
    } catch (const DatabaseError &error) {
        CHECK(error.kind() == DatabaseErrorKind::Constraint);
    }
    CertificateInfo garbage = info;
    garbage.pem = "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n";
    const qint64 ada
        = addPerson(transaction, QStringLiteral("Ada Okafor"), QStringLiteral("ada@example.org"));
    try {
        CertificateRepository(temp.db()).add(transaction, ada, garbage);
        FAIL("text that is not a certificate was stored");
    } catch (const CryptoError &error) {
        CHECK(error.kind() == CryptoErrorKind::BadFile);
    }
    CHECK(certificateRows(temp.db()) == 0);
}
