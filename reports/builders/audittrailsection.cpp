// SPDX-License-Identifier: GPL-3.0-or-later
// The audit report's closing sections: the audit-trail extract and the verification result.
#include "auditreportbuilder.h"
#include "auditreportsections.h"
#include "document/reportcontext.h"

#include <QCoreApplication>

namespace Quorum::Reports::AuditReportSections {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Reports::AuditReport", text);
}

struct SignatureRow
{
    const RequestEvidence *request = nullptr;
    const SignedDecision *decision = nullptr;
};

std::vector<SignatureRow> signaturesOf(const AuditEvidence &evidence)
{
    std::vector<SignatureRow> rows;
    for (const VersionEvidence &version : evidence.versions) {
        for (const RequestEvidence &request : version.requests) {
            for (const SignedDecision &decision : request.decisions) {
                rows.push_back({&request, &decision});
            }
        }
    }
    return rows;
}

void addChain(Document &document, int number, const AuditEvidence &evidence)
{
    document.heading(2, tr("%1.1 Audit chain").arg(number), QStringLiteral("verification-chain"));
    if (evidence.chainHolds) {
        document.paragraph(tr("The audit trail holds: its %1 events run without a gap, each names "
                              "the hash of the event before it and matches its own hash. Head: "
                              "event %2, hash %3.")
                               .arg(evidence.chainEventCount)
                               .arg(evidence.chainHeadSeq)
                               .arg(evidence.chainHeadHash));
        return;
    }
    document.gap(QCoreApplication::translate("Quorum::Reports::AuditReport",
                                             "The audit trail does not hold: %n problem(s) in "
                                             "%1 events.",
                                             nullptr, int(evidence.chainProblems.size()))
                     .arg(evidence.chainEventCount));
    document.add(BulletList{evidence.chainProblems});
}

void addSignatures(Document &document, int number, const AuditEvidence &evidence,
                   const ReportContext &context)
{
    document.heading(2, tr("%1.2 Signatures").arg(number),
                     QStringLiteral("verification-signatures"));
    const std::vector<SignatureRow> rows = signaturesOf(evidence);
    if (rows.empty()) {
        document.note(tr("No signed decision is in scope."));
        return;
    }
    Table table;
    table.caption = tr("Signed decisions in scope");
    table.header
        = {tr("Request"), tr("Signer"), tr("Meaning"), tr("Signed at"), tr("Verification")};
    QStringList problems;
    for (const SignatureRow &row : rows) {
        const Decision &d = row.decision->decision;
        table.rows.push_back({QStringLiteral("#%1").arg(d.requestId), row.decision->signer.name,
                              verdictMeaning(d.verdict), context.dateTime(d.decidedAt),
                              row.decision->verification});
        table.marks.push_back(row.decision->verified ? RowMark::Pass : RowMark::Fail);
        if (!row.decision->verified) {
            problems << tr("Decision %1 on request #%2 by %3: %4")
                            .arg(d.id)
                            .arg(d.requestId)
                            .arg(row.decision->signer.name, row.decision->verification);
        }
    }
    const int verified = int(rows.size()) - int(problems.size());
    document.paragraph(tr("%1 of %2 signatures verified.").arg(verified).arg(rows.size()));
    document.add(std::move(table));
    if (!problems.isEmpty()) {
        document.gap(tr("Signatures that do not verify:"));
        document.add(BulletList{problems});
    }
}

} // namespace

void addAuditTrail(Document &document, int number, const AuditEvidence &evidence,
                   const ReportContext &context, int maxRows)
{
    document.heading(1, tr("%1 Audit-trail extract").arg(number), QStringLiteral("audit-trail"));
    const int total = int(evidence.auditEvents.size());
    document.note(tr("%1 audit events are in scope; the full list, with the rows before and "
                     "after each change and the hashes, is in audit/events.jsonl.")
                      .arg(total));
    if (total == 0) {
        return;
    }
    Table table;
    table.header
        = {tr("Seq"), tr("Time"), tr("Actor"), tr("Action"), tr("Entity"), tr("Entity id")};
    table.align = {Align::Right, Align::Left, Align::Left, Align::Left, Align::Left, Align::Right};
    for (int i = 0; i < total && i < maxRows; ++i) {
        const AuditEvent &e = evidence.auditEvents[std::size_t(i)];
        table.rows.push_back({QString::number(e.seq), context.dateTime(e.occurredAt), e.actor,
                              e.action, e.entity,
                              e.entityId ? QString::number(*e.entityId) : QStringLiteral("—")});
    }
    document.add(std::move(table));
    if (total > maxRows) {
        document.note(
            tr("%1 more events are omitted here; see audit/events.jsonl.").arg(total - maxRows));
    }
}

void addVerification(Document &document, int number, const AuditEvidence &evidence,
                     const ReportContext &context)
{
    document.heading(1, tr("%1 Verification result").arg(number), QStringLiteral("verification"));
    document.note(tr("Checked when the pack was exported, %1.").arg(context.dateTime(context.now)));
    addChain(document, number, evidence);
    addSignatures(document, number, evidence, context);
}

} // namespace Quorum::Reports::AuditReportSections
