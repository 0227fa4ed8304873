// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl person add|list': people, roles and the certificates that identify signers.
#include "ctlrunner.h"
#include "keyfiles.h"
#include "tempdatabase.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum::Test;

namespace {

/// A new governance database in its own folder.
struct CliDatabase
{
    CliDatabase()
        : path(dir.filePath(QStringLiteral("governance.sqlite")))
    {
        REQUIRE(runCtl({QStringLiteral("init"), QStringLiteral("--db"), path}).exitCode == 0);
    }

    CtlResult run(const QStringList &arguments,
                  const QProcessEnvironment &environment = withPassphrase()) const
    {
        return runCtl(QStringList{QStringLiteral("--db"), path} + arguments, environment);
    }

    qint64 count(const QString &sql) const { return rawScalar(path, sql).toLongLong(); }

    /// The database file and its journals, as bytes on disk.
    QByteArray bytes() const
    {
        QByteArray all;
        for (const QString &file : QDir(dir.path()).entryList(QDir::Files)) {
            all += readFile(dir.filePath(file));
        }
        return all;
    }

    QTemporaryDir dir;
    QString path;
};

QStringList addPerson(const QString &name, const QString &email, const QString &roles,
                      const QStringList &extra = {})
{
    return QStringList{QStringLiteral("person"),  QStringLiteral("add"),
                       QStringLiteral("--name"),  name,
                       QStringLiteral("--email"), email,
                       QStringLiteral("--role"),  roles}
    + extra;
}

QStringList addAda(const QStringList &extra = {})
{
    return addPerson(adaKey().name, adaKey().email, QStringLiteral("reviewer,compliance"),
                     QStringList{QStringLiteral("--cert"), adaKey().p12Path} + extra);
}

QJsonObject personNamed(const QJsonArray &people, const QString &name)
{
    for (const QJsonValue &person : people) {
        if (person.toObject().value(QStringLiteral("name")).toString() == name) {
            return person.toObject();
        }
    }
    FAIL("no person named " << name.toStdString());
    return {};
}

/// A piece of @p p12Path's private key that no certificate holds: its DER, from the middle
/// of the CRT values on, and the last lines of its PEM.
QList<QByteArray> privateKeyPieces(const QString &p12Path)
{
    const OpensslResult pem
        = runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), p12Path,
                      QStringLiteral("-passin"), QStringLiteral("pass:") + keyPassphrase(),
                      QStringLiteral("-nocerts"), QStringLiteral("-noenc")});
    REQUIRE(pem.exitCode == 0);
    REQUIRE(pem.output.contains("PRIVATE KEY"));
    const OpensslResult der = runOpenssl(
        {QStringLiteral("pkey"), QStringLiteral("-outform"), QStringLiteral("DER")}, pem.output);
    REQUIRE(der.exitCode == 0);
    REQUIRE(der.output.size() > 1500); // RSA-3072
    const QList<QByteArray> lines = pem.output.trimmed().split('\n');
    REQUIRE(lines.size() > 4);
    return {der.output.mid(der.output.size() - 200, 32), lines.at(lines.size() - 3),
            lines.at(lines.size() - 2)};
}

} // namespace

TEST_CASE("person add --cert FILE.p12 stores the certificate and never the key", "[cli][slow]")
{
    const CliDatabase db;
    const CtlResult result = db.run(addAda({QStringLiteral("--json")}));
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject person = result.json().object();
    CHECK(person.value(QStringLiteral("email")).toString() == adaKey().email);
    const QJsonArray certificates = person.value(QStringLiteral("certificates")).toArray();
    REQUIRE(certificates.size() == 1);
    CHECK(certificates.first().toObject().value(QStringLiteral("fingerprint_sha256")).toString()
          == adaKey().fingerprint);

    const QByteArray storedPem
        = rawScalar(db.path, QStringLiteral("SELECT pem FROM certificates")).toByteArray();
    CHECK(opensslFingerprint(storedPem) == adaKey().fingerprint);
    CHECK(storedPem.startsWith("-----BEGIN CERTIFICATE-----"));

    const QByteArray file = db.bytes();
    CHECK(file.contains(adaKey().fingerprint.toLatin1())); // the right bytes are searched
    CHECK_FALSE(file.contains("PRIVATE KEY"));
    for (const QByteArray &piece : privateKeyPieces(adaKey().p12Path)) {
        CHECK_FALSE(file.contains(piece));
    }
}

