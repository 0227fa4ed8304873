// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annexiv/annexivbuilder.h"
#include "reports/reportjob.h"
#include "reports/reportrequest.h"

#include <QString>

#include <optional>
#include <vector>

namespace Quorum {
class Database;
}

namespace Quorum::Reports {
struct ReportContext;
}

namespace Quorum::Ui {

/// The key an audit pack's manifest is signed with.
struct ExportKey
{
    QString p12Path;
    QString passphrase;
};

/// Builds the report of @p request and renders its preview (previewPage()); for Annex IV with
/// the readiness summary. @p exporterName is who the audit report names as exporting it.
/// Runs on a worker; throws ReportError, DatabaseError.
ReportOutput previewReport(Database &db, const ReportRequest &request, const QString &exporterName,
                           const Reports::ReportContext &context, const JobProgress &progress);

/// Builds the report of @p request and writes it to @p path atomically: a cancelled or
/// failed export leaves no file (and an existing one as it was). The audit pack is signed
/// with @p key. Runs on a worker; throws ReportError, DatabaseError, CryptoError (a wrong
/// passphrase among them).
ReportOutput exportReport(Database &db, const ReportRequest &request, const QString &path,
                          const std::optional<ExportKey> &key,
                          const Reports::ReportContext &context, const JobProgress &progress);

/// "21 of 30 items evidenced · 9 gaps" (a default counts as evidenced, and says so).
QString readinessSummary(const std::vector<Reports::ReadinessItem> &items);

} // namespace Quorum::Ui
