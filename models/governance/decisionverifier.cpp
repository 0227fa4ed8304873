// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionverifier.h"

#include "audit/audittrail.h"
#include "checkpointstatement.h"
#include "crypto/cryptoerror.h"
#include "crypto/detachedsignature.h"
#include "decisionstatement.h"
#include "storage/certificaterepository.h"
#include "storage/checkpointrepository.h"
#include "storage/dbtime.h"
#include "storage/personrepository.h"
#include "storage/query.h"
#include "storage/releaserequestrepository.h"
#include "storage/versionrepository.h"

#include <QCoreApplication>
#include <QHash>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::DecisionVerifier", text);
}

/// A decision row as stored, text for text: nothing is normalised before it is compared.
struct RawDecision
{
    qint64 id = 0;
    qint64 requestId = 0;
    qint64 personId = 0;
    QString role, verdict, rationale, conditions, mode, decidedAt, waiverExpiresAt;
    QByteArray statement, signature;
    QString fingerprint;
};

std::vector<RawDecision> rawDecisions(Database &db)
{
    Query query(db,
                QStringLiteral("SELECT id, request_id, person_id, role, verdict, rationale, "
                               "conditions, decision_mode, decided_at, "
                               "coalesce(waiver_expires_at, ''), canonical_json, signature, "
                               "coalesce(certificate_fingerprint, '') FROM decisions "
                               "ORDER BY id"));
    query.exec();
    std::vector<RawDecision> rows;
    while (query.next()) {
        rows.push_back(
            {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
             query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
             query.value(6).toString(), query.value(7).toString(), query.value(8).toString(),
             query.value(9).toString(), query.value(10).toString().toUtf8(),
             query.value(11).toByteArray(), query.value(12).toString()});
    }
    return rows;
}

class Verifier
{
public:
    explicit Verifier(Database &db)
        : m_db(db)
        , m_instanceId(AuditTrail(db).instanceId())
    {}

    // Why the signature of @p signature over @p content by certificate @p fingerprint,
    // claimed to belong to @p personId, does not hold; empty when it does.
    QString signatureProblem(const QByteArray &signature, const QByteArray &content,
                             const QString &fingerprint, qint64 personId, const QDateTime &signedAt,
                             const QString &email)
    {
        const auto certificate = CertificateRepository(m_db).byFingerprint(fingerprint);
        if (!certificate) {
            return tr("its certificate %1 is not registered in the database").arg(fingerprint);
        }
        if (certificate->personId != personId) {
            return tr("its certificate belongs to person #%1, not to person #%2")
                .arg(certificate->personId)
                .arg(personId);
        }
        const auto person = PersonRepository(m_db).byId(personId);
        if (!person || person->email.compare(email, Qt::CaseInsensitive) != 0) {
            return tr("the signed statement names %1, who is not person #%2")
                .arg(email)
                .arg(personId);
        }
        try {
            const SignatureCheck check
                = Crypto::verifyDetachedAt(signature, content, certificate->pem, signedAt);
            return check.valid ? QString()
                               : tr("the signature does not verify: %1").arg(check.problem);
        } catch (const CryptoError &error) {
            return tr("the signature cannot be checked: %1").arg(error.message());
        }
    }

    // Why the statement's audit head is not in the trail; empty when it is.
    QString headProblem(qint64 seq, const QString &hash)
    {
        if (seq == 0) {
            return {};
        }
        Query query(m_db, QStringLiteral("SELECT hash FROM audit_events WHERE seq = ?"));
        query.bind(seq);
        query.exec();
        const QVariant stored = query.next() ? query.value(0) : QVariant();
        if (!stored.isValid() || stored.isNull()) {
            return tr("it names audit event #%1, which the trail no longer has (events were "
                      "cut from its end)")
                .arg(seq);
        }
        if (stored.toString() != hash) {
            return tr("it names audit event #%1 with hash %2, but the trail now has %3 there "
                      "(the trail was rewritten)")
                .arg(seq)
                .arg(hash, stored.toString());
        }
        return {};
    }

