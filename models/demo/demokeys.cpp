// SPDX-License-Identifier: GPL-3.0-or-later
// The demo people's signing keys: a PKCS#12 file per active person, in a folder beside the
// demo database (never in it), under the documented demo passphrase. Generating RSA-3072 keys
// takes about a second each, so they are kept in a cache folder and copied from there.
#include "demokeys.h"

#include "crypto/certificateinfo.h"
#include "crypto/keygenerator.h"
#include "democontext.h"
#include "demosteps.h"
#include "storage/certificaterepository.h"
#include "storage/databaseerror.h"
#include "storage/personrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <unistd.h>

namespace Quorum::Demo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Demo", text);
}

// Valid long before and after any demo date this release builds, so that the demo's
// historical signatures fall inside the validity (QCA reads dates only up to 2049).
const Crypto::CertificateValidity kValidity{QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC),
                                            20 * 365};

QString keyCacheFolder()
{
    const QString configured = qEnvironmentVariable("QUORUM_DEMO_KEY_CACHE");
    if (!configured.isEmpty()) {
        return configured;
    }
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QStringLiteral("/quorum/demo-keys");
}

// The cached key file of @p person, generated when missing. Processes may race: each
// generates a draft and link() lets the first one win atomically.
QString cachedKey(const Person &person)
{
    const QDir cache(keyCacheFolder());
    if (!QDir().mkpath(cache.path())) {
        throw DatabaseError(DatabaseErrorKind::Io, cache.path(),
                            tr("The demo key cache %1 cannot be created.").arg(cache.path()));
    }
    const QString stem = person.email.section(QLatin1Char('@'), 0, 0);
    const QString path = cache.filePath(stem + QStringLiteral(".p12"));
    if (!QFile::exists(path)) {
        const QString draft = cache.filePath(
            QStringLiteral("%1.%2.draft").arg(stem).arg(QCoreApplication::applicationPid()));
        QFile::remove(draft);
        Crypto::generateIdentity(person.name, person.email, draft, demoPassphrase(), kValidity);
        ::link(QFile::encodeName(draft).constData(), QFile::encodeName(path).constData());
        QFile::remove(draft);
    }
    return path;
}

void writeReadme(const QDir &folder)
{
    QFile readme(folder.filePath(QStringLiteral("README.txt")));
    if (readme.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        readme.write(tr("Signing keys of the people of the Quorum demo database.\n"
                        "Each .p12 file holds one person's private key and certificate;\n"
                        "the passphrase of every file is: %1\n"
                        "Choose one in the workbench (Settings > Signing identity) or pass it\n"
                        "to 'quorumctl decide --key FILE.p12'. They are demo keys: never use\n"
                        "them for a real decision.\n")
                         .arg(demoPassphrase())
                         .toUtf8());
    }
}

} // namespace

QString demoPassphrase()
{
    return QStringLiteral("quorum-demo");
}

void addCertificates(DemoContext &context)
{
    if (context.keyFolder.isEmpty()) {
        return;
    }
    const QDir folder(context.keyFolder);
    if (!QDir().mkpath(folder.path())) {
        throw DatabaseError(DatabaseErrorKind::Io, folder.path(),
                            tr("The demo key folder %1 cannot be created.").arg(folder.path()));
    }
    CertificateRepository certificates(context.db);
    for (const Person &person : PersonRepository(context.db).all()) {
        if (!person.active) {
            continue;
        }
        const QString cached = cachedKey(person);
        const QString target = folder.filePath(QFileInfo(cached).fileName());
        QFile::remove(target);
        if (!QFile::copy(cached, target)) {
            throw DatabaseError(DatabaseErrorKind::Io, target,
                                tr("The demo key %1 cannot be written.").arg(target));
        }
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        const CertificateInfo certificate = Crypto::readCertificate(target, demoPassphrase());
        certificates.add(context.transaction, person.id, certificate);
        context.keys.insert(person.id, target);
    }
    writeReadme(folder);
}

} // namespace Quorum::Demo
