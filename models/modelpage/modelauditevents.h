// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditevent.h"

#include <QStringList>

#include <limits>
#include <vector>

namespace Quorum {

class Database;

/// The tables whose audit events belong to a model, as found in @p db: "models" itself, and
/// every audited table that links its rows to the model through a model_id, version_id (of the
/// model's versions) or request_id (of their release requests) column. So a table added by a
/// later schema (e.g. alerts) counts as soon as it exists and has events. Sorted by name.
/// Only reads; throws DatabaseError.
QStringList modelAuditEntities(Database &db);

/// The audit events of model @p modelId with seq in [@p fromSeq, @p toSeq], newest first: the
/// events whose entity is one of modelAuditEntities() and whose entity_id names a row that
/// belongs to the model — the model row, its versions, their evaluations, fairness reports,
/// drift observations, model cards and risk assessments, their release requests with
/// decisions, tester checks, approval records and retirements, and the model's alerts.
/// Events of other models, people, datasets and policies are left out. Every statement is
/// prepared; table names come from the database's own schema. Only reads; throws
/// DatabaseError.
std::vector<AuditEvent> readModelAuditEvents(Database &db, qint64 modelId, qint64 fromSeq = 1,
                                             qint64 toSeq = std::numeric_limits<qint64>::max());

} // namespace Quorum
