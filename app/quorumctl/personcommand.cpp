// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl person add|list': people, their roles and the certificates that identify them.
#include "command.h"
#include "commands.h"
#include "console.h"
#include "crypto/certificateinfo.h"
#include "crypto/cryptoerror.h"
#include "invocation.h"
#include "passphraseprompt.h"
#include "storage/certificaterepository.h"
#include "storage/database.h"
#include "storage/databaseerror.h"
#include "storage/dbtime.h"
#include "storage/personrepository.h"
#include "storage/writetransaction.h"
#include "tableprinter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace Quorum::Cli {

namespace {

/// Fingerprints are 64 hex digits; the table shows their start (--json prints them whole).
constexpr qsizetype kShortFingerprint = 16;

const QStringList &addOnlyOptions()
{
    static const QStringList options{QStringLiteral("name"), QStringLiteral("email"),
                                     QStringLiteral("role"), QStringLiteral("cert")};
    return options;
}

class PersonCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Cli::PersonCommand)

public:
    QString name() const override { return QStringLiteral("person"); }
    QString summary() const override { return tr("Add a person or list the people"); }
    QString description() const override
    {
        return tr("'person add' registers a person with one or more roles and, with --cert, "
                  "the\ncertificate of their signing key: a PEM or DER certificate, or a PKCS#12 "
                  "key\nfile (its passphrase from QUORUM_PASSPHRASE, else asked on the "
                  "terminal).\nOnly the certificate is stored, never the key. A signer is "
                  "identified by the\ncertificate of the key they sign with, so a certificate "
                  "belongs to one person.\nThe person and the certificate are stored together "
                  "or not at all.\n'person list' shows everyone: e-mail, roles, whether active "
                  "and the SHA-256\nfingerprints of their certificates (abbreviated; whole "
                  "with --json).\nRoles: %1.")
            .arg(roleKeys().join(QStringLiteral(", ")));
    }
    QStringList synopses() const override
    {
        return {QStringLiteral("[--db FILE] person add --name NAME --email EMAIL "
                               "--role ROLE[,ROLE…]\n"
                               "                 [--cert FILE.pem|FILE.der|FILE.p12] [--json]"),
                QStringLiteral("[--db FILE] person list [--json]")};
    }
    QList<Argument> arguments() const override
    {
        return {{QStringLiteral("ACTION"), tr("add or list")}};
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption({QStringLiteral("name")}, tr("add: the person's name."),
                               QStringLiteral("NAME")),
            QCommandLineOption({QStringLiteral("email")},
                               tr("add: the person's e-mail address (unique)."),
                               QStringLiteral("EMAIL")),
            QCommandLineOption({QStringLiteral("role")},
                               tr("add: roles, comma-separated or repeated."),
                               QStringLiteral("ROLE")),
            QCommandLineOption({QStringLiteral("cert")},
                               tr("add: the certificate of the person's signing key."),
                               QStringLiteral("FILE")),
        };
    }
    QList<ExitCodeMeaning> exitCodeMeanings() const override
    {
        return {
            {ExitCode::Usage,
             tr("usage error: a missing or invalid option, an unknown role, a certificate\n"
                "file that does not exist, is not a certificate or cannot sign, a wrong\n"
                "passphrase, no passphrase (QUORUM_PASSPHRASE unset and input not a terminal)")},
            {ExitCode::Database,
             tr("database error, including an e-mail address or certificate already\n"
                "registered (nothing is stored), or a certificate file that cannot be read")},
        };
    }

    ExitCode run(const Invocation &invocation) override
    {
        const QString action = invocation.positionalArguments().constFirst();
        if (action == QLatin1String("add")) {
            return add(invocation);
        }
        if (action == QLatin1String("list")) {
            for (const QString &option : addOnlyOptions()) {
                if (invocation.isSet(option)) {
                    throw UsageError(tr("--%1 is for 'person add' only.").arg(option));
                }
            }
            return list(invocation);
        }
        throw UsageError(tr("unknown action '%1': use 'person add' or 'person list'.").arg(action));
    }

