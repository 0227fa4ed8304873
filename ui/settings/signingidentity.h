// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/certificateinfo.h"
#include "domain/person.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Quorum {
class Database;
}

namespace Quorum::Ui {

/// Who the workbench acts and signs as: the PKCS#12 key file chosen in Settings, known by its
/// certificate, and the person that certificate belongs to in the open database.
///
/// The key file's path, the certificate's SHA-256 fingerprint and the certificate itself (its
/// public part) are kept in QSettings; the passphrase never is. Who the certificate belongs to
/// is read on a worker thread whenever the key or the database changes (resolved()).
class SigningIdentity final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SigningIdentity)

public:
    enum class Status {
        NoKey,         ///< no key file chosen yet
        NoDatabase,    ///< a key is chosen but no database is open
        Resolving,     ///< looking the certificate up in the database
        Registered,    ///< the certificate belongs to person()
        NotRegistered, ///< nobody in the database has this certificate
        Failed,        ///< the database could not be read
    };

    explicit SigningIdentity(QObject *parent = nullptr);

    /// Where the open database comes from (nullptr when none is open); resolve() asks it.
    void setDatabaseSource(std::function<const Database *()> source);

    bool hasKey() const { return !m_keyPath.isEmpty(); }
    const QString &keyPath() const { return m_keyPath; }
    const QString &fingerprint() const { return m_fingerprint; }
    /// The key's certificate, when it was read (always after setKey()).
    const std::optional<CertificateInfo> &certificate() const { return m_certificate; }

    /// Uses and remembers the key file @p p12Path whose certificate (read with its passphrase)
    /// is @p certificate, then resolves it.
    void setKey(const QString &p12Path, const CertificateInfo &certificate);
    /// Forgets the key file.
    void forget();

    /// Looks the certificate up in the open database on a worker thread; resolved() follows.
    void resolve();
    Status status() const { return m_status; }
    /// The person the certificate belongs to, when status() is Registered.
    const std::optional<Person> &person() const { return m_person; }
    std::optional<qint64> personId() const;
    /// The file of the open database, or empty.
    QString databasePath() const;
    /// Why resolving failed (status() Failed), user-facing.
    const QString &failure() const { return m_failure; }

Q_SIGNALS:
    /// The key file changed (chosen or forgotten).
    void keyChanged();
    /// status() and person() changed.
    void resolved();

private:
    void load();
    void store() const;
    void setStatus(Status status, std::optional<Person> person = std::nullopt);

    std::function<const Database *()> m_databaseSource;
    QString m_keyPath;
    QString m_fingerprint;
    std::optional<CertificateInfo> m_certificate;
    Status m_status = Status::NoKey;
    std::optional<Person> m_person;
    QString m_failure;
    quint64 m_generation = 0; ///< of the newest lookup; older answers are dropped
};

} // namespace Quorum::Ui
