// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl keygen': the key file must open with stock OpenSSL and hold what was printed.
#include "ctlrunner.h"
#include "keyfiles.h"
#include "tempdatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum::Test;

namespace {

QStringList keygen(const QString &out, const QStringList &extra = {})
{
    return QStringList{QStringLiteral("keygen"),
                       QStringLiteral("--name"),
                       QStringLiteral("Cy Young"),
                       QStringLiteral("--email"),
                       QStringLiteral("cy@example.org"),
                       QStringLiteral("--out"),
                       out}
    + extra;
}

/// This process's environment without QUORUM_PASSPHRASE, so that quorumctl (whose stdin is a
/// pipe, not a terminal) has no way to get a passphrase.
void forgetPassphrase()
{
    qunsetenv("QUORUM_PASSPHRASE");
}

} // namespace

TEST_CASE("keygen writes a PKCS#12 file that openssl opens, with the fingerprint it printed",
          "[cli][slow]")
{
    const KeyFile &key = adaKey(); // made by 'keygen --json' with QUORUM_PASSPHRASE
    const QByteArray certificate = opensslCertificateOf(key.p12Path, keyPassphrase());
    CHECK(opensslFingerprint(certificate) == key.fingerprint);

    const OpensslResult details
        = runOpenssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-subject"),
                      QStringLiteral("-ext"), QStringLiteral("keyUsage,subjectAltName"),
                      QStringLiteral("-nameopt"), QStringLiteral("utf8"), QStringLiteral("-text")},
                     certificate);
    REQUIRE(details.exitCode == 0);
    const QString text = QString::fromUtf8(details.output);
    CHECK(text.contains(QStringLiteral("CN=Ada Ôkafor")));
    CHECK(text.contains(QLatin1String("Digital Signature, Non Repudiation")));
    CHECK(text.contains(QLatin1String("email:ada@example.org")));
    CHECK(text.contains(QLatin1String("Public-Key: (3072 bit)")));

    const OpensslResult wrong = runOpenssl(
        {QStringLiteral("pkcs12"), QStringLiteral("-in"), key.p12Path, QStringLiteral("-passin"),
         QStringLiteral("pass:wrong"), QStringLiteral("-nokeys")});
    CHECK(wrong.exitCode != 0);
    CHECK(QFileInfo(key.p12Path).permissions()
          == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
}

TEST_CASE("keygen prints the fingerprint, subject and validity for people", "[cli][slow]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("cy.p12"));
    const CtlResult result
        = runCtl(keygen(out, {QStringLiteral("--days"), QStringLiteral("30")}), withPassphrase());
    REQUIRE(result.exitCode == 0);
    const QString fingerprint = opensslFingerprint(opensslCertificateOf(out, keyPassphrase()));
    CHECK(result.out.contains(QStringLiteral("Fingerprint:  SHA-256 ") + fingerprint));
    CHECK(result.out.contains(QLatin1String("Subject:      Cy Young")));
    CHECK(result.out.contains(QLatin1String("E-mail:       cy@example.org")));
    CHECK(result.out.contains(QLatin1String("Valid:")));
    CHECK(result.out.contains(out));

    const OpensslResult end = runOpenssl({QStringLiteral("x509"), QStringLiteral("-noout"),
                                          QStringLiteral("-checkend"), QString::number(29 * 86400)},
                                         opensslCertificateOf(out, keyPassphrase()));
    CHECK(end.exitCode == 0); // valid for 29 days more…
    const OpensslResult after
        = runOpenssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-checkend"),
                      QString::number(31 * 86400)},
                     opensslCertificateOf(out, keyPassphrase()));
    CHECK(after.exitCode != 0); // …but not 31
}

TEST_CASE("keygen without QUORUM_PASSPHRASE and without a terminal exits 2 and writes nothing",
          "[cli]")
{
    forgetPassphrase();
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("cy.p12"));
    const CtlResult result = runCtl(keygen(out, {QStringLiteral("--json")}));
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QLatin1String("QUORUM_PASSPHRASE")));
    CHECK(result.out.isEmpty());
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("keygen leaves an existing --out file untouched", "[cli]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("precious.p12"));
    writeFile(out, "somebody's key file");
    const CtlResult result = runCtl(keygen(out), withPassphrase());
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QLatin1String("already exists")));
    CHECK(readFile(out) == "somebody's key file");
}

TEST_CASE("keygen refuses input a key file or certificate cannot hold, and writes nothing", "[cli]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("cy.p12"));
    const auto refused
        = [&](const QStringList &arguments, const QString &passphrase, const char *message) {
              INFO(arguments.join(QLatin1Char(' ')).toStdString());
              const CtlResult result = runCtl(arguments, withPassphrase(passphrase));
              CHECK(result.exitCode == 2);
              CHECK(result.err.contains(QLatin1String(message)));
              CHECK(result.out.isEmpty());
              CHECK_FALSE(QFileInfo::exists(out));
          };
    refused(keygen(out, {QStringLiteral("--json")}), QString(), "passphrase is empty");
    refused({QStringLiteral("keygen"), QStringLiteral("--email"), QStringLiteral("cy@example.org"),
             QStringLiteral("--out"), out},
            keyPassphrase(), "--name is required");
    refused({QStringLiteral("keygen"), QStringLiteral("--name"), QStringLiteral("Cy Young"),
             QStringLiteral("--email"), QStringLiteral("cy@example.org")},
            keyPassphrase(), "--out is required");
    refused({QStringLiteral("keygen"), QStringLiteral("--name"), QStringLiteral("李小龍"),
             QStringLiteral("--email"), QStringLiteral("lee@example.org"), QStringLiteral("--out"),
             out},
            keyPassphrase(), "Latin-1");
    refused({QStringLiteral("keygen"), QStringLiteral("--name"), QStringLiteral("Cy Young"),
             QStringLiteral("--email"), QStringLiteral("cy at example.org"),
             QStringLiteral("--out"), out},
            keyPassphrase(), "not a plain ASCII e-mail address");
    refused(keygen(out, {QStringLiteral("--days"), QStringLiteral("0")}), keyPassphrase(),
            "--days");
}

TEST_CASE("keygen into a folder that does not exist is a file error", "[cli]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("no/such/folder/cy.p12"));
    const CtlResult result = runCtl(keygen(out), withPassphrase());
    CHECK(result.exitCode == 3);
    CHECK(result.err.contains(QLatin1String("cannot be written")));
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("keygen --help explains the passphrase and leaves out --db", "[cli]")
{
    const CtlResult result = runCtl({QStringLiteral("keygen"), QStringLiteral("--help")});
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(
        QLatin1String("quorumctl keygen --name NAME --email EMAIL --out FILE.p12")));
    CHECK(result.out.contains(QLatin1String("QUORUM_PASSPHRASE")));
    CHECK(result.out.contains(QLatin1String("--days N")));
    CHECK_FALSE(result.out.contains(QLatin1String("--db FILE")));
    CHECK(result.out.contains(QLatin1String("Exit codes")));
}
