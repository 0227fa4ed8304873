// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificaterepository.h"

#include "audit/audittrail.h"
#include "database.h"
#include "databaseerror.h"
#include "dbtime.h"
#include "personrepository.h"
#include "query.h"
#include "writetransaction.h"

#include <QCoreApplication>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::CertificateRepository", text);
}

QString subjectOf(const CertificateInfo &certificate)
{
    if (certificate.email.isEmpty()) {
        return certificate.commonName;
    }
    return QStringLiteral("%1 <%2>").arg(certificate.commonName, certificate.email);
}

QString normalisedFingerprint(const QString &fingerprint)
{
    return fingerprint.trimmed().remove(QLatin1Char(':')).toLower();
}

} // namespace

CertificateRepository::CertificateRepository(Database &db)
    : m_db(db)
{}

qint64 CertificateRepository::add(WriteTransaction &transaction, qint64 personId,
                                  const CertificateInfo &certificate)
{
    const CertificateInfo parsed = Crypto::certificateFromPem(certificate.pem);
    if (const auto existing = byFingerprint(parsed.fingerprintSha256)) {
        const auto owner = PersonRepository(m_db).byId(existing->personId);
        const QString holder = owner ? QStringLiteral("%1 <%2>").arg(owner->name, owner->email)
                                     : tr("person #%1").arg(existing->personId);
        throw DatabaseError(DatabaseErrorKind::Constraint, m_db.path(),
                            tr("The certificate with SHA-256 fingerprint %1 is already "
                               "registered to %2 in %3; a certificate identifies one signer "
                               "only. Nothing was changed.")
                                .arg(parsed.fingerprintSha256, holder, m_db.path()));
    }
    Query insert(m_db,
                 QStringLiteral("INSERT INTO certificates (person_id, pem, "
                                "fingerprint_sha256, subject, not_before, not_after, "
                                "added_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(personId)
        .bind(QString::fromLatin1(parsed.pem))
        .bind(parsed.fingerprintSha256)
        .bind(subjectOf(parsed))
        .bind(toDbTime(parsed.notBefore))
        .bind(toDbTime(parsed.notAfter))
        .bind(toDbTime(QDateTime::currentDateTimeUtc()));
    insert.exec();
    const qint64 id = insert.lastInsertId();
    AuditTrail(m_db).recordInsert(transaction, QStringLiteral("certificates"), id);
    return id;
}

std::optional<StoredCertificate>
CertificateRepository::byFingerprint(const QString &fingerprintSha256) const
{
    auto found = select(QStringLiteral("fingerprint_sha256 = ?"),
                        normalisedFingerprint(fingerprintSha256));
    return found.empty() ? std::nullopt
                         : std::optional<StoredCertificate>(std::move(found.front()));
}

std::vector<StoredCertificate> CertificateRepository::forPerson(qint64 personId) const
{
    return select(QStringLiteral("person_id = ?"), personId);
}

std::vector<StoredCertificate> CertificateRepository::select(const QString &where,
                                                             const QVariant &value) const
{
    Query query(m_db,
                QStringLiteral("SELECT id, person_id, fingerprint_sha256, subject, "
                               "not_before, not_after, pem, added_at FROM certificates "
                               "WHERE %1 ORDER BY added_at, id")
                    .arg(where));
    query.bind(value).exec();
    std::vector<StoredCertificate> rows;
    while (query.next()) {
        StoredCertificate row;
        row.id = query.value(0).toLongLong();
        row.personId = query.value(1).toLongLong();
        row.fingerprintSha256 = query.value(2).toString();
        row.subject = query.value(3).toString();
        row.notBefore = fromDbTime(query.value(4));
        row.notAfter = fromDbTime(query.value(5));
        row.pem = query.value(6).toString().toLatin1();
        row.addedAt = fromDbTime(query.value(7));
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace Quorum
