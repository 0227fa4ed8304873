// SPDX-License-Identifier: GPL-3.0-or-later
#include "testkeys.h"

#include "crypto/keygenerator.h"
#include "storage/certificaterepository.h"
#include "storage/personrepository.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <catch2/catch_test_macros.hpp>

#include <unistd.h>

namespace Quorum::Test {

QString testKeyPassphrase()
{
    return QStringLiteral("test-key-passphrase");
}

QString testKeyFolder()
{
    return QStringLiteral(QUORUM_TEST_KEY_DIR);
}

TestKey testKey(const QString &handle)
{
    REQUIRE(QDir().mkpath(testKeyFolder()));
    const QDir folder(testKeyFolder());
    TestKey key{QStringLiteral("Test %1").arg(handle),
                QStringLiteral("%1@example.org").arg(handle),
                folder.filePath(handle + QStringLiteral(".p12")),
                {}};
    if (!QFile::exists(key.p12Path)) {
        const QString draft = folder.filePath(
            QStringLiteral("%1.%2.draft.p12").arg(handle).arg(QCoreApplication::applicationPid()));
        QFile::remove(draft);
        Crypto::generateIdentity(key.name, key.email, draft, testKeyPassphrase());
        // link() fails when the name exists: the first process to finish wins, atomically.
        ::link(QFile::encodeName(draft).constData(), QFile::encodeName(key.p12Path).constData());
        QFile::remove(draft);
    }
    key.certificate = Crypto::readCertificate(key.p12Path, testKeyPassphrase());
    return key;
}

Person addTestPerson(Database &db, const QString &handle, std::vector<Role> roles)
{
    const TestKey key = testKey(handle);
    Person person;
    person.name = key.name;
    person.email = key.email;
    person.roles = std::move(roles);
    WriteTransaction transaction(db);
    person.id = PersonRepository(db).add(transaction, person);
    CertificateRepository(db).add(transaction, person.id, key.certificate);
    transaction.commit();
    return person;
}

} // namespace Quorum::Test