TEST_CASE("person add takes a PEM or DER certificate without a passphrase", "[cli][slow]")
{
    const CliDatabase db;
    const QByteArray pem = opensslCertificateOf(boKey().p12Path, keyPassphrase());
    const QString pemPath = db.dir.filePath(QStringLiteral("bo.pem"));
    const QString derPath = db.dir.filePath(QStringLiteral("bo.der"));
    writeFile(pemPath, pem);
    REQUIRE(runOpenssl({QStringLiteral("x509"), QStringLiteral("-outform"), QStringLiteral("DER"),
                        QStringLiteral("-out"), derPath},
                       pem)
                .exitCode
            == 0);
    qunsetenv("QUORUM_PASSPHRASE");
    const CtlResult fromPem = db.run(addPerson(boKey().name, boKey().email, QStringLiteral("qa"),
                                               {QStringLiteral("--cert"), pemPath}),
                                     QProcessEnvironment());
    INFO(fromPem.err.toStdString());
    CHECK(fromPem.exitCode == 0);
    CHECK(fromPem.out.contains(boKey().fingerprint));
    // The same certificate again, as DER, for somebody else: it identifies Bo only.
    const CtlResult fromDer
        = db.run(addPerson(QStringLiteral("Not Bo"), QStringLiteral("notbo@example.org"),
                           QStringLiteral("qa"), {QStringLiteral("--cert"), derPath}),
                 QProcessEnvironment());
    CHECK(fromDer.exitCode == 3);
    CHECK(fromDer.err.contains(QLatin1String("already registered to Bo Lind <bo@example.org>")));
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM people")) == 1);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM certificates")) == 1);
}

TEST_CASE("person list shows roles, whether active and certificate fingerprints", "[cli][slow]")
{
    const CliDatabase db;
    REQUIRE(db.run(addAda()).exitCode == 0);
    REQUIRE(db.run(addPerson(QStringLiteral("Cy Young"), QStringLiteral("cy@example.org"),
                             QStringLiteral("owner"),
                             {QStringLiteral("--role"), QStringLiteral("ml-lead,owner")}))
                .exitCode
            == 0);

    const CtlResult json
        = db.run({QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonArray people = json.json().array();
    REQUIRE(people.size() == 2);
    const QJsonObject ada = personNamed(people, adaKey().name);
    CHECK(ada.value(QStringLiteral("roles")).toArray()
          == QJsonArray{QStringLiteral("reviewer"), QStringLiteral("compliance")});
    CHECK(ada.value(QStringLiteral("active")).toBool());
    const QJsonArray certificates = ada.value(QStringLiteral("certificates")).toArray();
    REQUIRE(certificates.size() == 1);
    CHECK(certificates.first().toObject().value(QStringLiteral("fingerprint_sha256")).toString()
          == adaKey().fingerprint);
    const QJsonObject cy = personNamed(people, QStringLiteral("Cy Young"));
    CHECK(cy.value(QStringLiteral("roles")).toArray()
          == QJsonArray{QStringLiteral("owner"), QStringLiteral("ml-lead")});
    CHECK(cy.value(QStringLiteral("certificates")).toArray().isEmpty());

    const CtlResult text = db.run({QStringLiteral("person"), QStringLiteral("list")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QLatin1String("reviewer,compliance")));
    CHECK(text.out.contains(adaKey().fingerprint.left(16)));
}

TEST_CASE("person add with an unknown role exits 2, names the roles and stores nothing", "[cli]")
{
    const CliDatabase db;
    const CtlResult result
        = db.run(addPerson(QStringLiteral("Cy Young"), QStringLiteral("cy@example.org"),
                           QStringLiteral("reviewer,wizard")));
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QLatin1String("unknown role 'wizard'")));
    for (const char *role : {"reviewer", "compliance", "legal", "owner", "ml-engineer", "ml-lead",
                             "business", "qa", "admin"}) {
        CHECK(result.err.contains(QLatin1String(role)));
    }
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM people")) == 0);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM audit_events")) == 0);
}

TEST_CASE("person add with a taken e-mail address exits 3 and stores no certificate", "[cli][slow]")
{
    const CliDatabase db;
    REQUIRE(db.run(addAda()).exitCode == 0);
    const qint64 events = db.count(QStringLiteral("SELECT count(*) FROM audit_events"));
    const CtlResult result
        = db.run(addPerson(QStringLiteral("Ada Again"), QStringLiteral("ADA@example.org"),
                           QStringLiteral("legal"), {QStringLiteral("--cert"), boKey().p12Path}));
    CHECK(result.exitCode == 3);
    CHECK(result.err.contains(QLatin1String("ada@example.org")));
    CHECK(result.err.contains(QLatin1String("Nothing was changed")));
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM people")) == 1);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM certificates")) == 1);
    CHECK(rawScalar(db.path,
                    QStringLiteral("SELECT count(*) FROM certificates WHERE "
                                   "fingerprint_sha256 = '%1'")
                        .arg(boKey().fingerprint))
              .toInt()
          == 0);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM audit_events")) == events);
}