    QString decisionProblem(const RawDecision &d)
    {
        const auto st = DecisionStatement::parse(d.statement);
        if (!st || st->canonical() != d.statement) {
            return tr("its signed statement is damaged: not a canonical Quorum decision statement");
        }
        if (st->instanceId != m_instanceId) {
            return tr("it was signed for another database (instance %1)").arg(st->instanceId);
        }
        if (st->requestId != d.requestId) {
            return tr("its signature belongs to a decision on request #%1, not #%2 (copied)")
                .arg(st->requestId)
                .arg(d.requestId);
        }
        if (QString problem = signatureProblem(d.signature, d.statement, d.fingerprint, d.personId,
                                               st->signedAt, st->signerEmail);
            !problem.isEmpty()) {
            return problem;
        }
        if (QString field = recordMismatch(d, *st); !field.isEmpty()) {
            return tr("its %1 differs from the signed statement (changed after signing)")
                .arg(field);
        }
        if (QString field = requestMismatch(*st); !field.isEmpty()) {
            return tr("request #%1's %2 no longer matches what was signed")
                .arg(d.requestId)
                .arg(field);
        }
        return headProblem(st->auditHeadSeq, st->auditHeadHash);
    }

    QString checkpointProblem(const AuditCheckpoint &c)
    {
        const auto st = CheckpointStatement::parse(c.statementJson);
        if (!st || st->canonical() != c.statementJson) {
            return tr("its signed statement is damaged: not a canonical Quorum checkpoint");
        }
        if (st->instanceId != m_instanceId) {
            return tr("it was signed for another database (instance %1)").arg(st->instanceId);
        }
        if (st->seq != c.seq || st->headHash != c.headHash
            || st->certificateFingerprint != c.certificateFingerprint
            || st->signedAt != c.signedAt) {
            return tr("its seq, hash, certificate or time differs from the signed statement");
        }
        if (QString problem
            = signatureProblem(c.signature, c.statementJson, c.certificateFingerprint, c.personId,
                               st->signedAt, st->signerEmail);
            !problem.isEmpty()) {
            return problem;
        }
        return headProblem(st->seq, st->headHash);
    }

private:
    static QString recordMismatch(const RawDecision &d, const DecisionStatement &st)
    {
        const std::pair<QString, bool> fields[] = {
            {tr("role"), roleKey(st.role) == d.role},
            {tr("verdict"), verdictKey(st.verdict) == d.verdict},
            {tr("rationale"), st.rationale == d.rationale},
            {tr("conditions"), st.conditions == d.conditions},
            {tr("decision mode"), decisionModeKey(st.mode) == d.mode},
            {tr("time"), toDbTime(st.signedAt) == d.decidedAt},
            {tr("waiver expiry"), toDbTime(st.waiverExpiresAt) == d.waiverExpiresAt},
            {tr("certificate"), st.certificateFingerprint == d.fingerprint},
        };
        for (const auto &[name, same] : fields) {
            if (!same) {
                return name;
            }
        }
        return {};
    }

    QString requestMismatch(const DecisionStatement &st)
    {
        const auto request = ReleaseRequestRepository(m_db).byId(st.requestId);
        const auto version
            = request ? VersionRepository(m_db).byId(request->versionId) : std::nullopt;
        if (!request || !version) {
            return tr("record");
        }
        if (requestDigest(m_db, st.requestId) != st.requestSha256) {
            return tr("content (its version, stages, submitter, threshold checks or retirement)");
        }
        if (version->version.toString() != st.version
            || version->artifactSha256 != st.artifactSha256) {
            return tr("version or artifact checksum");
        }
        if (request->policyId != st.policyId) {
            return tr("policy");
        }
        return {};
    }

    Database &m_db;
    QString m_instanceId;
};

} // namespace

SignatureReport verifySignatures(Database &db)
{
    SignatureReport report;
    Verifier verifier(db);
    QHash<QByteArray, qint64> seen;
    for (const RawDecision &d : rawDecisions(db)) {
        ++report.decisionCount;
        QString reason = verifier.decisionProblem(d);
        if (reason.isEmpty() && seen.contains(d.signature)) {
            reason = tr("it carries the same signature as decision #%1 (replayed)")
                         .arg(seen.value(d.signature));
        }
        seen.insert(d.signature, d.id);
        if (!reason.isEmpty()) {
            report.problems.push_back(
                {SignatureProblem::Subject::Decision, d.id, d.requestId, reason});
        }
    }
    for (const AuditCheckpoint &c : CheckpointRepository(db).all()) {
        ++report.checkpointCount;
        if (QString reason = verifier.checkpointProblem(c); !reason.isEmpty()) {
            report.problems.push_back({SignatureProblem::Subject::Checkpoint, c.id, 0, reason});
        }
    }
    return report;
}

} // namespace Quorum
