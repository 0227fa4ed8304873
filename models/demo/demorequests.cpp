// SPDX-License-Identifier: GPL-3.0-or-later
// Release requests of the demo: approved ones for the versions that reached production (or
// approval), pending ones in the inbox, and the retirement in progress. Checks are computed
// from the stored evidence under the tier's current policy. Decisions are not created here:
// they need signatures.
#include "democontext.h"
#include "demosteps.h"
#include "governance/policyrepository.h"
#include "governance/releasechecks.h"
#include "storage/releaserequestrepository.h"

#include <algorithm>

namespace Quorum::Demo {

namespace {

QString summary(const ModelSpec &spec, const VersionRecord &v, Stage to)
{
    const QString text = to == Stage::Approved
        ? QStringLiteral("Approve %1 %2 for a scheduled release")
        : QStringLiteral("Release %1 %2 to production");
    return text.arg(spec.displayName.toString(), v.version.toString());
}

// The version a candidate is compared with: the one in production when it was submitted.
std::optional<qint64> baselineFor(const ModelRecord &model, const VersionRecord &v)
{
    if (v.spec->release == ReleaseHistory::Pending) {
        const VersionRecord *production = model.production();
        return production ? std::optional(production->id) : std::nullopt;
    }
    return v.parentId;
}

ReleaseRequest release(DemoContext &context, const ModelRecord &model, const VersionRecord &v)
{
    const ModelSpec &spec = *model.spec;
    const Policy policy = PolicyRepository(context.db).current(tierNumber(spec.tier));
    ReleaseRequest r;
    r.versionId = v.id;
    r.fromStage = Stage::Staging;
    r.toStage = v.spec->release == ReleaseHistory::Pending ? Stage::Production : v.spec->stage;
    r.policyId = policy.id;
    r.submittedBy = v.createdBy;
    r.submittedAt = v.submittedAt;
    r.summary = summary(spec, v, r.toStage);
    r.expiresAt = v.submittedAt.addDays(policy.thresholds.requestExpiryDays);
    if (v.spec->release == ReleaseHistory::Approved) {
        r.status = RequestStatus::Approved;
        r.closedAt = v.submittedAt.addDays(3).addSecs(4 * 3600);
    }
    r.checks
        = runReleaseChecks(context.db, policy, v.id, baselineFor(model, v), v.submittedAt.date());
    return r;
}

ReleaseRequest retirement(DemoContext &context, const ModelRecord &model)
{
    const ModelSpec &spec = *model.spec;
    const Policy policy = PolicyRepository(context.db).current(tierNumber(spec.tier));
    const VersionRecord &v = *model.production();
    const ModelRecord &replacement = context.model(spec.replacement);
    const VersionRecord *successor = replacement.production();
    ReleaseRequest r;
    r.versionId = v.id;
    r.fromStage = Stage::Production;
    r.toStage = Stage::Retired;
    r.policyId = policy.id;
    r.submittedBy = model.ownerId;
    r.submittedAt = context.daysBefore(DemoContext::kRetirementAgeDays, 10, 30);
    r.summary
        = QStringLiteral("Retire %1 %2").arg(spec.displayName.toString(), v.version.toString());
    r.expiresAt = r.submittedAt.addDays(policy.thresholds.requestExpiryDays);
    r.retirement = RetirementDetails{spec.retirementReason.toString(), replacement.id,
                                     spec.archiveLocation.toString()};
    r.checks.push_back(
        {QStringLiteral("replacement_in_production"), QStringLiteral("=="), 1.0,
         successor ? 1.0 : 0.0, successor != nullptr,
         successor ? QStringLiteral("%1 %2 is in production")
                         .arg(replacement.spec->name.toString(), successor->version.toString())
                   : QStringLiteral("The replacement has no version in production")});
    return r;
}

} // namespace

void addReleaseRequests(DemoContext &context)
{
    std::vector<ReleaseRequest> requests;
    for (const ModelRecord &model : context.models) {
        for (const VersionRecord &v : model.versions) {
            if (v.spec->release != ReleaseHistory::None) {
                requests.push_back(release(context, model, v));
            }
        }
        if (model.spec->status == ModelStatus::Retiring && model.production()) {
            requests.push_back(retirement(context, model));
        }
    }
    // Stored in submission order, so ids and ticket numbers grow with time.
    std::stable_sort(requests.begin(), requests.end(),
                     [](const ReleaseRequest &a, const ReleaseRequest &b) {
                         return a.submittedAt < b.submittedAt;
                     });
    ReleaseRequestRepository repository(context.db);
    int ticket = 1040;
    for (ReleaseRequest &r : requests) {
        r.ticketRef = QStringLiteral("GOV-%1").arg(ticket);
        ticket += 3;
        repository.add(context.transaction, r);
    }
}

} // namespace Quorum::Demo