TEST_CASE("person add with a key file it cannot open exits 2 and stores nothing", "[cli][slow]")
{
    const CliDatabase db;
    SECTION("the wrong passphrase")
    {
        const CtlResult result = db.run(addAda(), withPassphrase(QStringLiteral("wrong")));
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QLatin1String("passphrase")));
    }
    SECTION("no passphrase and no terminal to ask on")
    {
        qunsetenv("QUORUM_PASSPHRASE");
        const CtlResult result = db.run(addAda({QStringLiteral("--json")}), QProcessEnvironment());
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QLatin1String("QUORUM_PASSPHRASE")));
        CHECK(result.out.isEmpty());
    }
    SECTION("a file that is not a certificate")
    {
        const QString junk = db.dir.filePath(QStringLiteral("junk.pem"));
        writeFile(junk, "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n");
        const CtlResult result = db.run(addPerson(
            QStringLiteral("Cy Young"), QStringLiteral("cy@example.org"), QStringLiteral("qa"),
            {QStringLiteral("--cert"), junk, QStringLiteral("--json")}));
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QLatin1String("neither an X.509 certificate")));
        CHECK(result.out.isEmpty());
    }
    SECTION("a file that does not exist")
    {
        const CtlResult result = db.run(addPerson(
            QStringLiteral("Cy Young"), QStringLiteral("cy@example.org"), QStringLiteral("qa"),
            {QStringLiteral("--cert"), db.dir.filePath(QStringLiteral("no.p12"))}));
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QLatin1String("does not exist")));
    }
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM people")) == 0);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM certificates")) == 0);
}

TEST_CASE("After person add the audit trail holds and records the person and the certificate",
          "[cli][slow]")
{
    const CliDatabase db;
    REQUIRE(db.run(addAda()).exitCode == 0);
    const CtlResult verify = db.run({QStringLiteral("verify"), QStringLiteral("--json")});
    CHECK(verify.exitCode == 0);
    const QJsonObject report = verify.json().object();
    CHECK(report.value(QStringLiteral("ok")).toBool());
    CHECK(report.value(QStringLiteral("events")).toInt() == 2);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM audit_events WHERE entity = 'people' "
                                  "AND action = 'insert' AND actor = 'quorumctl'"))
          == 1);
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM audit_events WHERE entity = "
                                  "'certificates' AND action = 'insert' AND actor = 'quorumctl' "
                                  "AND after_json LIKE '%%1%'")
                       .arg(adaKey().fingerprint))
          == 1);
}

TEST_CASE("person needs a database and an action it knows", "[cli]")
{
    const CtlResult noDatabase = runCtl(
        addPerson(QStringLiteral("Cy"), QStringLiteral("cy@example.org"), QStringLiteral("qa")));
    CHECK(noDatabase.exitCode == 2);
    CHECK(noDatabase.err.contains(QLatin1String("no database given")));

    const CliDatabase db;
    const CtlResult unknown = db.run({QStringLiteral("person"), QStringLiteral("remove")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QLatin1String("unknown action 'remove'")));
    const CtlResult listWithName = db.run({QStringLiteral("person"), QStringLiteral("list"),
                                           QStringLiteral("--name"), QStringLiteral("Cy")});
    CHECK(listWithName.exitCode == 2);
    const CtlResult noRole = db.run({QStringLiteral("person"), QStringLiteral("add"),
                                     QStringLiteral("--name"), QStringLiteral("Cy"),
                                     QStringLiteral("--email"), QStringLiteral("cy@example.org")});
    CHECK(noRole.exitCode == 2);
    CHECK(noRole.err.contains(QLatin1String("--role is required")));
}

TEST_CASE("person add refuses an EC certificate, which Quorum cannot check signatures with",
          "[cli]")
{
    const CliDatabase db;
    QTemporaryDir dir;
    const QString pem = dir.filePath(QStringLiteral("ec.pem"));
    const OpensslResult made = runOpenssl(
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
         QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), dir.filePath(QStringLiteral("ec.key")), QStringLiteral("-out"),
         pem, QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
         QStringLiteral("/CN=Eve Curve/emailAddress=eve@example.org")});
    REQUIRE(made.exitCode == 0);
    QStringList arguments = addPerson(
        QStringLiteral("Eve Curve"), QStringLiteral("eve@example.org"), QStringLiteral("reviewer"));
    arguments << QStringLiteral("--cert") << pem;
    const CtlResult result = db.run(arguments);
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QLatin1String("only RSA keys are supported")));
    CHECK(db.count(QStringLiteral("SELECT count(*) FROM people")) == 0);
}
