// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelrequests.h"

#include "storage/personrepository.h"
#include "storage/releaserequestrepository.h"
#include "storage/versionrepository.h"

#include <algorithm>

namespace Quorum {

namespace {

// forVersion() lists the newest request first.
QDateTime approvedAt(const std::vector<ReleaseRequest> &requests)
{
    const auto approved
        = [](const ReleaseRequest &r) { return r.status == RequestStatus::Approved; };
    const auto toProduction
        = std::find_if(requests.begin(), requests.end(), [&approved](const ReleaseRequest &r) {
              return approved(r) && r.toStage == Stage::Production;
          });
    if (toProduction != requests.end()) {
        return toProduction->closedAt;
    }
    const auto any = std::find_if(requests.begin(), requests.end(), approved);
    return any != requests.end() ? any->closedAt : QDateTime();
}

} // namespace

ModelRequests readModelRequests(Database &db, qint64 modelId)
{
    ModelRequests out;
    const ReleaseRequestRepository requests(db);
    const PersonRepository people(db);
    for (const ModelVersion &v : VersionRepository(db).forModel(modelId)) {
        const std::vector<ReleaseRequest> ofVersion = requests.forVersion(v.id);
        if (v.stage == Stage::Production) {
            out.productionApprovedAt = approvedAt(ofVersion);
        }
        for (const ReleaseRequest &r : ofVersion) {
            if (r.status != RequestStatus::Pending) {
                continue;
            }
            const std::optional<Person> submitter = people.byId(r.submittedBy);
            out.open.push_back({r.id, v.id, v.version.toString(), r.fromStage, r.toStage, r.status,
                                submitter ? submitter->name : QString(), r.submittedAt, r.expiresAt,
                                r.ticketRef});
        }
    }
    std::stable_sort(out.open.begin(), out.open.end(),
                     [](const auto &a, const auto &b) { return a.submittedAt < b.submittedAt; });
    return out;
}

} // namespace Quorum
