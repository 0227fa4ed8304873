// SPDX-License-Identifier: GPL-3.0-or-later
// Signed past decisions of the demo: every approved request gets the decisions its policy's
// quorum asked for, each signed with the signer's demo key at its time, a checkpoint of the
// audit trail, the QA tester's check where the policy requires it, a waiver where a check
// failed, and the approval record. Pending requests are left to the user.
#include "crypto/identity.h"
#include "democontext.h"
#include "demokeys.h"
#include "demosteps.h"
#include "governance/approvalrecord.h"
#include "governance/approvalservice.h"
#include "storage/approvalrecordrepository.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/releaserequestrepository.h"
#include "storage/testercheckrepository.h"

#include <algorithm>
#include <map>

namespace Quorum::Demo {

namespace {

struct Signer
{
    qint64 personId = 0;
    Role role = Role::Reviewer;
    Verdict verdict = Verdict::Approve;
};

QString rationaleFor(Role role, Verdict verdict)
{
    if (verdict == Verdict::Waiver) {
        return QStringLiteral("Shortfall understood and accepted for one quarter while the "
                              "retrained version is validated.");
    }
    switch (role) {
    case Role::Compliance:
        return QStringLiteral("Fairness and risk evidence reviewed against the policy; "
                              "documentation complete.");
    case Role::Legal:
        return QStringLiteral("Intended use and data processing consistent with the "
                              "regulatory context; no legal objection.");
    case Role::Business:
        return QStringLiteral("Expected business benefit confirmed; rollout plan agreed.");
    default:
        return QStringLiteral("Metrics, fairness and drift checks meet the thresholds; "
                              "approved for the requested stage.");
    }
}

// The people whose decisions meet @p s's quorum: for each requirement, the first eligible
// people in an order that rotates with the request, so the board shares the work.
std::vector<Signer> quorumFor(const DemoContext &context, const DecisionSituation &s,
                              const std::vector<Person> &people)
{
    std::vector<Signer> signers;
    std::vector<qint64> chosen{s.request.submittedBy, s.model.ownerId};
    if (std::any_of(s.request.checks.begin(), s.request.checks.end(),
                    [](const ThresholdCheck &c) { return !c.passed; })) {
        for (const Person &p : people) {
            if (!s.policy.waiverRoles.empty() && p.hasRole(s.policy.waiverRoles.front())
                && context.keys.contains(p.id) && p.id != s.request.submittedBy
                && p.id != s.model.ownerId) {
                signers.push_back({p.id, s.policy.waiverRoles.front(), Verdict::Waiver});
                break;
            }
        }
    }
    for (const ApprovalRequirement &requirement : s.policy.approvals) {
        std::vector<const Person *> eligible;
        for (const Person &p : people) {
            if (p.active && p.hasRole(requirement.role) && context.keys.contains(p.id)
                && std::find(chosen.begin(), chosen.end(), p.id) == chosen.end()) {
                eligible.push_back(&p);
            }
        }
        const std::size_t offset
            = eligible.empty() ? 0 : std::size_t(s.request.id) % eligible.size();
        std::rotate(eligible.begin(), eligible.begin() + qsizetype(offset), eligible.end());
        for (int i = 0; i < requirement.count && i < int(eligible.size()); ++i) {
            const bool conditional = requirement.role == Role::Compliance;
            signers.push_back({eligible[std::size_t(i)]->id, requirement.role,
                               conditional ? Verdict::ApproveWithConditions : Verdict::Approve});
            chosen.push_back(eligible[std::size_t(i)]->id);
        }
    }
    return signers;
}

void sign(DemoContext &context, ApprovalService &service, const Signer &signer,
          const DecisionSituation &s, const QDateTime &at)
{
    context.db.setClock([at] { return at; });
    const Identity key = Identity::load(context.keys.value(signer.personId), demoPassphrase());
    DecisionInput input;
    input.requestId = s.request.id;
    input.verdict = signer.verdict;
    input.role = signer.role;
    input.rationale = rationaleFor(signer.role, signer.verdict);
    if (signer.verdict == Verdict::ApproveWithConditions) {
        input.conditions = QStringLiteral("Quarterly fairness review; disparate impact of at "
                                          "least 0.8 for every protected group.");
    }
    if (signer.verdict == Verdict::Waiver) {
        input.waiverExpiresAt = at.addDays(90);
    }
    service.storeHistorical(
        context.transaction,
        ApprovalService::sign(service.prepareHistorical(input, signer.role, key.certificate()),
                              key));
}

} // namespace

void addDecisions(DemoContext &context)
{
    if (context.keys.isEmpty() || context.asOf.year() < 2021) {
        return; // no keys, or a date before the demo certificates are valid
    }
    const std::vector<Person> people = PersonRepository(context.db).all();
    ApprovalService service(context.db);
    std::optional<qint64> tester;
    for (const Person &p : people) {
        if (p.active && p.hasRole(Role::Qa)) {
            tester = p.id;
        }
    }
    for (const ReleaseRequest &request :
         ReleaseRequestRepository(context.db).withStatus(RequestStatus::Approved)) {
        const DecisionSituation s = service.situation(request.id, request.submittedBy);
        QDateTime at = request.submittedAt.addDays(1).addSecs(3600);
        if (s.policy.thresholds.requireQaCheck && tester) {
            TesterCheckRepository(context.db)
                .add(context.transaction,
                     {0, request.id, *tester, true,
                      QStringLiteral("Tester ✓ Annex IV and metrics checked"), at.addSecs(-1800)});
        }
        for (const Signer &signer : quorumFor(context, s, people)) {
            sign(context, service, signer, s, at);
            at = at.addSecs(2 * 3600);
        }
        context.db.setClock([closed = request.closedAt] { return closed; });
        ApprovalRecordRepository(context.db)
            .add(context.transaction, buildApprovalRecord(context.db, request.id));
    }
    context.db.setClock([asOf = context.asOf] { return QDateTime(asOf, QTime(6, 0), Qt::UTC); });
}

} // namespace Quorum::Demo
