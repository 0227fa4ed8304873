// SPDX-License-Identifier: GPL-3.0-or-later
#include "builders/auditreportbuilder.h"
#include "document/reportcontext.h"
#include "document/reporterror.h"
#include "document/reportprogress.h"
#include "documentquery.h"
#include "reportfixture.h"
#include "storage/query.h"

#include <QSet>

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <atomic>

using namespace Quorum;
using namespace Quorum::Reports;

namespace {

AuditScope periodScope(QDate from, QDate to)
{
    AuditScope scope;
    scope.kind = AuditScope::Kind::Period;
    scope.from = from;
    scope.to = to;
    return scope;
}

ReportError::Kind errorKindOf(Database &db, const AuditScope &scope, QString *message)
{
    try {
        loadAuditEvidence(db, scope, Test::pinnedContext(), ReportProgress());
    } catch (const ReportError &error) {
        *message = error.message();
        return error.kind();
    }
    FAIL("loadAuditEvidence accepted " << scope.describe().toStdString());
    return ReportError::Kind::Io;
}

} // namespace

TEST_CASE("An audit scope describes itself in words", "[reports]")
{
    AuditScope scope;
    scope.modelName = QStringLiteral("fraud-detection");
    CHECK(scope.describe() == QStringLiteral("model fraud-detection"));
    scope.kind = AuditScope::Kind::Version;
    scope.version = QStringLiteral("2.1.0");
    CHECK(scope.describe() == QStringLiteral("fraud-detection 2.1.0"));
    CHECK(periodScope(QDate(2026, 1, 1), QDate(2026, 3, 31)).describe()
          == QStringLiteral("2026-01-01 to 2026-03-31"));
}

TEST_CASE("The audit evidence of a model holds all its versions, its audit events and a chain "
          "that holds",
          "[reports]")
{
    Database db = Test::openReportDemo();
    AuditScope scope;
    scope.modelName = QStringLiteral("fraud-detection");
    std::vector<int> steps;
    const std::atomic_bool cancel = false;
    const ReportProgress progress([&](int done, int, const QString &) { steps.push_back(done); },
                                  &cancel);
    const AuditEvidence evidence = loadAuditEvidence(db, scope, Test::pinnedContext(), progress);

    const qint64 modelId = Test::sqlValue(db,
                                          QStringLiteral("SELECT id FROM models WHERE name = "
                                                         "'fraud-detection'"))
                               .toLongLong();
    const auto versionCount = Test::sqlValue(db,
                                             QStringLiteral("SELECT count(*) FROM "
                                                            "model_versions WHERE model_id = %1")
                                                 .arg(modelId))
                                  .toLongLong();
    REQUIRE(qint64(evidence.versions.size()) == versionCount);
    CHECK(versionCount == 4);
    for (const VersionEvidence &version : evidence.versions) {
        CHECK(version.model.name == QStringLiteral("fraud-detection"));
    }
    CHECK(evidence.versions.front().version.version.toString() == QStringLiteral("1.0.0"));
    CHECK(evidence.versions.back().version.version.toString() == QStringLiteral("2.1.0"));
    CHECK(steps.size() == evidence.versions.size() + 1);

    REQUIRE_FALSE(evidence.auditEvents.empty());
    const bool namesModel = std::any_of(
        evidence.auditEvents.begin(), evidence.auditEvents.end(), [&](const AuditEvent &e) {
            return e.entity == QStringLiteral("models") && e.entityId == modelId;
        });
    CHECK(namesModel);
    CHECK(std::is_sorted(evidence.auditEvents.begin(), evidence.auditEvents.end(),
                         [](const AuditEvent &a, const AuditEvent &b) { return a.seq < b.seq; }));

    CHECK(evidence.chainHolds);
    CHECK(evidence.chainProblems.isEmpty());
    CHECK(evidence.chainEventCount
          == Test::sqlValue(db, QStringLiteral("SELECT count(*) FROM audit_events")).toLongLong());
    CHECK(evidence.chainHeadHash.size() == 64);
    CHECK_FALSE(evidence.instanceId.isEmpty());
}

