// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"
#include "evidence/versionevidence.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace Quorum {
class Database;
}

namespace Quorum::Reports {

class ReportProgress;
struct ReportContext;

/// What an audit pack covers: one model (all its versions), one version, or a period.
struct AuditScope
{
    enum class Kind { Model, Version, Period };
    Kind kind = Kind::Model;
    QString modelName; ///< Model and Version
    QString version;   ///< Version
    QDate from;        ///< Period: inclusive, in the report's time zone
    QDate to;          ///< Period: inclusive

    /// "model card-fraud-detector", "card-fraud-detector 2.1.0", "2026-01-01 to 2026-03-31".
    QString describe() const;
};

/// What the audit pack's report is about, read from the database once and shared by the
/// report builder and the pack writer.
struct AuditEvidence
{
    AuditScope scope;
    QString databasePath;
    QString instanceId; ///< the database's instance id
    /// In scope, by model then version. For a period, each version's requests are only those
    /// submitted or closed in the period.
    std::vector<VersionEvidence> versions;
    std::vector<AuditEvent> auditEvents; ///< in scope, sequence order
    /// Everyone in the database, for the names the version evidence does not carry (testers).
    std::vector<Person> people;
    qint64 chainEventCount = 0; ///< the whole trail's verification at export time
    bool chainHolds = false;
    QStringList chainProblems;
    QString chainHeadHash;
    qint64 chainHeadSeq = 0;
};

/// Reads the evidence of @p scope: for a period, every version with a request submitted or
/// closed in it, and the audit events that occurred in it; for a model or version, the audit
/// events of the model (auditEventsForModel). Verifies the whole audit chain. Reports progress
/// per version. Throws
/// ReportError(NotFound) for an unknown model or version or an empty period, Usage for a
/// period that ends before it starts.
AuditEvidence loadAuditEvidence(Database &db, const AuditScope &scope, const ReportContext &context,
                                const ReportProgress &progress);

/// The audit report inside a pack: cover (scope, generated at, exporter), inventory extract,
/// requests with their threshold checks, decisions with signature manifestations, fairness
/// and drift charts, model card summary, audit-trail extract, and the verification result
/// (audit chain and signatures). Pure.
Document buildAuditReport(const AuditEvidence &evidence, const QString &exporterName,
                          const ReportContext &context);

} // namespace Quorum::Reports
