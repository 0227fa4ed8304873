// SPDX-License-Identifier: GPL-3.0-or-later
#include "cryptotestsupport.h"

#include "crypto/keygenerator.h"
#include "tempdatabase.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <catch2/catch_test_macros.hpp>

#include <atomic>
#include <cstdio>
#include <unistd.h>

namespace Quorum::Test {

namespace {

TestIdentity makeIdentity(const QTemporaryDir &dir, const QString &name, const QString &email,
                          const QString &fileStem)
{
    TestIdentity identity;
    identity.name = name;
    identity.email = email;
    identity.p12Path = dir.filePath(fileStem + QStringLiteral(".p12"));
    identity.pemPath = dir.filePath(fileStem + QStringLiteral(".pem"));
    identity.certificate
        = Crypto::generateIdentity(name, email, identity.p12Path, fixturePassphrase());
    writeFile(identity.pemPath, identity.certificate.pem);
    return identity;
}

} // namespace

ProcessResult runOpenssl(const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    REQUIRE_FALSE(program.isEmpty());
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60'000));
    ProcessResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = process.readAllStandardOutput();
    result.errors = process.readAllStandardError();
    return result;
}

ProcessResult opensslVerify(const QString &signaturePath, const QString &contentPath,
                            const QString &certPath, const QStringList &extra)
{
    return runOpenssl(
        QStringList{QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
                    QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                    signaturePath, QStringLiteral("-content"), contentPath,
                    QStringLiteral("-certfile"), certPath, QStringLiteral("-noverify"),
                    QStringLiteral("-out"), QStringLiteral("/dev/null")}
        + extra);
}

QString normalisedFingerprint(const QString &opensslLine)
{
    const qsizetype equals = opensslLine.indexOf(QLatin1Char('='));
    return opensslLine.mid(equals + 1).trimmed().remove(QLatin1Char(':')).toLower();
}

QString fixturePassphrase()
{
    return QStringLiteral("correct horse battery staple");
}

CryptoFixture::CryptoFixture()
{
    REQUIRE(m_dir.isValid());
}

const TestIdentity &CryptoFixture::alice() const
{
    if (!m_alice) {
        m_alice = makeIdentity(m_dir, QStringLiteral("Alice Ärger"),
                               QStringLiteral("alice@example.org"), QStringLiteral("alice"));
    }
    return *m_alice;
}

const TestIdentity &CryptoFixture::bob() const
{
    if (!m_bob) {
        m_bob = makeIdentity(m_dir, QStringLiteral("Bob Builder"),
                             QStringLiteral("bob@example.org"), QStringLiteral("bob"));
    }
    return *m_bob;
}

Identity CryptoFixture::aliceKey() const
{
    return Identity::load(alice().p12Path, fixturePassphrase());
}

Identity CryptoFixture::bobKey() const
{
    return Identity::load(bob().p12Path, fixturePassphrase());
}

const CryptoFixture &CryptoFixture::instance()
{
    static const CryptoFixture s_fixture;
    return s_fixture;
}

QString CryptoFixture::newPath(const QString &suffix) const
{
    static std::atomic<int> s_counter{0};
    return m_dir.filePath(QStringLiteral("file-%1%2").arg(++s_counter).arg(suffix));
}

OpensslCertificate makeDatedCertificate(const QTemporaryDir &dir, const CertificateSpec &spec)
{
    if (!QFileInfo::exists(dir.filePath(QStringLiteral("index.txt")))) {
        writeFile(dir.filePath(QStringLiteral("index.txt")), {});
        writeFile(dir.filePath(QStringLiteral("serial")), "01\n");
    }
    const QString config = spec.stem + QStringLiteral(".cnf");
    writeFile(dir.filePath(config),
              "[ca]\ndefault_ca = quorum\n[quorum]\ndatabase = index.txt\nnew_certs_dir = .\n"
              "serial = serial\ndefault_md = sha256\npolicy = any\nx509_extensions = ext\n"
              "[any]\ncommonName = supplied\n"
              "[ext]\nsubjectKeyIdentifier = hash\nkeyUsage = "
                  + spec.keyUsage.toLatin1() + "\n");
    OpensslCertificate cert{dir.filePath(spec.stem + QStringLiteral(".pem")),
                            dir.filePath(spec.stem + QStringLiteral("-key.pem"))};
    const QString request = dir.filePath(spec.stem + QStringLiteral(".csr"));
    REQUIRE(runOpenssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), cert.keyPath, QStringLiteral("-out"), request,
                        QStringLiteral("-subj"), QStringLiteral("/CN=") + spec.commonName})
                .exitCode
            == 0);
    QProcess process; // `openssl ca` resolves the paths in its configuration from its cwd
    process.setWorkingDirectory(dir.path());
    process.start(QStandardPaths::findExecutable(QStringLiteral("openssl")),
                  {QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
                   config, QStringLiteral("-selfsign"), QStringLiteral("-keyfile"), cert.keyPath,
                   QStringLiteral("-in"), request, QStringLiteral("-startdate"), spec.startDate,
                   QStringLiteral("-enddate"), spec.endDate, QStringLiteral("-notext"),
                   QStringLiteral("-out"), cert.certPath});
    REQUIRE(process.waitForFinished(60'000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return cert;
}

OpensslCertificate makeExpiredCertificate(const QTemporaryDir &dir)
{
    return makeDatedCertificate(dir,
                                {QStringLiteral("expired"), QStringLiteral("Erin Expired"),
                                 QStringLiteral("20200101000000Z"),
                                 QStringLiteral("20210101000000Z")});
}

QString exportPrivateKey(const QString &p12Path)
{
    const QString key = CryptoFixture::instance().newPath(QStringLiteral("-key.pem"));
    REQUIRE(
        runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), p12Path,
                    QStringLiteral("-nocerts"), QStringLiteral("-noenc"), QStringLiteral("-passin"),
                    QStringLiteral("pass:") + fixturePassphrase(), QStringLiteral("-out"), key})
            .exitCode
        == 0);
    return key;
}

