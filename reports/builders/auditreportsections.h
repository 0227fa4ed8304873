// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"

#include <QString>

namespace Quorum::Reports {

struct AuditEvidence;
struct ReportContext;
struct SignedDecision;
struct VersionEvidence;

/// The parts of the audit report (buildAuditReport assembles them). Pure functions.
namespace AuditReportSections {

/// The signature manifestation of @p decision: printed name, role, meaning, date and time in
/// the context's zone, certificate fingerprint and the verification result.
SignatureBlock signatureBlock(const SignedDecision &decision, const ReportContext &context);

/// "<number>.1 Release requests": each request with its threshold checks (Pass/Fail rows),
/// tester checks and decisions as signature blocks; @p evidence gives the testers' names.
void addRequests(Document &document, const QString &number, const VersionEvidence &version,
                 const AuditEvidence &evidence, const ReportContext &context);

/// "<number> <model> <version>": the version's facts, its requests, fairness, drift and a
/// summary of its model card.
void addVersion(Document &document, int number, const VersionEvidence &version,
                const AuditEvidence &evidence, const ReportContext &context);

/// "<number> Audit-trail extract": the scope's events, at most @p maxRows of them, saying how
/// many were left out.
void addAuditTrail(Document &document, int number, const AuditEvidence &evidence,
                   const ReportContext &context, int maxRows);

/// "<number> Verification result": the audit chain and the signatures of the scope.
void addVerification(Document &document, int number, const AuditEvidence &evidence,
                     const ReportContext &context);

} // namespace AuditReportSections

} // namespace Quorum::Reports
