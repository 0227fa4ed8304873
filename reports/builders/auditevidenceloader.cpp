// SPDX-License-Identifier: GPL-3.0-or-later
// loadAuditEvidence: the versions and audit events of an audit pack's scope.
#include "audit/audittrail.h"
#include "audit/chainverifier.h"
#include "auditreportbuilder.h"
#include "document/reportcontext.h"
#include "document/reporterror.h"
#include "document/reportprogress.h"
#include "storage/database.h"
#include "storage/dbtime.h"
#include "storage/modelrepository.h"
#include "storage/personrepository.h"
#include "storage/query.h"
#include "storage/versionrepository.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Quorum::Reports {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Reports::AuditEvidence", text);
}

Model modelNamed(Database &db, const QString &name)
{
    std::optional<Model> model = ModelRepository(db).byName(name);
    if (!model) {
        throw ReportError(ReportError::Kind::NotFound,
                          tr("There is no model named \"%1\" in %2; 'quorumctl models' lists "
                             "the models there are.")
                              .arg(name, db.path()));
    }
    return std::move(*model);
}

// The loaded versions, ordered by model name then version number.
std::vector<VersionEvidence> loadVersions(Database &db, std::vector<qint64> ids,
                                          const ReportProgress &progress)
{
    std::vector<VersionEvidence> versions;
    const int total = static_cast<int>(ids.size()) + 1;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        progress.step(static_cast<int>(i), total,
                      tr("Reading the evidence of version %1 of %2").arg(i + 1).arg(ids.size()));
        versions.push_back(loadVersionEvidence(db, ids[i], ReportProgress()));
    }
    std::sort(versions.begin(), versions.end(), [](const auto &a, const auto &b) {
        if (a.model.name != b.model.name) {
            return a.model.name < b.model.name;
        }
        return a.version.version < b.version.version;
    });
    progress.step(total - 1, total, tr("Verifying the audit trail"));
    return versions;
}

struct Period
{
    QDateTime start; ///< UTC, inclusive
    QDateTime end;   ///< UTC, exclusive
};

Period periodOf(const AuditScope &scope, const ReportContext &context)
{
    if (!scope.from.isValid() || !scope.to.isValid()) {
        throw ReportError(ReportError::Kind::Usage,
                          tr("A period needs a valid first and last day (yyyy-MM-dd)."));
    }
    if (scope.from > scope.to) {
        throw ReportError(ReportError::Kind::Usage,
                          tr("The period starts on %1, after it ends on %2: give the earlier "
                             "day first.")
                              .arg(context.date(scope.from), context.date(scope.to)));
    }
    return {QDateTime(scope.from, QTime(0, 0), context.timeZone).toUTC(),
            QDateTime(scope.to.addDays(1), QTime(0, 0), context.timeZone).toUTC()};
}

// Request id → version id of the requests submitted or closed in @p period.
std::vector<std::pair<qint64, qint64>> requestsIn(Database &db, const Period &period)
{
    Query query(db,
                QStringLiteral("SELECT id, version_id FROM release_requests "
                               "WHERE (submitted_at >= ? AND submitted_at < ?) "
                               "OR (closed_at >= ? AND closed_at < ?) ORDER BY id"));
    query.bind(toDbTime(period.start)).bind(toDbTime(period.end));
    query.bind(toDbTime(period.start)).bind(toDbTime(period.end));
    query.exec();
    std::vector<std::pair<qint64, qint64>> requests;
    while (query.next()) {
        requests.emplace_back(query.value(0).toLongLong(), query.value(1).toLongLong());
    }
    return requests;
}

void loadPeriod(Database &db, AuditEvidence &evidence, const ReportContext &context,
                const ReportProgress &progress)
{
    const Period period = periodOf(evidence.scope, context);
    const auto requests = requestsIn(db, period);
    for (AuditEvent &event : AuditTrail(db).events()) {
        if (event.occurredAt >= period.start && event.occurredAt < period.end) {
            evidence.auditEvents.push_back(std::move(event));
        }
    }
    if (requests.empty() && evidence.auditEvents.empty()) {
        throw ReportError(
            ReportError::Kind::NotFound,
            tr("Nothing happened between %1 and %2: no release requests and no "
               "audit events.")
                .arg(context.date(evidence.scope.from), context.date(evidence.scope.to)));
    }
    QSet<qint64> requestIds;
    std::vector<qint64> versionIds;
    for (const auto &[requestId, versionId] : requests) {
        requestIds.insert(requestId);
        if (std::find(versionIds.begin(), versionIds.end(), versionId) == versionIds.end()) {
            versionIds.push_back(versionId);
        }
    }
    evidence.versions = loadVersions(db, versionIds, progress);
    for (VersionEvidence &version : evidence.versions) {
        std::erase_if(version.requests,
                      [&](const RequestEvidence &r) { return !requestIds.contains(r.request.id); });
    }
}

void recordChain(Database &db, AuditEvidence &evidence)
{
    const ChainReport chain = verifyChain(db);
    evidence.chainEventCount = chain.eventCount;
    evidence.chainHolds = chain.holds();
    evidence.chainHeadSeq = chain.headSeq;
    evidence.chainHeadHash = chain.headHash;
    for (const ChainProblem &problem : chain.problems) {
        evidence.chainProblems << tr("Event %1: %2").arg(problem.seq).arg(problem.reason);
    }
}

} // namespace

AuditEvidence loadAuditEvidence(Database &db, const AuditScope &scope, const ReportContext &context,
                                const ReportProgress &progress)
{
    AuditEvidence evidence;
    evidence.scope = scope;
    evidence.databasePath = db.path();
    evidence.instanceId = AuditTrail(db).instanceId();
    evidence.people = PersonRepository(db).all();
    switch (scope.kind) {
    case AuditScope::Kind::Model: {
        const Model model = modelNamed(db, scope.modelName);
        std::vector<qint64> ids;
        for (const ModelVersion &version : VersionRepository(db).forModel(model.id)) {
            ids.push_back(version.id);
        }
        evidence.versions = loadVersions(db, ids, progress);
        evidence.auditEvents = auditEventsForModel(db, model.id);
        break;
    }
    case AuditScope::Kind::Version: {
        const qint64 id = findVersionId(db, scope.modelName, scope.version);
        evidence.versions = loadVersions(db, {id}, progress);
        evidence.auditEvents = auditEventsForModel(db, evidence.versions.front().model.id);
        break;
    }
    case AuditScope::Kind::Period:
        loadPeriod(db, evidence, context, progress);
        break;
    }
    recordChain(db, evidence);
    return evidence;
}

} // namespace Quorum::Reports
