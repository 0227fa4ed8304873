// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawsqlite.h"
#include "storage/database.h"
#include "storage/databaseerror.h"
#include "storage/personrepository.h"
#include "storage/query.h"
#include "storage/writetransaction.h"
#include "tempdatabase.h"

#include <catch2/catch_test_macros.hpp>

#include <chrono>
#include <thread>

using namespace Quorum;

namespace {

Person somebody(const QString &email)
{
    Person p;
    p.name = QStringLiteral("Somebody");
    p.email = email;
    p.roles = {Role::Reviewer};
    return p;
}

int peopleCount(Database &db)
{
    return Query::scalar(db, QStringLiteral("SELECT count(*) FROM people")).toInt();
}

} // namespace

TEST_CASE("A write transaction that is not committed leaves nothing behind", "[models]")
{
    Test::TempDatabase temp;
    PersonRepository people(temp.db());
    try {
        WriteTransaction transaction(temp.db());
        people.add(transaction, somebody(QStringLiteral("a@example.org")));
        people.add(transaction, somebody(QStringLiteral("a@example.org"))); // duplicate e-mail
        transaction.commit();
        FAIL("a duplicate e-mail address must be refused");
    } catch (const DatabaseError &error) {
        CHECK(error.kind() == DatabaseErrorKind::Constraint);
        CHECK(error.message().contains(QLatin1String("people.email")));
    }
    CHECK(peopleCount(temp.db()) == 0);
}

TEST_CASE("A committed write transaction is visible to another connection", "[models]")
{
    Test::TempDatabase temp;
    {
        WriteTransaction transaction(temp.db());
        PersonRepository(temp.db()).add(transaction, somebody(QStringLiteral("b@example.org")));
        transaction.commit();
    }
    Test::RawSqlite other(temp.path());
    CHECK(other.scalar("SELECT email FROM people") == QLatin1String("b@example.org"));
}

TEST_CASE("A writer waits with back-off for another writer's lock to be released", "[models]")
{
    OpenOptions options{OpenMode::CreateIfMissing, JournalPolicy::ForceRollback};
    options.busyTimeout = std::chrono::milliseconds(2000);
    Test::TempDatabase temp(options);
    Test::RawSqlite other(temp.path());
    other.exec("BEGIN IMMEDIATE");
    std::thread release([&other] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        other.exec("COMMIT");
    });
    const auto started = std::chrono::steady_clock::now();
    {
        WriteTransaction transaction(temp.db());
        PersonRepository(temp.db()).add(transaction, somebody(QStringLiteral("c@example.org")));
        transaction.commit();
    }
    release.join();
    CHECK(std::chrono::steady_clock::now() - started >= std::chrono::milliseconds(250));
    CHECK(peopleCount(temp.db()) == 1);
}

TEST_CASE("A writer gives up with a clear message when the lock is never released", "[models]")
{
    OpenOptions options{OpenMode::CreateIfMissing, JournalPolicy::ForceRollback};
    options.busyTimeout = std::chrono::milliseconds(100);
    Test::TempDatabase temp(options);
    Test::RawSqlite other(temp.path());
    other.exec("BEGIN IMMEDIATE");
    try {
        WriteTransaction transaction(temp.db());
        FAIL("BEGIN IMMEDIATE must not succeed while another writer holds the lock");
    } catch (const DatabaseError &error) {
        CHECK(error.kind() == DatabaseErrorKind::Locked);
        CHECK(error.message().contains(QLatin1String("busy")));
        CHECK(error.message().contains(temp.path()));
    }
    other.exec("ROLLBACK");
}