TEST_CASE("The audit evidence of a version holds that version only", "[reports]")
{
    Database db = Test::openReportDemo();
    AuditScope scope;
    scope.kind = AuditScope::Kind::Version;
    scope.modelName = QStringLiteral("credit-scoring");
    scope.version = QStringLiteral("1.0.0");
    const AuditEvidence evidence
        = loadAuditEvidence(db, scope, Test::pinnedContext(), ReportProgress());
    REQUIRE(evidence.versions.size() == 1);
    CHECK(evidence.versions.front().version.version.toString() == QStringLiteral("1.0.0"));
    CHECK_FALSE(evidence.auditEvents.empty());
}

TEST_CASE("The audit evidence of a period finds the release requests submitted or closed in it",
          "[reports]")
{
    Database db = Test::openReportDemo();
    const QDate from(2025, 11, 24);
    const QDate to(2025, 11, 30);
    const AuditEvidence evidence
        = loadAuditEvidence(db, periodScope(from, to), Test::pinnedContext(), ReportProgress());

    QSet<qint64> expected;
    Query query(db,
                QStringLiteral("SELECT id FROM release_requests WHERE "
                               "substr(submitted_at, 1, 10) BETWEEN ? AND ? "
                               "OR substr(closed_at, 1, 10) BETWEEN ? AND ?"));
    for (int i = 0; i < 2; ++i) {
        query.bind(from.toString(Qt::ISODate)).bind(to.toString(Qt::ISODate));
    }
    query.exec();
    while (query.next()) {
        expected.insert(query.value(0).toLongLong());
    }
    QSet<qint64> found;
    QStringList models;
    for (const VersionEvidence &version : evidence.versions) {
        models << version.model.name;
        for (const RequestEvidence &request : version.requests) {
            found.insert(request.request.id);
        }
    }
    CHECK(expected.size() == 5);
    CHECK(found == expected);
    CHECK(models.contains(QStringLiteral("fraud-detection")));
    CHECK_FALSE(models.contains(QStringLiteral("credit-scoring")));

    const QDateTime start(from, QTime(0, 0), Test::pinnedContext().timeZone);
    const QDateTime end(to.addDays(1), QTime(0, 0), Test::pinnedContext().timeZone);
    REQUIRE_FALSE(evidence.auditEvents.empty());
    for (const AuditEvent &event : evidence.auditEvents) {
        CHECK(event.occurredAt >= start);
        CHECK(event.occurredAt < end);
    }
}

TEST_CASE("A period in which nothing happened is refused with NotFound", "[reports]")
{
    Database db = Test::openReportDemo();
    QString message;
    CHECK(errorKindOf(db, periodScope(QDate(2020, 1, 1), QDate(2020, 1, 31)), &message)
          == ReportError::Kind::NotFound);
    CHECK(message.contains(QStringLiteral("Nothing happened between 2020-01-01 and 2020-01-31")));
    CHECK(message.contains(QStringLiteral("no release requests and no audit events")));
}

TEST_CASE("A period that ends before it starts is a usage error", "[reports]")
{
    Database db = Test::openReportDemo();
    QString message;
    CHECK(errorKindOf(db, periodScope(QDate(2026, 3, 1), QDate(2026, 2, 1)), &message)
          == ReportError::Kind::Usage);
    CHECK(message.contains(QStringLiteral("2026-03-01")));
}

TEST_CASE("An unknown model is NotFound and named in the message", "[reports]")
{
    Database db = Test::openReportDemo();
    AuditScope scope;
    scope.modelName = QStringLiteral("no-such-model");
    QString message;
    CHECK(errorKindOf(db, scope, &message) == ReportError::Kind::NotFound);
    CHECK(message.contains(QStringLiteral("no-such-model")));
}
