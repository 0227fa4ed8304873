// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvalssnapshot.h"

#include "governance/decisionverifier.h"
#include "governance/policyrepository.h"
#include "storage/decisionrepository.h"
#include "storage/personrepository.h"
#include "storage/releaserequestrepository.h"
#include "storage/versionrepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace Quorum::Ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Ui::ApprovalsSnapshot", text);
}

QString policyLabel(const PolicyRepository &policies, qint64 policyId,
                    QHash<qint64, QString> &cache)
{
    if (!cache.contains(policyId)) {
        const std::optional<Policy> policy = policies.byId(policyId);
        cache.insert(policyId,
                     policy ? tr("Tier %1 · v%2").arg(policy->tier).arg(policy->version)
                            : tr("policy #%1").arg(policyId));
    }
    return cache.value(policyId);
}

} // namespace

QString ApprovalsSnapshot::personName(qint64 personId) const
{
    return personNames.value(personId, tr("person #%1").arg(personId));
}

const ApprovalRequest *ApprovalsSnapshot::request(qint64 id) const
{
    const auto found = std::find_if(requests.cbegin(), requests.cend(),
                                    [id](const ApprovalRequest &r) { return r.request.id == id; });
    return found == requests.cend() ? nullptr : &*found;
}

ApprovalsSnapshot readApprovals(Database &db, qint64 modelId)
{
    ApprovalsSnapshot snapshot;
    const ReleaseRequestRepository requests(db);
    const DecisionRepository decisions(db);
    const PolicyRepository policies(db);
    QHash<qint64, QString> policyCache;
    for (const ModelVersion &v : VersionRepository(db).forModel(modelId)) {
        for (ReleaseRequest &r : requests.forVersion(v.id)) {
            ApprovalRequest row;
            row.version = v.version.toString();
            row.policy = policyLabel(policies, r.policyId, policyCache);
            row.decisions = decisions.forRequest(r.id);
            row.request = std::move(r);
            snapshot.requests.push_back(std::move(row));
        }
    }
    std::sort(snapshot.requests.begin(), snapshot.requests.end(),
              [](const ApprovalRequest &a, const ApprovalRequest &b) {
                  return std::pair(a.request.submittedAt, a.request.id)
                      > std::pair(b.request.submittedAt, b.request.id);
              });
    const PersonRepository people(db);
    auto remember = [&](qint64 id) {
        if (!snapshot.personNames.contains(id)) {
            if (const std::optional<Person> person = people.byId(id)) {
                snapshot.personNames.insert(id, person->name);
            }
        }
    };
    bool anyDecision = false;
    for (const ApprovalRequest &row : snapshot.requests) {
        remember(row.request.submittedBy);
        for (const Decision &d : row.decisions) {
            remember(d.personId);
            anyDecision = true;
        }
    }
    if (anyDecision) {
        for (const SignatureProblem &problem : verifySignatures(db).problems) {
            if (problem.subject == SignatureProblem::Subject::Decision) {
                snapshot.signatureProblems.insert(problem.id, problem.reason);
            }
        }
    }
    return snapshot;
}

} // namespace Quorum::Ui