private:
    static QStringList roleKeys()
    {
        QStringList keys;
        for (Role role : kAllRoles) {
            keys << roleKey(role);
        }
        return keys;
    }

    static Person personFrom(const Invocation &invocation)
    {
        Person person;
        person.name = invocation.value(QStringLiteral("name")).trimmed();
        person.email = invocation.value(QStringLiteral("email")).trimmed();
        if (person.name.isEmpty()) {
            throw UsageError(tr("--name is required."));
        }
        static const QRegularExpression kEmail(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
        if (!kEmail.match(person.email).hasMatch()) {
            throw UsageError(person.email.isEmpty()
                                 ? tr("--email is required.")
                                 : tr("'%1' is not an e-mail address.").arg(person.email));
        }
        for (const QString &value : invocation.values(QStringLiteral("role"))) {
            for (const QString &key : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const std::optional<Role> role = roleFromKey(key.trimmed());
                if (!role) {
                    throw UsageError(
                        tr("unknown role '%1'; the roles are: %2.")
                            .arg(key.trimmed(), roleKeys().join(QStringLiteral(", "))));
                }
                if (!person.hasRole(*role)) {
                    person.roles.push_back(*role);
                }
            }
        }
        if (person.roles.empty()) {
            throw UsageError(tr("--role is required: one or more of %1.")
                                 .arg(roleKeys().join(QStringLiteral(", "))));
        }
        std::sort(person.roles.begin(), person.roles.end());
        return person;
    }

    /// The certificate in @p path; a PKCS#12 file is opened with the passphrase, and only its
    /// certificate is kept.
    static CertificateInfo certificateFrom(const QString &path, const Person &person)
    {
        const QString file = QDir::toNativeSeparators(path);
        if (!QFileInfo(path).isFile()) {
            throw UsageError(tr("the certificate file %1 does not exist.").arg(file));
        }
        CertificateInfo certificate;
        try {
            certificate = Crypto::readCertificate(path);
        } catch (const CryptoError &error) {
            if (error.kind() != CryptoErrorKind::WrongPassphrase) {
                throw;
            }
            const QString passphrase = readPassphrase(PassphrasePurpose::OpenKeyFile, path);
            certificate = Crypto::readCertificate(path, passphrase);
        }
        if (!certificate.keySupported) {
            throw UsageError(tr("the certificate in %1 uses a key type Quorum cannot check "
                                "signatures with (only RSA keys are supported). Make a signing "
                                "key with 'quorumctl keygen'.")
                                 .arg(file));
        }
        if (!certificate.canSign) {
            throw UsageError(tr("the certificate in %1 does not allow digital signatures (its "
                                "key usage), so it cannot identify a signer.")
                                 .arg(file));
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!certificate.isValidAt(now)) {
            Console::error(
                tr("note: the certificate in %1 is not valid now (valid %2 to %3).")
                    .arg(file, toDbTime(certificate.notBefore), toDbTime(certificate.notAfter)));
        }
        if (!certificate.email.isEmpty()
            && certificate.email.compare(person.email, Qt::CaseInsensitive) != 0) {
            Console::error(tr("note: the certificate in %1 names the e-mail address %2, not %3.")
                               .arg(file, certificate.email, person.email));
        }
        return certificate;
    }

    static ExitCode add(const Invocation &invocation)
    {
        Person person = personFrom(invocation);
        Database db = Database::open(invocation.databasePath());
        std::optional<CertificateInfo> certificate;
        if (invocation.isSet(QStringLiteral("cert"))) {
            certificate = certificateFrom(invocation.value(QStringLiteral("cert")), person);
        }
        WriteTransaction transaction(db, Actor::program(QStringLiteral("quorumctl")));
        if (const auto existing = PersonRepository(db).byEmail(person.email)) {
            throw DatabaseError(DatabaseErrorKind::Constraint, db.path(),
                                tr("%1 already has a person with the e-mail address %2 (%3). "
                                   "Nothing was changed.")
                                    .arg(db.path(), existing->email, existing->name));
        }
        person.id = PersonRepository(db).add(transaction, person);
        if (certificate) {
            CertificateRepository(db).add(transaction, person.id, *certificate);
        }
        transaction.commit();
        const Person stored = PersonRepository(db).byId(person.id).value_or(person);
        const auto certificates = CertificateRepository(db).forPerson(person.id);
        if (invocation.json()) {
            Console::json(QJsonDocument(toJson(stored, certificates)));
        } else {
            Console::out(addedText(db, stored, certificates));
        }
        return ExitCode::Success;
    }

    static ExitCode list(const Invocation &invocation)
    {
        Database db = Database::open(invocation.databasePath());
        const CertificateRepository certificates(db);
        const std::vector<Person> people = PersonRepository(db).all();
        if (invocation.json()) {
            QJsonArray rows;
            for (const Person &person : people) {
                rows.append(toJson(person, certificates.forPerson(person.id)));
            }
            Console::json(QJsonDocument(rows));
            return ExitCode::Success;
        }
        if (people.empty()) {
            Console::out(tr("No people in %1 yet.\n").arg(db.path()));
            return ExitCode::Success;
        }
        TablePrinter table(
            {tr("NAME"), tr("EMAIL"), tr("ROLES"), tr("ACTIVE"), tr("CERTIFICATES (SHA-256)")});
        for (const Person &person : people) {
            QStringList fingerprints;
            for (const StoredCertificate &certificate : certificates.forPerson(person.id)) {
                fingerprints << certificate.fingerprintSha256.left(kShortFingerprint);
            }
            table.addRow({person.name, person.email, rolesText(person),
                          person.active ? tr("yes") : tr("no"),
                          fingerprints.isEmpty() ? QStringLiteral("-")
                                                 : fingerprints.join(QStringLiteral(", "))});
        }
        Console::out(table.toString());
        return ExitCode::Success;
    }

    static QString rolesText(const Person &person)
    {
        QStringList keys;
        for (Role role : person.roles) {
            keys << roleKey(role);
        }
        return keys.join(QLatin1Char(','));
    }

    static QJsonObject toJson(const Person &person,
                              const std::vector<StoredCertificate> &certificates)
    {
        QJsonArray roles;
        for (Role role : person.roles) {
            roles.append(roleKey(role));
        }
        QJsonArray certs;
        for (const StoredCertificate &certificate : certificates) {
            certs.append(QJsonObject{
                {QStringLiteral("fingerprint_sha256"), certificate.fingerprintSha256},
                {QStringLiteral("subject"), certificate.subject},
                {QStringLiteral("not_before"), toDbTime(certificate.notBefore)},
                {QStringLiteral("not_after"), toDbTime(certificate.notAfter)},
            });
        }
        return QJsonObject{
            {QStringLiteral("id"), person.id},         {QStringLiteral("name"), person.name},
            {QStringLiteral("email"), person.email},   {QStringLiteral("roles"), roles},
            {QStringLiteral("active"), person.active}, {QStringLiteral("certificates"), certs},
        };
    }

    static QString addedText(const Database &db, const Person &person,
                             const std::vector<StoredCertificate> &certificates)
    {
        QString text = tr("Added %1 <%2> (person #%3) to %4 with the roles %5.\n")
                           .arg(person.name, person.email)
                           .arg(person.id)
                           .arg(db.path(), rolesText(person));
        for (const StoredCertificate &certificate : certificates) {
            text += tr("Certificate:  SHA-256 %1, valid until %2\n")
                        .arg(certificate.fingerprintSha256,
                             certificate.notAfter.toString(
                                 QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")));
        }
        return text;
    }
};

} // namespace

std::unique_ptr<Command> makePersonCommand()
{
    return std::make_unique<PersonCommand>();
}

} // namespace Quorum::Cli
