// SPDX-License-Identifier: GPL-3.0-or-later
// The audit events about one model: the rows AuditTrail recorded for it and its evidence.
#include "audit/audittrail.h"
#include "storage/database.h"
#include "storage/query.h"
#include "versionevidence.h"

namespace Quorum::Reports {

namespace {

// Entities as AuditTrail records them (the table written; approval records are keyed by their
// request). Threshold checks, retirements and version_datasets are recorded as children of
// their request's or version's event, so they come with it.
const char *const kModelEventsSql = R"(
WITH m(id) AS (SELECT ?),
v(id) AS (SELECT id FROM model_versions WHERE model_id = (SELECT id FROM m)),
r(id) AS (SELECT id FROM release_requests WHERE version_id IN (SELECT id FROM v)),
d(id, checkpoint_id) AS (SELECT id, checkpoint_id FROM decisions
                         WHERE request_id IN (SELECT id FROM r))
SELECT %1
FROM audit_events
WHERE (entity = 'models' AND entity_id = (SELECT id FROM m))
   OR (entity = 'model_versions' AND entity_id IN (SELECT id FROM v))
   OR (entity = 'evaluations'
       AND entity_id IN (SELECT id FROM evaluations WHERE version_id IN (SELECT id FROM v)))
   OR (entity = 'fairness_reports'
       AND entity_id IN (SELECT id FROM fairness_reports WHERE version_id IN (SELECT id FROM v)))
   OR (entity = 'drift_observations'
       AND entity_id IN (SELECT id FROM drift_observations
                         WHERE version_id IN (SELECT id FROM v)))
   OR (entity = 'model_cards'
       AND entity_id IN (SELECT id FROM model_cards WHERE version_id IN (SELECT id FROM v)))
   OR (entity = 'risk_assessments'
       AND entity_id IN (SELECT id FROM risk_assessments WHERE version_id IN (SELECT id FROM v)))
   OR (entity IN ('release_requests', 'approval_records') AND entity_id IN (SELECT id FROM r))
   OR (entity = 'tester_checks'
       AND entity_id IN (SELECT id FROM tester_checks WHERE request_id IN (SELECT id FROM r)))
   OR (entity = 'decisions' AND entity_id IN (SELECT id FROM d))
   OR (entity = 'audit_checkpoints' AND entity_id IN (SELECT checkpoint_id FROM d))
ORDER BY seq
)";

} // namespace

std::vector<AuditEvent> auditEventsForModel(Database &db, qint64 modelId)
{
    Query query(db, QString::fromLatin1(kModelEventsSql).arg(auditEventColumns()));
    query.bind(modelId).exec();
    std::vector<AuditEvent> events;
    while (query.next()) {
        events.push_back(auditEventAt(query));
    }
    return events;
}

} // namespace Quorum::Reports
