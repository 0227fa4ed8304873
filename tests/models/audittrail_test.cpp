// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/audittrail.h"
#include "audit/chainverifier.h"
#include "crypto/sha256.h"
#include "rawsqlite.h"
#include "storage/databaseerror.h"
#include "storage/modelrepository.h"
#include "storage/personrepository.h"
#include "storage/query.h"
#include "storage/versionrepository.h"
#include "storage/writetransaction.h"
#include "tempdatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>

#include <algorithm>

using namespace Quorum;

namespace {

// A person, a model and two versions, one promoted: seven changes, seven events.
void makeHistory(Database &db)
{
    qint64 owner = 0;
    {
        WriteTransaction transaction(db, Actor::program(QStringLiteral("registry import")));
        Person p;
        p.name = QStringLiteral("Ada Okafor");
        p.email = QStringLiteral("ada@example.org");
        p.roles = {Role::Owner, Role::MlEngineer};
        owner = PersonRepository(db).add(transaction, p);
        transaction.commit();
    }
    WriteTransaction transaction(db, Actor::person(owner, QStringLiteral("Ada Okafor")));
    Model m;
    m.name = QStringLiteral("fraud");
    m.ownerId = owner;
    const qint64 model = ModelRepository(db).add(transaction, m);
    VersionRepository versions(db);
    ModelVersion v;
    v.modelId = model;
    v.version = {1, 0, 0};
    const qint64 first = versions.add(transaction, v);
    v.version = {1, 1, 0};
    v.parentVersionId = first;
    const qint64 second = versions.add(transaction, v);
    versions.setStage(transaction, first, Stage::Production);
    versions.setStage(transaction, second, Stage::Staging);
    ModelRepository(db).setStatus(transaction, model, ModelStatus::Retiring);
    transaction.commit();
}

// What an attacker with the file does first: remove the guards.
void dropGuards(const QString &path)
{
    Test::RawSqlite raw(path);
    raw.exec("DROP TRIGGER audit_events_append_only; DROP TRIGGER audit_events_no_update; "
             "DROP TRIGGER audit_events_no_delete;");
}

bool names(const ChainReport &report, qint64 seq, const char *words)
{
    return std::any_of(report.problems.begin(), report.problems.end(), [&](const ChainProblem &p) {
        return p.seq == seq && p.reason.contains(QLatin1String(words));
    });
}

} // namespace

TEST_CASE("Every write appends an event in its own transaction, by its actor", "[models]")
{
    Test::TempDatabase temp;
    makeHistory(temp.db());
    AuditTrail trail(temp.db());
    const auto events = trail.events();
    REQUIRE(events.size() == 7);
    CHECK(events[0].seq == 1);
    CHECK(events[0].prevHash == kGenesisHash);
    CHECK(events[0].entity == QLatin1String("people"));
    CHECK(events[0].actor == QLatin1String("registry import"));
    CHECK_FALSE(events[0].personId.has_value());
    const QJsonObject person = QJsonDocument::fromJson(events[0].afterJson.toUtf8()).object();
    CHECK(person.value(QStringLiteral("email")).toString() == QLatin1String("ada@example.org"));
    CHECK(person.value(QStringLiteral("roles")).toArray().size() == 2);

    CHECK(events[1].entity == QLatin1String("models"));
    CHECK(events[1].actor == QLatin1String("Ada Okafor"));
    CHECK(events[1].personId == events[0].entityId);
    CHECK(events[3].action == QLatin1String("insert"));
    CHECK(events[4].action == QLatin1String("update"));
    CHECK(events[4].beforeJson.contains(QLatin1String("\"stage\":\"development\"")));
    CHECK(events[4].afterJson.contains(QLatin1String("\"stage\":\"production\"")));
    for (std::size_t i = 1; i < events.size(); ++i) {
        CHECK(events[i].seq == events[i - 1].seq + 1);
        CHECK(events[i].prevHash == events[i - 1].hash);
    }
    CHECK(trail.head().hash == events.back().hash);
    CHECK(verifyChain(temp.db()).holds());
}

TEST_CASE("A change that is rolled back leaves no event behind", "[models]")
{
    Test::TempDatabase temp;
    makeHistory(temp.db());
    {
        WriteTransaction transaction(temp.db());
        Model m;
        m.name = QStringLiteral("never-committed");
        m.ownerId = 1;
        ModelRepository(temp.db()).add(transaction, m);
    }
    CHECK(AuditTrail(temp.db()).head().seq == 7);
    CHECK(verifyChain(temp.db()).holds());
}

