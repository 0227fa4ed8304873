// SPDX-License-Identifier: GPL-3.0-or-later
#include "builders/auditreportbuilder.h"
#include "crypto/identity.h"
#include "document/reporterror.h"
#include "document/reportprogress.h"
#include "pack/auditpackwriter.h"
#include "pack/packmanifest.h"
#include "pack/packverifier.h"
#include "packtestsupport.h"
#include "reportfixture.h"

#include <QDir>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using namespace Quorum::Reports;

namespace {

QString problemsText(const PackReport &report)
{
    QString text;
    for (const PackProblem &problem : report.problems) {
        text += problem.file + QStringLiteral(": ") + problem.reason + QLatin1Char('\n');
    }
    return text;
}

AuditPackSummary writePack(const AuditScope &scope, const QString &path,
                           const ReportProgress &progress = {})
{
    Database db = Test::openReportDemo();
    const Identity exporter = Test::complianceOfficer(Test::sharedDemoPath());
    return writeAuditPack(db, scope, exporter, path, Test::pinnedContext(), progress);
}

} // namespace

TEST_CASE("The audit pack of a model holds its evidence and verifies offline", "[reports]")
{
    const QString path = Test::sharedModelPack();
    const PackReport report = verifyAuditPack(path);
    INFO(problemsText(report).toStdString());
    CHECK(report.holds());
    CHECK(report.scope == QStringLiteral("model fraud-detection"));
    CHECK(report.exporterName == QStringLiteral("Sofia Marchetti"));
    CHECK(report.generatedAt == QStringLiteral("2026-11-20T09:30:00Z"));
    CHECK(report.exporterFingerprint.size() == 64);

    const std::vector<ZipEntry> entries = Test::packEntries(path);
    CHECK(entries.front().path == QStringLiteral("report.pdf"));
    CHECK(entries.front().data.startsWith("%PDF-"));
    CHECK(entries.back().path == QStringLiteral("MANIFEST.json.p7s"));
    CHECK(report.filesChecked == static_cast<int>(entries.size()) - 2);
    int decisions = 0;
    int approvals = 0;
    for (const ZipEntry &entry : entries) {
        decisions += entry.path.endsWith(QStringLiteral(".p7s")) ? 1 : 0;
        approvals += entry.path.startsWith(QStringLiteral("approvals/")) ? 1 : 0;
    }
    CHECK(decisions > 1); // the manifest's signature and at least one decision
    CHECK(approvals > 0);
    CHECK(report.signaturesChecked == decisions);
    CHECK(report.auditEventsChecked > 10);
    CHECK(report.auditEventsChecked
          == Test::entryNamed(entries, QStringLiteral("audit/events.jsonl")).data.count('\n'));
    CHECK(Test::pdfText(entries.front().data).contains(QStringLiteral("fraud-detection")));

    const QString verify
        = QString::fromUtf8(Test::entryNamed(entries, QStringLiteral("VERIFY.txt")).data);
    CHECK(verify.contains(QStringLiteral("Scope:             model fraud-detection")));
    CHECK(verify.contains(QStringLiteral("Exported by:       Sofia Marchetti <")));
    CHECK(verify.contains(report.exporterFingerprint
                          + QStringLiteral("  Sofia Marchetti (exporter")));
}

TEST_CASE("writeAuditPack returns counts that match the pack", "[reports]")
{
    QTemporaryDir dir;
    AuditScope scope;
    scope.kind = AuditScope::Kind::Version;
    scope.modelName = QStringLiteral("fraud-detection");
    scope.version = QStringLiteral("2.1.0");
    const QString path = dir.filePath(QStringLiteral("version.zip"));
    const AuditPackSummary summary = writePack(scope, path);
    CHECK(summary.path == path);
    const std::vector<ZipEntry> entries = Test::packEntries(path);
    CHECK(summary.fileCount == static_cast<int>(entries.size()));
    CHECK(summary.decisionCount > 0);
    CHECK(summary.approvalRecordCount > 0);
    CHECK(summary.auditEventCount > 0);

    const PackReport report = verifyAuditPack(path);
    INFO(problemsText(report).toStdString());
    CHECK(report.holds());
    CHECK(report.scope == QStringLiteral("fraud-detection 2.1.0"));
    CHECK(report.signaturesChecked == summary.decisionCount + 1);
    CHECK(report.auditEventsChecked == summary.auditEventCount);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("version.zip")});
}

TEST_CASE("The audit pack of a period verifies", "[reports]")
{
    QTemporaryDir dir;
    AuditScope scope;
    scope.kind = AuditScope::Kind::Period;
    scope.from = QDate(2026, 1, 1);
    scope.to = QDate(2026, 11, 16);
    const QString path = dir.filePath(QStringLiteral("period.zip"));
    const AuditPackSummary summary = writePack(scope, path);
    CHECK(summary.decisionCount > 0);
    CHECK(summary.auditEventCount > 0);
    const PackReport report = verifyAuditPack(path);
    INFO(problemsText(report).toStdString());
    CHECK(report.holds());
    CHECK(report.scope == QStringLiteral("2026-01-01 to 2026-11-16"));
    CHECK(report.auditEventsChecked == summary.auditEventCount);
}

TEST_CASE("Cancelling an audit pack export leaves no file behind", "[reports]")
{
    AuditScope scope;
    scope.kind = AuditScope::Kind::Version;
    scope.modelName = QStringLiteral("fraud-detection");
    scope.version = QStringLiteral("2.1.0");
    for (const bool atTheLastStep : {false, true}) {
        INFO("cancelled at the last step: " << atTheLastStep);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pack.zip"));
        std::atomic_bool cancel = false;
        QStringList steps;
        const ReportProgress progress(
            [&](int, int, const QString &what) {
                steps.append(what);
                if (!atTheLastStep || what.contains(path)) {
                    cancel = true;
                }
            },
            &cancel);
        try {
            writePack(scope, path, progress);
            FAIL("the export was not cancelled");
        } catch (const ReportError &error) {
            CHECK(error.kind() == ReportError::Kind::Cancelled);
        }
        CHECK(QDir(dir.path())
                  .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)
                  .isEmpty());
        CHECK_FALSE(steps.isEmpty());
    }
}
