// SPDX-License-Identifier: GPL-3.0-or-later
#include "signingidentity.h"

#include "crypto/cryptoerror.h"
#include "storage/certificaterepository.h"
#include "storage/personrepository.h"
#include "widgets/backgroundwork.h"

#include <QSettings>

namespace Quorum::Ui {

namespace {

const QString kKeyFileKey = QStringLiteral("signing/keyFile");
const QString kFingerprintKey = QStringLiteral("signing/fingerprint");
const QString kCertificateKey = QStringLiteral("signing/certificate");

std::optional<Person> ownerOf(Database &db, const QString &fingerprint)
{
    const std::optional<StoredCertificate> stored
        = CertificateRepository(db).byFingerprint(fingerprint);
    return stored ? PersonRepository(db).byId(stored->personId) : std::nullopt;
}

} // namespace

SigningIdentity::SigningIdentity(QObject *parent)
    : QObject(parent)
{
    load();
    m_status = hasKey() ? Status::NoDatabase : Status::NoKey;
}

void SigningIdentity::load()
{
    const QSettings settings;
    m_keyPath = settings.value(kKeyFileKey).toString();
    m_fingerprint = settings.value(kFingerprintKey).toString();
    m_certificate.reset();
    const QByteArray pem = settings.value(kCertificateKey).toByteArray();
    if (!pem.isEmpty()) {
        try {
            CertificateInfo info = Crypto::certificateFromPem(pem);
            if (info.fingerprintSha256 == m_fingerprint) {
                m_certificate = std::move(info);
            }
        } catch (const CryptoError &) {
            // A damaged entry: the fingerprint alone still identifies the signer.
        }
    }
}

void SigningIdentity::store() const
{
    QSettings settings;
    if (m_keyPath.isEmpty()) {
        settings.remove(kKeyFileKey);
        settings.remove(kFingerprintKey);
        settings.remove(kCertificateKey);
        return;
    }
    settings.setValue(kKeyFileKey, m_keyPath);
    settings.setValue(kFingerprintKey, m_fingerprint);
    settings.setValue(kCertificateKey, m_certificate ? m_certificate->pem : QByteArray());
}

void SigningIdentity::setDatabaseSource(std::function<const Database *()> source)
{
    m_databaseSource = std::move(source);
}

void SigningIdentity::setKey(const QString &p12Path, const CertificateInfo &certificate)
{
    m_keyPath = p12Path;
    m_fingerprint = certificate.fingerprintSha256;
    m_certificate = certificate;
    store();
    Q_EMIT keyChanged();
    resolve();
}

void SigningIdentity::forget()
{
    m_keyPath.clear();
    m_fingerprint.clear();
    m_certificate.reset();
    store();
    Q_EMIT keyChanged();
    resolve();
}

std::optional<qint64> SigningIdentity::personId() const
{
    return m_person ? std::optional(m_person->id) : std::nullopt;
}

QString SigningIdentity::databasePath() const
{
    const Database *db = m_databaseSource ? m_databaseSource() : nullptr;
    return db ? db->path() : QString();
}

void SigningIdentity::setStatus(Status status, std::optional<Person> person)
{
    m_status = status;
    m_person = std::move(person);
    Q_EMIT resolved();
}

void SigningIdentity::resolve()
{
    const quint64 generation = ++m_generation;
    const Database *db = m_databaseSource ? m_databaseSource() : nullptr;
    m_failure.clear();
    if (!hasKey()) {
        setStatus(Status::NoKey);
        return;
    }
    if (!db) {
        setStatus(Status::NoDatabase);
        return;
    }
    m_status = Status::Resolving;
    runWithDatabase<std::optional<Person>>(
        this, *db,
        [fingerprint = m_fingerprint](Database &worker) { return ownerOf(worker, fingerprint); },
        [this, generation](std::optional<Person> person) {
            if (generation == m_generation) {
                setStatus(person ? Status::Registered : Status::NotRegistered, std::move(person));
            }
        },
        [this, generation](const WorkFailure &failure) {
            if (generation == m_generation) {
                m_failure = failure.message;
                setStatus(Status::Failed);
            }
        });
}

} // namespace Quorum::Ui
