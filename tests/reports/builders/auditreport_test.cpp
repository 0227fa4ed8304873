// SPDX-License-Identifier: GPL-3.0-or-later
#include "builders/auditreportbuilder.h"
#include "document/reportcontext.h"
#include "document/reportprogress.h"
#include "documentquery.h"
#include "reportfixture.h"

#include <QTimeZone>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using namespace Quorum::Reports;

namespace {

Document auditReportOf(Database &db, const QString &model)
{
    AuditScope scope;
    scope.modelName = model;
    const AuditEvidence evidence
        = loadAuditEvidence(db, scope, Test::pinnedContext(), ReportProgress());
    return buildAuditReport(evidence, QStringLiteral("Erin Auditor"), Test::pinnedContext());
}

QString coverValue(const Document &document, const QString &key)
{
    for (const KeyValueList *list : Test::blocksOf<KeyValueList>(document)) {
        for (const auto &[label, value] : list->rows) {
            if (label == key) {
                return value;
            }
        }
    }
    return {};
}

} // namespace

TEST_CASE("The audit report of a model has its cover, inventory, charts and audit-trail extract",
          "[reports]")
{
    Database db = Test::openReportDemo();
    const Document report = auditReportOf(db, QStringLiteral("fraud-detection"));

    CHECK(report.title == QStringLiteral("Audit report"));
    CHECK(report.subtitle == QStringLiteral("model fraud-detection"));
    CHECK(report.documentId.startsWith(QStringLiteral("QRM-AUD-")));
    CHECK(report.documentId.endsWith(QStringLiteral("-20261120")));
    const QStringList headings = Test::headingTexts(report);
    CHECK(headings.contains(QStringLiteral("1 Cover")));
    CHECK(headings.contains(QStringLiteral("2 Inventory extract")));
    CHECK(coverValue(report, QStringLiteral("Scope")) == QStringLiteral("model fraud-detection"));
    CHECK(coverValue(report, QStringLiteral("Exported by")) == QStringLiteral("Erin Auditor"));
    CHECK(coverValue(report, QStringLiteral("Generated at"))
          == QStringLiteral("2026-11-20 10:30:00 CET (UTC+01:00)"));

    const Table *inventory = Test::tableWithColumn(report, QStringLiteral("Artifact SHA-256"));
    REQUIRE(inventory);
    CHECK(inventory->rows.size() == 4);

    bool fourFifths = false;
    bool driftLine = false;
    for (const Chart *chart : Test::blocksOf<Chart>(report)) {
        const bool hasLine = !chart->lines.empty();
        fourFifths = fourFifths || (chart->kind == Chart::Kind::Bar && hasLine);
        driftLine = driftLine || (chart->kind == Chart::Kind::Line && hasLine);
    }
    CHECK(fourFifths);
    CHECK(driftLine);

    const Table *trail = Test::tableWithColumn(report, QStringLiteral("Entity id"));
    REQUIRE(trail);
    CHECK(trail->header.contains(QStringLiteral("Actor")));
    CHECK_FALSE(trail->rows.empty());
    CHECK(trail->rows.size() <= 500);
    const QString text = Test::allText(report);
    CHECK(text.contains(QStringLiteral("audit/events.jsonl")));
    CHECK(text.contains(QStringLiteral("The audit trail holds")));
}

TEST_CASE("The audit report shows a verified signature block per decision and names the testers",
          "[reports]")
{
    Database db = Test::openReportDemo();
    const Document report = auditReportOf(db, QStringLiteral("fraud-detection"));
    const auto decisions
        = Test::sqlValue(db,
                         QStringLiteral("SELECT count(*) FROM decisions d "
                                        "JOIN release_requests r ON r.id = d.request_id "
                                        "JOIN model_versions v ON v.id = r.version_id "
                                        "JOIN models m ON m.id = v.model_id "
                                        "WHERE m.name = 'fraud-detection'"))
              .toLongLong();
    const auto signatures = Test::blocksOf<SignatureBlock>(report);
    CHECK(decisions > 0);
    REQUIRE(qint64(signatures.size()) == decisions);
    for (const SignatureBlock *signature : signatures) {
        CHECK(signature->verified);
        CHECK_FALSE(signature->signerName.isEmpty());
        CHECK_FALSE(signature->meaning.isEmpty());
        CHECK(signature->signedAt.isValid());
        CHECK(signature->certificateFingerprint.size() == 64);
    }

    CHECK(Test::allText(report).contains(
        QStringLiteral("%1 of %1 signatures verified.").arg(decisions)));

    const Table *testers = Test::tableWithCaption(report, QStringLiteral("Tester checks"));
    REQUIRE(testers);
    CHECK_FALSE(testers->rows.front().front().startsWith(QStringLiteral("person #")));
}

TEST_CASE("The audit-trail extract stops at 500 rows and says how many it left out", "[reports]")
{
    AuditEvidence evidence;
    evidence.scope.modelName = QStringLiteral("fraud-detection");
    evidence.chainHolds = true;
    for (qint64 seq = 1; seq <= 510; ++seq) {
        AuditEvent event;
        event.seq = seq;
        event.occurredAt = QDateTime(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
        event.actor = QStringLiteral("quorum demo");
        event.action = QStringLiteral("insert");
        event.entity = QStringLiteral("models");
        evidence.auditEvents.push_back(event);
    }
    const Document report
        = buildAuditReport(evidence, QStringLiteral("Erin Auditor"), Test::pinnedContext());
    const Table *trail = Test::tableWithColumn(report, QStringLiteral("Entity id"));
    REQUIRE(trail);
    CHECK(trail->rows.size() == 500);
    CHECK(trail->rows.front().at(1) == QStringLiteral("2026-01-01 13:00:00 CET (UTC+01:00)"));
    const QString text = Test::allText(report);
    CHECK(text.contains(QStringLiteral("510 audit events are in scope")));
    CHECK(text.contains(QStringLiteral("10 more events are omitted here")));
}

TEST_CASE("The failed threshold check of the demo's failing request is a Fail row", "[reports]")
{
    Database db = Test::openReportDemo();
    const qint64 requestId = Test::sqlValue(db,
                                            QStringLiteral("SELECT request_id FROM "
                                                           "threshold_checks WHERE passed = 0 "
                                                           "AND name = 'bias_disparity'"))
                                 .toLongLong();
    REQUIRE(requestId > 0);
    const Document report = auditReportOf(db, QStringLiteral("credit-scoring"));
    const Table *checks = Test::tableWithCaption(
        report, QStringLiteral("Threshold checks of request #%1").arg(requestId));
    REQUIRE(checks);
    REQUIRE(checks->marks.size() == checks->rows.size());
    const int failed = Test::rowStartingWith(*checks, QStringLiteral("bias_disparity"));
    REQUIRE(failed >= 0);
    CHECK(checks->marks[std::size_t(failed)] == RowMark::Fail);
    CHECK(checks->rows[std::size_t(failed)].contains(QStringLiteral("0.2599")));
    const int passed = Test::rowStartingWith(*checks, QStringLiteral("accuracy"));
    REQUIRE(passed >= 0);
    CHECK(checks->marks[std::size_t(passed)] == RowMark::Pass);
}
