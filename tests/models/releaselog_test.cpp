// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/audittrail.h"
#include "audit/chainverifier.h"
#include "governance/approvalrecord.h"
#include "governance/releaselog.h"
#include "storage/approvalrecordrepository.h"
#include "storage/databaseerror.h"
#include "storage/decisionrepository.h"
#include "storage/modelrepository.h"
#include "storage/personrepository.h"
#include "storage/query.h"
#include "storage/releaserequestrepository.h"
#include "storage/versionrepository.h"
#include "storage/writetransaction.h"
#include "tempdatabase.h"

#include <QDir>
#include <QFile>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <functional>

using namespace Quorum;
using Catch::Matchers::ContainsSubstring;

namespace {

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QDateTime closedAt()
{
    return QDateTime(QDate(2026, 11, 16), QTime(10, 3, 55), Qt::UTC);
}

// One approver, one model version and a release request to production, still pending.
struct Fixture
{
    Test::TempDatabase temp;
    qint64 approver = 0;
    qint64 request = 0;

    Fixture()
    {
        Database &db = temp.db();
        WriteTransaction t(db);
        Person p;
        p.name = text("Jane Doe");
        p.email = text("jane@example.org");
        p.roles = {Role::Owner, Role::Compliance};
        approver = PersonRepository(db).add(t, p);
        Model m;
        m.name = text("fraud-detection");
        m.ownerId = approver;
        m.tier = RiskTier::Experimental;
        ModelVersion v;
        v.modelId = ModelRepository(db).add(t, m);
        v.version = {1, 4, 0};
        v.stage = Stage::Staging;
        v.artifactUri = text("s3://models/fraud|detection/1.4.0.pkl");
        v.artifactSha256 = QString(64, QLatin1Char('c'));
        v.deploymentUrl = text("https://fraud.example.org");
        ReleaseRequest rr;
        rr.versionId = VersionRepository(db).add(t, v);
        rr.policyId = *ReleaseRequestRepository(db).currentPolicyId(4);
        rr.submittedBy = approver;
        rr.ticketRef = text("GOV-1043");
        request = ReleaseRequestRepository(db).add(t, rr);
        t.commit();
    }

    void approve()
    {
        Decision d;
        d.requestId = request;
        d.personId = approver;
        d.role = Role::Compliance;
        d.rationale = text("Meets KPIs");
        d.decidedAt = closedAt();
        d.statementJson = "{}";
        d.signature = QByteArray("\x30\x00", 2);
        d.certificateFingerprint = QString(64, QLatin1Char('e'));
        WriteTransaction t(temp.db());
        DecisionRepository(temp.db()).add(t, d);
        ReleaseRequestRepository(temp.db()).setStatus(t, request, RequestStatus::Approved,
                                                      closedAt());
        t.commit();
    }
};

ReleaseLogRow sampleRow(const char *model)
{
    return {closedAt(),
            text(model),
            text("1.0.0"),
            text("s3://a"),
            text("abc"),
            {},
            QStringLiteral("Approved → Production"),
            text("#1")};
}

} // namespace

TEST_CASE("A release-log row is read from the database", "[models][releaselog]")
{
    Fixture f;
    f.approve();
    const ReleaseLogRow row = releaseLogRow(f.temp.db(), f.request);
    CHECK(row.date == closedAt());
    CHECK(row.model == text("fraud-detection"));
    CHECK(row.version == text("1.4.0"));
    CHECK(row.artifact == text("s3://models/fraud|detection/1.4.0.pkl"));
    CHECK(row.checksum == QString(64, QLatin1Char('c')));
    CHECK(row.url == text("https://fraud.example.org"));
    CHECK(row.decision == QStringLiteral("Approved → Production"));
    CHECK(row.request == QStringLiteral("GOV-1043 (#%1)").arg(f.request));
    CHECK(approvalsDirectory(text("/srv/gov/governance.sqlite")) == text("/srv/gov/approvals"));
    CHECK(releaseLogPath(text("/srv/gov/governance.sqlite"))
          == text("/srv/gov/model_release_log.md"));
}

TEST_CASE("A pending request has neither an approval record nor a release-log row",
          "[models][releaselog][approvalrecord]")
{
    Fixture f;
    Database &db = f.temp.db();
    for (const auto &build : {std::function<void()>([&] { buildApprovalRecord(db, f.request); }),
                              std::function<void()>([&] { releaseLogRow(db, f.request); })}) {
        try {
            build();
            FAIL("a pending request was treated as decided");
        } catch (const DatabaseError &error) {
            CHECK(error.message().contains(QStringLiteral("#%1").arg(f.request)));
            CHECK(error.message().contains(text("pending")));
            CHECK(error.message().contains(db.path()));
        }
    }
    CHECK_THROWS_WITH(buildApprovalRecord(db, 9999), ContainsSubstring("#9999 does not exist"));
    CHECK_THROWS_WITH(releaseLogRow(db, 9999), ContainsSubstring("#9999 does not exist"));
}

