// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditverification.h"

#include "audit/audittrail.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace Quorum::Ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Ui::AuditVerification", text);
}

const QString kDecisions = QStringLiteral("decisions");
const QString kCheckpoints = QStringLiteral("audit_checkpoints");

/// The seq of the event that inserted each decision and checkpoint, keyed "entity/id".
QHash<QString, qint64> insertEvents(Database &db)
{
    constexpr int kPage = 5000;
    const AuditTrail trail(db);
    QHash<QString, qint64> seqs;
    for (qint64 from = 1;;) {
        const std::vector<AuditEvent> page = trail.events(from, kPage);
        for (const AuditEvent &e : page) {
            if (e.action == QLatin1String("insert") && e.entityId
                && (e.entity == kDecisions || e.entity == kCheckpoints)) {
                seqs.insert(e.entity + QLatin1Char('/') + QString::number(*e.entityId), e.seq);
            }
        }
        if (static_cast<int>(page.size()) < kPage) {
            return seqs;
        }
        from = page.back().seq + 1;
    }
}

} // namespace

QString AuditVerification::summary() const
{
    const QLocale locale;
    if (holds()) {
        return tr("The audit trail holds: %1 events, %2 signed decisions, %3 checkpoints.")
            .arg(locale.toString(chain.eventCount), locale.toString(signatures.decisionCount),
                 locale.toString(signatures.checkpointCount));
    }
    const auto count = static_cast<qint64>(findings.size());
    const QString problems = count == 1 ? tr("1 problem") : tr("%1 problems").arg(count);
    return tr("The audit trail does not hold: %1 in %2 events, %3 signed decisions and %4 "
              "checkpoints.")
        .arg(problems, locale.toString(chain.eventCount), locale.toString(signatures.decisionCount),
             locale.toString(signatures.checkpointCount));
}

AuditVerification verifyAudit(Database &db)
{
    AuditVerification result;
    result.chain = verifyChain(db);
    result.signatures = verifySignatures(db);
    for (const ChainProblem &p : result.chain.problems) {
        result.findings.push_back({p.seq, tr("Event %1: %2").arg(p.seq).arg(p.reason)});
    }
    if (result.signatures.holds()) {
        return result;
    }
    const QHash<QString, qint64> seqs = insertEvents(db);
    for (const SignatureProblem &p : result.signatures.problems) {
        const bool decision = p.subject == SignatureProblem::Subject::Decision;
        const qint64 seq = seqs.value((decision ? kDecisions : kCheckpoints) + QLatin1Char('/')
                                      + QString::number(p.id));
        const QString text = decision
            ? tr("Decision %1 on request #%2: %3").arg(p.id).arg(p.requestId).arg(p.reason)
            : tr("Checkpoint %1: %2").arg(p.id).arg(p.reason);
        result.findings.push_back(
            {seq, seq > 0 ? tr("%1 (recorded by event %2)").arg(text).arg(seq) : text});
    }
    return result;
}

} // namespace Quorum::Ui
