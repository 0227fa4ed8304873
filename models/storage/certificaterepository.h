// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/certificateinfo.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace Quorum {

class Database;
class WriteTransaction;

/// A person's certificate as the database keeps it: the public part only.
struct StoredCertificate
{
    qint64 id = 0;
    qint64 personId = 0;
    QString fingerprintSha256; ///< SHA-256 of the DER encoding: 64 lower-case hex digits
    QString subject;           ///< "Common Name <e-mail>", or the common name alone
    QDateTime notBefore;       ///< UTC
    QDateTime notAfter;        ///< UTC
    QByteArray pem;            ///< the certificate, PEM; Crypto::certificateFromPem() reads it
    QDateTime addedAt;         ///< UTC
};

/// The certificates of people's signing keys, and who a certificate belongs to. A signer is
/// identified by the certificate of the key they sign with: byFingerprint() answers "who".
class CertificateRepository
{
public:
    explicit CertificateRepository(Database &db);

    /// Stores @p certificate for person @p personId and returns the new id, recording the
    /// insert in the audit trail within @p transaction. Every column is derived afresh from
    /// @p certificate.pem (parsed again), so the row holds the certificate alone — never a key
    /// that came along in the PEM — and a fingerprint that belongs to it.
    /// Throws DatabaseError (Constraint) when the fingerprint is already registered, to anyone,
    /// or the person does not exist; CryptoError (BadFile) when the PEM is not a certificate.
    qint64 add(WriteTransaction &transaction, qint64 personId, const CertificateInfo &certificate);

    /// The certificate with @p fingerprintSha256 (hex, any case, colons allowed), or nullopt.
    std::optional<StoredCertificate> byFingerprint(const QString &fingerprintSha256) const;
    /// Every certificate of person @p personId, oldest first.
    std::vector<StoredCertificate> forPerson(qint64 personId) const;

private:
    std::vector<StoredCertificate> select(const QString &where, const QVariant &value) const;

    Database &m_db;
};

} // namespace Quorum