TEST_CASE("The database itself refuses an event that does not follow the last one", "[models]")
{
    Test::TempDatabase temp;
    makeHistory(temp.db());
    Test::RawSqlite raw(temp.path());
    const QByteArray insert = "INSERT INTO audit_events (seq, occurred_at, actor, action, entity, "
                              "prev_hash, hash) VALUES (%1, '2026-01-01T00:00:00Z', 'x', 'insert', "
                              "'models', '%2', '%3')";
    const QByteArray head = raw.scalar("SELECT hash FROM audit_events WHERE seq = 7").toLatin1();
    const QByteArray other(64, 'f');
    CHECK(
        raw.tryExec(QByteArray(insert).replace("%1", "9").replace("%2", head).replace("%3", other))
        != 0); // a gap
    CHECK(
        raw.tryExec(QByteArray(insert).replace("%1", "8").replace("%2", other).replace("%3", other))
        != 0); // a wrong link
}

TEST_CASE("Editing any stored field of an event is named by verification", "[models]")
{
    Test::TempDatabase temp;
    makeHistory(temp.db());
    temp.close(); // the last connection checkpoints WAL into the file that is copied below
    dropGuards(temp.path());
    const char *edits[] = {
        "UPDATE audit_events SET action = 'delete' WHERE seq = 3",
        "UPDATE audit_events SET actor = 'Somebody Else' WHERE seq = 3",
        "UPDATE audit_events SET person_id = NULL WHERE seq = 3",
        "UPDATE audit_events SET occurred_at = '2020-01-01T00:00:00Z' WHERE seq = 3",
        "UPDATE audit_events SET entity_id = 99 WHERE seq = 3",
        "UPDATE audit_events SET after_json = replace(after_json, '1.0.0', '9.9.9') WHERE seq = 3",
        "UPDATE audit_events SET entity = 'datasets' WHERE seq = 3",
    };
    for (const char *edit : edits) {
        INFO(edit);
        Test::TempDatabase copy;
        copy.close();
        QFile::remove(copy.path());
        REQUIRE(QFile::copy(temp.path(), copy.path()));
        Test::RawSqlite(copy.path()).exec(edit);
        const ChainReport report = verifyChain(copy.reopen());
        CHECK_FALSE(report.holds());
        CHECK(names(report, 3, "does not match its hash"));
        CHECK(report.problems.size() == 1);
    }
}

TEST_CASE("Deleting, rewriting or reordering events breaks the chain where it happened", "[models]")
{
    Test::TempDatabase temp;
    makeHistory(temp.db());
    temp.close();
    dropGuards(temp.path());
    Test::RawSqlite raw(temp.path());

    SECTION("an event deleted from the middle")
    {
        raw.exec("DELETE FROM audit_events WHERE seq = 4");
        const ChainReport report = verifyChain(temp.reopen());
        CHECK(names(report, 5, "events 4 to 4 are missing"));
        CHECK(names(report, 5, "does not link"));
    }
    SECTION("an event rewritten with a fresh hash of its own")
    {
        // The forger recomputes the edited event's hash correctly; the next link still breaks.
        Database &db = temp.reopen();
        AuditEvent event = AuditTrail(db).events(3, 1).front();
        event.actor = QStringLiteral("Somebody Else");
        const QString forged
            = Crypto::sha256Hex(event.canonicalContent(AuditTrail(db).instanceId()));
        raw.exec(QStringLiteral("UPDATE audit_events SET actor = 'Somebody Else', hash = '%1' "
                                "WHERE seq = 3")
                     .arg(forged)
                     .toUtf8());
        const ChainReport report = verifyChain(db);
        CHECK_FALSE(names(report, 3, "does not match its hash"));
        CHECK(names(report, 4, "does not link"));
    }
    SECTION("two events swapped")
    {
        raw.exec("UPDATE audit_events SET seq = 100 WHERE seq = 5;"
                 "UPDATE audit_events SET seq = 5 WHERE seq = 6;"
                 "UPDATE audit_events SET seq = 6 WHERE seq = 100;");
        const ChainReport report = verifyChain(temp.reopen());
        CHECK_FALSE(report.holds());
        CHECK(names(report, 5, "does not match its hash"));
    }
    SECTION("the trail copied into another database")
    {
        raw.exec("UPDATE database_info SET value = 'another-instance' WHERE key = 'instance_id'");
        const ChainReport report = verifyChain(temp.reopen());
        CHECK(report.problems.size() == 7);
    }
}
