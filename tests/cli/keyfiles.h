// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Quorum::Test {

/// What the stock openssl tool did.
struct OpensslResult
{
    int exitCode = -1;
    QByteArray output;
    QByteArray errors;
};

/// Runs `openssl` with @p arguments, feeding @p input on stdin. Fails the test when the tool
/// is missing or does not finish.
OpensslResult runOpenssl(const QStringList &arguments, const QByteArray &input = {});

/// openssl's SHA-256 fingerprint of the PEM certificate @p pem, as 64 lower-case hex digits.
QString opensslFingerprint(const QByteArray &pem);

/// The certificate in a PKCS#12 file, as `openssl pkcs12 -nokeys` reads it (PEM).
QByteArray opensslCertificateOf(const QString &p12Path, const QString &passphrase);

/// The passphrase of the shared key files.
QString keyPassphrase();
/// An environment with QUORUM_PASSPHRASE set to @p passphrase.
QProcessEnvironment withPassphrase(const QString &passphrase = keyPassphrase());

/// A key file made by 'quorumctl keygen --json' and what it printed.
struct KeyFile
{
    QString name;
    QString email;
    QString p12Path;
    QString fingerprint; ///< as printed by keygen
};

/// Two key files, each made on first use and kept for the rest of the run (RSA-3072 takes
/// about a second). Tests must not change them.
const KeyFile &adaKey(); ///< "Ada Ôkafor" <ada@example.org>
const KeyFile &boKey();  ///< "Bo Lind" <bo@example.org>

} // namespace Quorum::Test
