// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/certificateinfo.h"
#include "domain/person.h"

#include <QString>

#include <vector>

namespace Quorum {
class Database;
}

namespace Quorum::Test {

/// A signing key file for tests: "Test <handle>" <handle@example.org>, RSA-3072.
struct TestKey
{
    QString name;
    QString email;
    QString p12Path;
    CertificateInfo certificate;
};

/// The key file of @p handle (lower-case letters and digits), generated on first use and then
/// kept in the build tree for every later test process (RSA-3072 takes about a second; the
/// governance tests need a dozen signers). Safe when processes race: a key file appears
/// atomically and the first one wins. Tests must not change the files.
TestKey testKey(const QString &handle);

/// The passphrase of every test key file.
QString testKeyPassphrase();

/// The folder the test key files live in.
QString testKeyFolder();

/// Stores the person "Test <handle>" <handle@example.org> with @p roles in @p db and registers
/// the certificate of testKey(@p handle) for them, in one write transaction; returns them.
Person addTestPerson(Database &db, const QString &handle, std::vector<Role> roles);

} // namespace Quorum::Test
