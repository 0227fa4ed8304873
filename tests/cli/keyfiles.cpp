// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyfiles.h"

#include "ctlrunner.h"

#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

#include <optional>

namespace Quorum::Test {

namespace {

QTemporaryDir &keyFolder()
{
    static QTemporaryDir dir;
    REQUIRE(dir.isValid());
    return dir;
}

KeyFile makeKey(const QString &name, const QString &email, const QString &stem)
{
    KeyFile key{name, email, keyFolder().filePath(stem + QStringLiteral(".p12")), {}};
    const CtlResult result = runCtl({QStringLiteral("keygen"), QStringLiteral("--name"), name,
                                     QStringLiteral("--email"), email, QStringLiteral("--out"),
                                     key.p12Path, QStringLiteral("--json")},
                                    withPassphrase());
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    key.fingerprint = result.json().object().value(QStringLiteral("fingerprint_sha256")).toString();
    REQUIRE(key.fingerprint.size() == 64);
    return key;
}

} // namespace

OpensslResult runOpenssl(const QStringList &arguments, const QByteArray &input)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    REQUIRE_FALSE(program.isEmpty());
    QProcess process;
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60'000));
    OpensslResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = process.readAllStandardOutput();
    result.errors = process.readAllStandardError();
    return result;
}

QString opensslFingerprint(const QByteArray &pem)
{
    const OpensslResult result
        = runOpenssl({QStringLiteral("x509"), QStringLiteral("-noout"),
                      QStringLiteral("-fingerprint"), QStringLiteral("-sha256")},
                     pem);
    INFO(result.errors.toStdString());
    REQUIRE(result.exitCode == 0);
    const QString line = QString::fromLatin1(result.output);
    return line.mid(line.indexOf(QLatin1Char('=')) + 1)
        .trimmed()
        .remove(QLatin1Char(':'))
        .toLower();
}

QByteArray opensslCertificateOf(const QString &p12Path, const QString &passphrase)
{
    const OpensslResult result = runOpenssl(
        {QStringLiteral("pkcs12"), QStringLiteral("-in"), p12Path, QStringLiteral("-passin"),
         QStringLiteral("pass:") + passphrase, QStringLiteral("-nokeys")});
    INFO(result.errors.toStdString());
    REQUIRE(result.exitCode == 0);
    return result.output;
}

QString keyPassphrase()
{
    return QStringLiteral("correct horse battery staple");
}

QProcessEnvironment withPassphrase(const QString &passphrase)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("QUORUM_PASSPHRASE"), passphrase);
    return environment;
}

const KeyFile &adaKey()
{
    static std::optional<KeyFile> key;
    if (!key) {
        key = makeKey(QStringLiteral("Ada Ôkafor"), QStringLiteral("ada@example.org"),
                      QStringLiteral("ada"));
    }
    return *key;
}

const KeyFile &boKey()
{
    static std::optional<KeyFile> key;
    if (!key) {
        key = makeKey(QStringLiteral("Bo Lind"), QStringLiteral("bo@example.org"),
                      QStringLiteral("bo"));
    }
    return *key;
}

} // namespace Quorum::Test
