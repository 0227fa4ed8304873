// SPDX-License-Identifier: GPL-3.0-or-later
#include "packdecisions.h"

#include "crypto/certificateinfo.h"
#include "crypto/cryptoerror.h"
#include "governance/decisionstatement.h"
#include "packcheck.h"
#include "packentries.h"
#include "packsignatures.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <set>

namespace Quorum::Reports {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Reports", text);
}

QString statementName(qint64 id)
{
    return decisionStatementEntryName(id);
}

QString signatureName(qint64 id)
{
    return decisionSignatureEntryName(id);
}

// The decision ids of the pack: every decisions/decision-<id>.json or .p7s.
std::set<qint64> decisionIds(const PackCheck &check)
{
    static const QRegularExpression name(
        QStringLiteral("^decisions/decision-(\\d+)\\.(json|p7s)$"));
    std::set<qint64> ids;
    for (const auto &[path, data] : check.files) {
        const QRegularExpressionMatch match = name.match(path);
        if (match.hasMatch()) {
            ids.insert(match.captured(1).toLongLong());
        }
    }
    return ids;
}

bool checkDecision(PackCheck &check, qint64 id, const std::map<QString, QByteArray> &certificates)
{
    const QByteArray *statementBytes = check.file(statementName(id));
    const QByteArray *signature = check.file(signatureName(id));
    if (!statementBytes || !signature) {
        const QString missing = statementBytes ? signatureName(id) : statementName(id);
        if (!check.names(missing)) {
            check.add(missing, tr("missing: a decision needs its statement and its signature"));
        }
        return false;
    }
    const std::optional<DecisionStatement> statement = DecisionStatement::parse(*statementBytes);
    if (!statement) {
        check.add(statementName(id), tr("not a signed decision statement of this format"));
        return false;
    }
    const QString fingerprint = statement->certificateFingerprint.toLower();
    const QString certificateName = certificateEntryName(fingerprint);
    const auto certificate = certificates.find(fingerprint);
    if (certificate == certificates.end()) {
        if (!check.file(certificateName)) {
            check.add(statementName(id),
                      tr("its signer's certificate %1 is not in the pack").arg(certificateName));
        }
        return false; // a damaged certificate file is reported as such
    }
    ++check.report().signaturesChecked;
    const std::optional<PackProblem> problem
        = checkDetachedPair({signatureName(id), *signature, statementName(id), *statementBytes},
                            certificate->second, statement->signedAt);
    if (problem) {
        check.add(problem->file, problem->reason);
        return false;
    }
    return true;
}

void checkApprovalRecord(PackCheck &check, const QString &path, const QByteArray &json,
                         const QSet<qint64> &soundDecisions)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonValue signatures = document.object().value(QStringLiteral("signatures"));
    if (!document.isObject() || !signatures.isArray()) {
        check.add(path, tr("not an approval record (a JSON object with its signatures)"));
        return;
    }
    for (const QJsonValue &value : signatures.toArray()) {
        const QJsonObject signature = value.toObject();
        const auto id
            = static_cast<qint64>(signature.value(QStringLiteral("decision_id")).toDouble());
        if (!soundDecisions.contains(id) || check.names(statementName(id))
            || check.names(signatureName(id))) {
            continue; // not in the pack, or already reported
        }
        const QByteArray statement
            = signature.value(QStringLiteral("statement")).toString().toUtf8();
        const QByteArray der = QByteArray::fromBase64(
            signature.value(QStringLiteral("signature_cms_base64")).toString().toLatin1());
        if (statement != *check.file(statementName(id)) || der != *check.file(signatureName(id))) {
            check.add(path,
                      tr("its signature of decision %1 differs from %2 and %3")
                          .arg(id)
                          .arg(statementName(id), signatureName(id)));
        }
    }
}

} // namespace

std::map<QString, QByteArray> checkPackCertificates(PackCheck &check)
{
    static const QRegularExpression name(QStringLiteral("^certificates/([0-9a-f]{64})\\.pem$"));
    std::map<QString, QByteArray> sound;
    for (const auto &[path, pem] : check.files) {
        if (!path.startsWith(QStringLiteral("certificates/"))) {
            continue;
        }
        const QRegularExpressionMatch match = name.match(path);
        if (!match.hasMatch()) {
            check.add(path, tr("not named by a certificate's SHA-256 fingerprint"));
            continue;
        }
        try {
            const CertificateInfo info = Crypto::certificateFromPem(pem);
            if (info.fingerprintSha256 != match.captured(1)) {
                check.add(path,
                          tr("its certificate's SHA-256 fingerprint is %1, not the one in "
                             "its name")
                              .arg(info.fingerprintSha256));
                continue;
            }
        } catch (const CryptoError &) {
            check.add(path, tr("not a PEM certificate"));
            continue;
        }
        sound.emplace(match.captured(1), pem);
    }
    return sound;
}

QSet<qint64> checkPackDecisions(PackCheck &check, const std::map<QString, QByteArray> &certificates)
{
    QSet<qint64> sound;
    for (const qint64 id : decisionIds(check)) {
        if (checkDecision(check, id, certificates)) {
            sound.insert(id);
        }
    }
    return sound;
}

void checkPackApprovalRecords(PackCheck &check, const QSet<qint64> &soundDecisions)
{
    for (const auto &[path, json] : check.files) {
        if (path.startsWith(QStringLiteral("approvals/"))) {
            checkApprovalRecord(check, path, json, soundDecisions);
        }
    }
}

} // namespace Quorum::Reports