TEST_CASE("The release log gets its header once and rows only ever appended",
          "[models][releaselog]")
{
    Fixture f;
    const QString log = f.temp.filePath(text("model_release_log.md"));
    appendReleaseLog(log, sampleRow("first"));
    const QByteArray afterFirst = Test::readFile(log);
    CHECK(afterFirst.startsWith("# Model release log\n\n| Date (UTC) | Model |"));
    appendReleaseLog(log, sampleRow("second"));
    const QByteArray afterSecond = Test::readFile(log);
    CHECK(afterSecond.startsWith(afterFirst));
    CHECK(afterSecond.count("# Model release log") == 1);
    CHECK(afterSecond.count("\n| --- ") == 1);
    CHECK(afterSecond.endsWith("| 2026-11-16T10:03:55Z | second | 1.0.0 | s3://a | abc |  | "
                               "Approved → Production | #1 |\n"));

    // A log kept by hand, without a final line break: its bytes stay, the row starts a line.
    const QByteArray manual = "# Our log\n\n| Date | Model |\n| --- | --- |\n| old | row |";
    const QString kept = f.temp.filePath(text("kept.md"));
    Test::writeFile(kept, manual);
    appendReleaseLog(kept, sampleRow("third"));
    const QByteArray afterManual = Test::readFile(kept);
    CHECK(afterManual.startsWith(QByteArray(manual + "\n| 2026-11-16T10:03:55Z | third |")));
    CHECK(afterManual.count("Date (UTC)") == 0);
}

TEST_CASE("Release-log cells cannot break the table", "[models][releaselog]")
{
    Fixture f;
    const QString log = f.temp.filePath(text("model_release_log.md"));
    ReleaseLogRow row = sampleRow("a|b");
    row.decision = text("Rejected\nsee ticket\r\nfor details");
    appendReleaseLog(log, row);
    const QList<QByteArray> lines = Test::readFile(log).split('\n');
    REQUIRE(lines.size() == 6); // title, blank, header, rule, the row, and the final empty part
    const QByteArray &line = lines[4];
    CHECK(line.contains("| a\\|b |"));
    CHECK(line.contains("| Rejected<br>see ticket<br>for details |"));
    CHECK(line.count('|') - line.count("\\|") == 9);
}

TEST_CASE("Writing the release log reports the file it could not write", "[models][releaselog]")
{
    Fixture f;
    const QString folder = f.temp.filePath(text("a-folder.md"));
    REQUIRE(QDir().mkpath(folder));
    try {
        appendReleaseLog(folder, sampleRow("x"));
        FAIL("a row was appended to a folder");
    } catch (const DatabaseError &error) {
        CHECK(error.kind() == DatabaseErrorKind::Io);
        CHECK(error.filePath() == folder);
        CHECK(error.message().contains(folder));
    }
}

TEST_CASE("An approval record file is written once and never overwritten",
          "[models][releaselog][approvalrecord]")
{
    Fixture f;
    f.approve();
    const ApprovalRecord record = buildApprovalRecord(f.temp.db(), f.request);
    const QString folder = approvalsDirectory(f.temp.path());
    const QString path = QDir(folder).filePath(record.fileName);
    writeApprovalRecordFile(folder, record);
    CHECK(Test::readFile(path) == record.json);
    CHECK_NOTHROW(writeApprovalRecordFile(folder, record)); // the same bytes again: fine

    ApprovalRecord changed = record;
    changed.json.replace("Meets KPIs", "Something else");
    try {
        writeApprovalRecordFile(folder, changed);
        FAIL("an approval record file was overwritten");
    } catch (const DatabaseError &error) {
        CHECK(error.filePath() == path);
        CHECK(error.message().contains(path));
    }
    CHECK(Test::readFile(path) == record.json);
    CHECK(QDir(folder).entryList(QDir::Files) == QStringList{record.fileName});

    changed.fileName = text("../escape.json");
    CHECK_THROWS_AS(writeApprovalRecordFile(folder, changed), DatabaseError);
    CHECK_FALSE(QFile::exists(f.temp.filePath(text("escape.json"))));
}

TEST_CASE("A stored approval record is audited and can be neither changed nor replaced",
          "[models][releaselog][approvalrecord]")
{
    Fixture f;
    f.approve();
    Database &db = f.temp.db();
    db.setClock([] { return closedAt().addSecs(5); });
    const ApprovalRecord record = buildApprovalRecord(db, f.request);
    ApprovalRecordRepository records(db);
    {
        WriteTransaction t(db);
        records.add(t, record);
        t.commit();
    }
    const auto stored = records.forRequest(f.request);
    REQUIRE(stored);
    CHECK(stored->json == record.json);
    CHECK(stored->approvalId == record.approvalId);
    CHECK(stored->fileName == record.fileName);
    CHECK(stored->timestamp == record.timestamp);
    CHECK(records.all().size() == 1);
    CHECK_FALSE(records.forRequest(9999));
    CHECK(Query::scalar(db, text("SELECT written_at FROM approval_records")).toString()
          == text("2026-11-16T10:04:00Z"));

    const AuditEvent last = AuditTrail(db).events(AuditTrail(db).head().seq).front();
    CHECK(last.action == text("insert"));
    CHECK(last.entity == text("approval_records"));
    CHECK(last.entityId == f.request);
    CHECK(last.afterJson.contains(record.approvalId));
    CHECK(verifyChain(db).holds());

    WriteTransaction t(db);
    CHECK_THROWS_AS(Query(db, text("UPDATE approval_records SET record_json = '{}'")).exec(),
                    DatabaseError);
    CHECK_THROWS_AS(Query(db, text("DELETE FROM approval_records")).exec(), DatabaseError);
    try {
        records.add(t, record);
        FAIL("a second approval record was stored for the same request");
    } catch (const DatabaseError &error) {
        CHECK(error.kind() == DatabaseErrorKind::Constraint);
        CHECK(error.message().contains(record.approvalId));
    }
}
