// SPDX-License-Identifier: GPL-3.0-or-later
// The audit report's release requests: threshold checks, tester checks, signed decisions.
#include "auditreportbuilder.h"
#include "auditreportsections.h"
#include "builderhelpers.h"
#include "document/reportcontext.h"
#include "evidence/versionevidence.h"

#include <QCoreApplication>

namespace Quorum::Reports::AuditReportSections {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Reports::AuditReport", text);
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

Table thresholdTable(const ReleaseRequest &request, const ReportContext &context)
{
    Table table;
    table.caption = tr("Threshold checks of request #%1").arg(request.id);
    table.header = {tr("Check"), tr("Required"), tr("Actual"), tr("Detail")};
    table.align = {Align::Left, Align::Left, Align::Right, Align::Left};
    for (const ThresholdCheck &check : request.checks) {
        table.rows.push_back(
            {check.name,
             check.comparator + QLatin1Char(' ') + context.locale.toString(check.threshold, 'g', 6),
             BuilderHelpers::measured(check.actual, context), orDash(check.detail)});
        table.marks.push_back(check.passed ? RowMark::Pass : RowMark::Fail);
    }
    return table;
}

Table testerTable(const RequestEvidence &request, const VersionEvidence &version,
                  const AuditEvidence &evidence, const ReportContext &context)
{
    Table table;
    table.caption = tr("Tester checks of request #%1").arg(request.request.id);
    table.header = {tr("Tester"), tr("Comment"), tr("Checked at")};
    for (const TesterCheck &check : request.testerChecks) {
        table.rows.push_back({BuilderHelpers::personName(version, check.personId, evidence.people),
                              orDash(check.comment), context.dateTime(check.checkedAt)});
        table.marks.push_back(check.passed ? RowMark::Pass : RowMark::Fail);
    }
    return table;
}

KeyValueList requestFacts(const RequestEvidence &r, const ReportContext &context)
{
    const ReleaseRequest &request = r.request;
    KeyValueList facts{{
        {tr("Summary"), orDash(request.summary)},
        {tr("Submitted by"), r.submitter.name},
        {tr("Submitted at"), context.dateTime(request.submittedAt)},
        {tr("Status"), requestStatusLabel(request.status)},
        {tr("Closed at"), context.dateTime(request.closedAt)},
        {tr("Policy"), QStringLiteral("#%1").arg(request.policyId)},
    }};
    if (request.retirement) {
        facts.rows.emplace_back(tr("Retirement reason"), orDash(request.retirement->reason));
    }
    if (r.approvalRecord) {
        facts.rows.emplace_back(tr("Approval record"), r.approvalRecord->fileName);
    }
    return facts;
}

void addDecisions(Document &document, const RequestEvidence &r, const ReportContext &context)
{
    if (r.decisions.empty()) {
        document.note(tr("No decision has been signed on this request."));
        return;
    }
    for (const SignedDecision &d : r.decisions) {
        document.add(signatureBlock(d, context));
        QString text = tr("Rationale: %1").arg(orDash(d.decision.rationale));
        if (!d.decision.conditions.isEmpty()) {
            text += QLatin1Char('\n') + tr("Conditions: %1").arg(d.decision.conditions);
        }
        document.note(text);
    }
}

} // namespace

SignatureBlock signatureBlock(const SignedDecision &decision, const ReportContext &context)
{
    SignatureBlock block;
    block.signerName = decision.signer.name;
    block.signerEmail = decision.signer.email;
    block.role = roleLabel(decision.decision.role);
    block.meaning = verdictMeaning(decision.decision.verdict);
    block.signedAt = decision.decision.decidedAt.toTimeZone(context.timeZone);
    block.certificateFingerprint = decision.decision.certificateFingerprint;
    block.verification = decision.verification;
    block.verified = decision.verified;
    return block;
}

void addRequests(Document &document, const QString &number, const VersionEvidence &version,
                 const AuditEvidence &evidence, const ReportContext &context)
{
    document.heading(2, tr("%1.1 Release requests").arg(number));
    if (version.requests.empty()) {
        document.note(tr("No release request of this version is in scope."));
        return;
    }
    for (const RequestEvidence &r : version.requests) {
        const ReleaseRequest &request = r.request;
        const QString ticket = request.ticketRef.isEmpty()
            ? QString()
            : QString(QStringLiteral(" (") + request.ticketRef + QLatin1Char(')'));
        document.heading(
            3,
            tr("Request #%1%2: %3 → %4")
                .arg(request.id)
                .arg(ticket, stageLabel(request.fromStage), stageLabel(request.toStage)),
            QStringLiteral("request-%1").arg(request.id));
        document.add(requestFacts(r, context));
        if (request.checks.empty()) {
            document.note(tr("No threshold checks were recorded."));
        } else {
            document.add(thresholdTable(request, context));
        }
        if (!r.testerChecks.empty()) {
            document.add(testerTable(r, version, evidence, context));
        }
        addDecisions(document, r, context);
    }
}

} // namespace Quorum::Reports::AuditReportSections