QByteArray opensslSign(const QByteArray &content, const QString &certPath, const QString &keyPath,
                       const QStringList &extra)
{
    const CryptoFixture &fixture = CryptoFixture::instance();
    const QString contentPath = fixture.newPath(QStringLiteral(".txt"));
    writeFile(contentPath, content);
    const QString signaturePath = fixture.newPath(QStringLiteral(".p7s"));
    const ProcessResult signing = runOpenssl(
        QStringList{QStringLiteral("cms"), QStringLiteral("-sign"), QStringLiteral("-binary"),
                    QStringLiteral("-md"), QStringLiteral("sha256"), QStringLiteral("-in"),
                    contentPath, QStringLiteral("-signer"), certPath, QStringLiteral("-inkey"),
                    keyPath, QStringLiteral("-outform"), QStringLiteral("DER"),
                    QStringLiteral("-out"), signaturePath}
        + extra);
    INFO(signing.errors.toStdString());
    REQUIRE(signing.exitCode == 0);
    return readFile(signaturePath);
}

QByteArray stdoutDuring(const std::function<void()> &action)
{
    QTemporaryFile capture;
    REQUIRE(capture.open());
    std::fflush(stdout);
    const int saved = ::dup(STDOUT_FILENO);
    REQUIRE(saved >= 0);
    REQUIRE(::dup2(capture.handle(), STDOUT_FILENO) >= 0);
    try {
        action();
    } catch (...) {
        std::fflush(stdout);
        ::dup2(saved, STDOUT_FILENO);
        ::close(saved);
        throw;
    }
    std::fflush(stdout);
    ::dup2(saved, STDOUT_FILENO);
    ::close(saved);
    capture.seek(0);
    return capture.readAll();
}

QString exportPkcs12(const QTemporaryDir &dir, const OpensslCertificate &cert,
                     const QString &passphrase)
{
    const QString path = dir.filePath(QFileInfo(cert.certPath).baseName() + QStringLiteral(".p12"));
    REQUIRE(runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"),
                        cert.certPath, QStringLiteral("-inkey"), cert.keyPath,
                        QStringLiteral("-passout"), QStringLiteral("pass:") + passphrase,
                        QStringLiteral("-out"), path})
                .exitCode
            == 0);
    return path;
}

} // namespace Quorum::Test
