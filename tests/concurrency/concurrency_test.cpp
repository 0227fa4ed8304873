// SPDX-License-Identifier: GPL-3.0-or-later
// Several processes deciding on one governance database at once (issue 3): a race for the
// same request has exactly one outcome, four writers lose and duplicate nothing, and a writer
// killed mid-loop leaves no partial decision and a trail that verifies.
#include "audit/chainverifier.h"
#include "governance/decisionverifier.h"
#include "governance/releaseservice.h"
#include "governancefixture.h"
#include "storage/decisionrepository.h"
#include "storage/query.h"
#include "storage/releaserequestrepository.h"

#include <QFile>
#include <QProcess>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <set>

using namespace Quorum;
using namespace Quorum::Test;

namespace {

QProcess *startWorker(const QStringList &arguments)
{
    auto *process = new QProcess;
    process->setProgram(QStringLiteral(QUORUM_DECISION_WORKER));
    process->setArguments(arguments);
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->start();
    REQUIRE(process->waitForStarted());
    return process;
}

QStringList workerArgs(const QString &mode, GovernanceFixture &f, const QString &handle)
{
    return {mode, f.temp().path(), testKey(handle).p12Path, testKeyPassphrase()};
}

// Tier 1 requests (each with the QA tester's check), so that board approvals never close them.
std::pair<qint64, qint64> openTierOneRequests(GovernanceFixture &f, int count)
{
    ReleaseService service(f.db());
    std::vector<qint64> ids;
    for (int i = 0; i < count; ++i) {
        const qint64 version = f.addVersion(QStringLiteral("2.%1.0").arg(i), Evidence{});
        ids.push_back(f.submit(version));
        service.recordTesterCheck(ids.back(), f.person(QStringLiteral("qa")), TesterVerdict::Passed,
                                  QStringLiteral("Tester ✓"));
    }
    return {ids.front(), ids.back()};
}

qint64 count(Database &db, const QString &sql)
{
    return Query::scalar(db, sql).toLongLong();
}

void requireEverythingHolds(Database &db)
{
    const ChainReport chain = verifyChain(db);
    CHECK(chain.holds());
    const SignatureReport signatures = verifySignatures(db);
    CHECK(signatures.holds());
    for (const SignatureProblem &problem : signatures.problems) {
        UNSCOPED_INFO("decision " << problem.id << ": " << problem.reason.toStdString());
    }
    // Every decision has its checkpoint and its audit event: nothing half-written.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM decisions WHERE checkpoint_id IS NULL"))
          == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM decisions"))
          == count(db,
                   QStringLiteral("SELECT count(*) FROM audit_events WHERE entity = "
                                  "'decisions' AND action = 'insert'")));
}

} // namespace

TEST_CASE("Two reviewers deciding the same request at once give exactly one outcome",
          "[concurrency]")
{
    GovernanceFixture f(4);
    const qint64 request = f.submit();
    f.temp().close();
    const QString go = f.temp().filePath(QStringLiteral("go"));
    const QString id = QString::number(request);
    std::unique_ptr<QProcess> approve(
        startWorker(workerArgs(QStringLiteral("race"), f, QStringLiteral("reviewer1"))
                    << id << QStringLiteral("approve") << go));
    std::unique_ptr<QProcess> reject(
        startWorker(workerArgs(QStringLiteral("race"), f, QStringLiteral("reviewer2"))
                    << id << QStringLiteral("reject") << go));
    for (QProcess *p : {approve.get(), reject.get()}) {
        while (!p->canReadLine()) {
            REQUIRE(p->waitForReadyRead(60000));
        }
        REQUIRE(p->readLine().trimmed() == "ready");
    }
    QFile(go).open(QIODevice::WriteOnly); // both signed: go
    for (QProcess *p : {approve.get(), reject.get()}) {
        REQUIRE(p->waitForFinished(60000));
    }
    const int recorded = (approve->exitCode() == 0) + (reject->exitCode() == 0);
    CHECK(recorded == 1);
    CHECK((approve->exitCode() == 5 || reject->exitCode() == 5));

    Database &db = f.temp().reopen();
    const auto decisions = DecisionRepository(db).forRequest(request);
    REQUIRE(decisions.size() == 1);
    const RequestStatus status = ReleaseRequestRepository(db).byId(request)->status;
    CHECK(status
          == (decisions.front().verdict == Verdict::Approve ? RequestStatus::Approved
                                                            : RequestStatus::Rejected));
    requireEverythingHolds(db);
}

TEST_CASE("Four writers making 250 decisions each lose and duplicate nothing", "[concurrency]")
{
    GovernanceFixture f(1);
    const auto [first, last] = openTierOneRequests(f, 250);
    f.temp().close();
    std::vector<std::unique_ptr<QProcess>> writers;
    for (int i = 1; i <= 4; ++i) {
        writers.emplace_back(
            startWorker(workerArgs(QStringLiteral("many"), f, QStringLiteral("reviewer%1").arg(i))
                        << QString::number(first) << QString::number(last)));
    }
    for (auto &writer : writers) {
        REQUIRE(writer->waitForFinished(540000));
        INFO(writer->readAllStandardError().toStdString());
        CHECK(writer->exitCode() == 0);
        CHECK(writer->readAllStandardOutput().count("ok ") == 250);
    }
    Database &db = f.temp().reopen();
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM decisions")) == 1000);
    CHECK(count(db,
                QStringLiteral("SELECT count(*) FROM (SELECT request_id FROM decisions "
                               "GROUP BY request_id HAVING count(DISTINCT person_id) = 4)"))
          == 250);
    // Three board approvals are not the tier's quorum: every request is still pending.
    CHECK(ReleaseRequestRepository(db).withStatus(RequestStatus::Pending).size() == 250);
    requireEverythingHolds(db);
}

TEST_CASE("A writer killed in the middle of its decisions leaves no partial decision",
          "[concurrency]")
{
    GovernanceFixture f(1);
    const auto [first, last] = openTierOneRequests(f, 40);
    f.temp().close();
    const int killAfter = GENERATE(1, 7);
    std::unique_ptr<QProcess> writer(
        startWorker(workerArgs(QStringLiteral("many"), f, QStringLiteral("reviewer1"))
                    << QString::number(first) << QString::number(last)));
    int done = 0;
    while (done < killAfter) {
        REQUIRE(writer->waitForReadyRead(60000));
        done += static_cast<int>(writer->readAllStandardOutput().count("ok "));
    }
    writer->kill(); // SIGKILL: no destructor, no rollback, no flush
    REQUIRE(writer->waitForFinished(10000));

    Database &db = f.temp().reopen();
    const qint64 stored = count(db, QStringLiteral("SELECT count(*) FROM decisions"));
    CHECK(stored >= done);
    CHECK(stored < 40);
    requireEverythingHolds(db);
}
