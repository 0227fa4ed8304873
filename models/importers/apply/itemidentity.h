// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/driftobservation.h"
#include "domain/evaluation.h"
#include "domain/fairnessreport.h"

#include <QString>

namespace Quorum {
class Database;
}

namespace Quorum::Internal {

/// "Is it already there" for the evidence an import brings (importplan.h's identity rules).
/// Values compare exactly: SQLite stores a double as REAL and reads back the same double.

/// Whether version @p versionId has an evaluation with @p e's metric, split, segment, window,
/// value and source.
bool evaluationExists(const Database &db, qint64 versionId, const Evaluation &e);
/// Whether it has a drift observation with @p o's feature, statistic, window, value and source.
bool driftExists(const Database &db, qint64 versionId, const DriftObservation &o);
/// Whether it has a fairness report of @p r's attribute, split and source whose groups have
/// the same names and confusion counts.
bool fairnessExists(const Database &db, qint64 versionId, const FairnessReport &r);
/// Whether two model-card contents are equal as JSON (key order and spacing do not count).
bool sameCardContent(const QString &leftJson, const QString &rightJson);

/// Texts that identify an item within one batch (the same rules as the database checks), for
/// items that occur twice in a batch. @p version is the version's lookup key.
QString evaluationIdentity(const QString &version, const Evaluation &e);
QString driftIdentity(const QString &version, const DriftObservation &o);
QString fairnessIdentity(const QString &version, const FairnessReport &r);

/// The segment as EvaluationRepository stores it ("all" when empty).
QString storedSegment(const Evaluation &e);

} // namespace Quorum::Internal
