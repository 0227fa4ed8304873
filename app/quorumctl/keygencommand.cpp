// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl keygen': a new signing key and its self-signed certificate in a PKCS#12 file.
#include "command.h"
#include "commands.h"
#include "console.h"
#include "crypto/keygenerator.h"
#include "invocation.h"
#include "passphraseprompt.h"
#include "storage/dbtime.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace Quorum::Cli {

namespace {

class KeygenCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Cli::KeygenCommand)

public:
    QString name() const override { return QStringLiteral("keygen"); }
    QString summary() const override { return tr("Make a signing key and its certificate"); }
    QString description() const override
    {
        return tr("Makes an RSA-3072 signing key with a self-signed X.509 certificate (key "
                  "usage\ndigitalSignature and nonRepudiation, SHA-256) and writes both to a new "
                  "PKCS#12\nfile readable by you only, protected by a passphrase: the "
                  "QUORUM_PASSPHRASE\nenvironment variable, else asked twice on the terminal. "
                  "An existing file is\nnever overwritten. Prints the certificate's SHA-256 "
                  "fingerprint, subject and\nvalidity; register it with 'quorumctl person add "
                  "--cert FILE'. The key never\nenters a database. Needs no --db.");
    }
    QStringList synopses() const override
    {
        return {QStringLiteral("keygen --name NAME --email EMAIL --out FILE.p12 [--days N] "
                               "[--json]")};
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption({QStringLiteral("name")},
                               tr("The signer's name, the certificate's common name."),
                               QStringLiteral("NAME")),
            QCommandLineOption({QStringLiteral("email")},
                               tr("The signer's e-mail address, in the certificate."),
                               QStringLiteral("EMAIL")),
            QCommandLineOption({QStringLiteral("out")},
                               tr("The PKCS#12 file to write; it must not exist."),
                               QStringLiteral("FILE.p12")),
            QCommandLineOption(
                {QStringLiteral("days")},
                tr("Days the certificate is valid (default %1).").arg(Crypto::kDefaultValidityDays),
                QStringLiteral("N")),
        };
    }
    bool usesDatabase() const override { return false; }
    QList<ExitCodeMeaning> exitCodeMeanings() const override
    {
        return {
            {ExitCode::Usage,
             tr("usage error: a missing or invalid option, --out exists, no passphrase\n"
                "(QUORUM_PASSPHRASE unset and input not a terminal), an empty or mismatched\n"
                "passphrase, a name or e-mail address a certificate cannot hold")},
            {ExitCode::Database,
             tr("the key file could not be written (folder missing or "
                "read-only, disk full)")},
            {ExitCode::Internal,
             tr("internal error, or the cryptography library (QCA's "
                "OpenSSL plugin)\nis missing or failed")},
        };
    }

    ExitCode run(const Invocation &invocation) override
    {
        const QString signer = required(invocation, QStringLiteral("name")).trimmed();
        const QString email = required(invocation, QStringLiteral("email")).trimmed();
        const QString out
            = QFileInfo(required(invocation, QStringLiteral("out"))).absoluteFilePath();
        const int days = validityDays(invocation);
        checkBeforePrompting(signer, email);
        if (QFileInfo(out).exists() || QFileInfo(out).isSymLink()) {
            throw UsageError(tr("%1 already exists and was left untouched; choose another "
                                "--out.")
                                 .arg(QDir::toNativeSeparators(out)));
        }
        const QString passphrase = readPassphrase(PassphrasePurpose::ProtectNewKeyFile, out);
        if (passphrase.isEmpty()) {
            throw UsageError(tr("the passphrase is empty; a key file needs one."));
        }
        const CertificateInfo certificate
            = Crypto::generateIdentity(signer, email, out, passphrase, days);
        if (invocation.json()) {
            Console::json(QJsonDocument(toJson(out, certificate)));
        } else {
            Console::out(toText(out, certificate));
        }
        return ExitCode::Success;
    }

private:
    static QString required(const Invocation &invocation, const QString &option)
    {
        const QString value = invocation.value(option);
        if (value.trimmed().isEmpty()) {
            throw UsageError(tr("--%1 is required.").arg(option));
        }
        return value;
    }

    /// The checks generateIdentity() makes on the name and e-mail address, made before the
    /// passphrase is asked for so that nobody types it twice in vain.
    static void checkBeforePrompting(const QString &signer, const QString &email)
    {
        if (std::any_of(signer.cbegin(), signer.cend(),
                        [](QChar c) { return c.unicode() > 0xFF || !c.isPrint(); })) {
            throw UsageError(tr("the name \"%1\" cannot go into a certificate: the "
                                "cryptography library (QCA 2.3) can only write Latin-1 letters "
                                "into one.")
                                 .arg(signer));
        }
        static const QRegularExpression kEmail(QStringLiteral("^[!-?A-~]+@[!-?A-~]+$"));
        if (!kEmail.match(email).hasMatch()) {
            throw UsageError(tr("'%1' is not a plain ASCII e-mail address.").arg(email));
        }
    }

    static int validityDays(const Invocation &invocation)
    {
        if (!invocation.isSet(QStringLiteral("days"))) {
            return Crypto::kDefaultValidityDays;
        }
        const QString text = invocation.value(QStringLiteral("days"));
        bool ok = false;
        const int days = text.toInt(&ok);
        if (!ok || days < 1) {
            throw UsageError(tr("--days needs a whole number of days ≥ 1, not '%1'.").arg(text));
        }
        return days;
    }

    static QJsonObject toJson(const QString &out, const CertificateInfo &certificate)
    {
        return QJsonObject{
            {QStringLiteral("file"), QDir::toNativeSeparators(out)},
            {QStringLiteral("fingerprint_sha256"), certificate.fingerprintSha256},
            {QStringLiteral("subject"), certificate.commonName},
            {QStringLiteral("email"), certificate.email},
            {QStringLiteral("not_before"), toDbTime(certificate.notBefore)},
            {QStringLiteral("not_after"), toDbTime(certificate.notAfter)},
        };
    }

    static QString toText(const QString &out, const CertificateInfo &certificate)
    {
        const auto time = [](const QDateTime &moment) {
            return moment.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
        };
        return tr("Wrote a new signing key (RSA-3072, PKCS#12) to %1\n"
                  "Subject:      %2\n"
                  "E-mail:       %3\n"
                  "Fingerprint:  SHA-256 %4\n"
                  "Valid:        %5 to %6\n"
                  "Register it with 'quorumctl person add --cert FILE'. Keep the file and its\n"
                  "passphrase safe: together they sign in your name.\n")
            .arg(QDir::toNativeSeparators(out), certificate.commonName, certificate.email,
                 certificate.fingerprintSha256, time(certificate.notBefore),
                 time(certificate.notAfter));
    }
};

} // namespace

std::unique_ptr<Command> makeKeygenCommand()
{
    return std::make_unique<KeygenCommand>();
}

} // namespace Quorum::Cli
