// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/datachangewatcher.h"
#include "rawsqlite.h"
#include "storage/databaseerror.h"
#include "storage/dataversion.h"
#include "tempdatabase.h"

#include <QSignalSpy>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

#include <chrono>

using namespace Quorum;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 10000;

/// A watcher polling @p temp's database every 20 ms, with spies on what it reports.
struct Watched
{
    explicit Watched(Test::TempDatabase &temp)
        : changes(&watcher, &Ui::DataChangeWatcher::externalChange)
        , polls(&watcher, &Ui::DataChangeWatcher::polled)
    {
        watcher.setInterval(20ms);
        watcher.setDatabaseSource([&temp]() -> const Database * { return &temp.db(); });
    }

    /// Waits until @p count more polls have finished.
    void waitForPolls(qsizetype count)
    {
        const qsizetype target = polls.count() + count;
        REQUIRE(QTest::qWaitFor([&] { return polls.count() >= target; }, kWaitMs));
    }

    Ui::DataChangeWatcher watcher;
    QSignalSpy changes;
    QSignalSpy polls;
};

/// "Another reviewer": a plain SQLite connection that waits for locks like Quorum does.
std::unique_ptr<Test::RawSqlite> otherConnection(const QString &path)
{
    auto other = std::make_unique<Test::RawSqlite>(path);
    other->exec("PRAGMA busy_timeout = 10000");
    return other;
}

/// One committed transaction through @p other.
void commitSomething(Test::RawSqlite &other)
{
    other.exec("BEGIN IMMEDIATE; CREATE TABLE IF NOT EXISTS scratch(x); "
               "INSERT INTO scratch VALUES (1); COMMIT");
}

} // namespace

TEST_CASE("A commit through another connection is reported once, and no commit never",
          "[ui][desktop]")
{
    Test::TempDatabase temp;
    Watched w(temp);
    CHECK(w.watcher.interval() == 20ms);
    w.watcher.start();
    w.waitForPolls(3);
    CHECK(w.changes.isEmpty()); // nobody wrote: nothing to report

    const auto other = otherConnection(temp.path());
    commitSomething(*other);
    REQUIRE(w.changes.wait(kWaitMs));
    w.waitForPolls(3);
    CHECK(w.changes.count() == 1);

    commitSomething(*other);
    REQUIRE(QTest::qWaitFor([&w] { return w.changes.count() == 2; }, kWaitMs));
    w.waitForPolls(3);
    CHECK(w.changes.count() == 2);
}

TEST_CASE("Writes while the watcher is paused are not reported after it resumes", "[ui][desktop]")
{
    Test::TempDatabase temp;
    Watched w(temp);
    w.watcher.start();
    w.waitForPolls(1);

    w.watcher.pause();
    w.watcher.pause(); // pauses nest
    CHECK(w.watcher.isPaused());
    const auto other = otherConnection(temp.path());
    commitSomething(*other); // e.g. the program's own dialog writing
    w.watcher.resume();
    CHECK(w.watcher.isPaused());
    w.watcher.resume();
    CHECK_FALSE(w.watcher.isPaused());
    w.waitForPolls(3);
    CHECK(w.changes.isEmpty());

    // Afterwards another reviewer's change is reported again.
    commitSomething(*other);
    CHECK(w.changes.wait(kWaitMs));
}

TEST_CASE("Without a database the watcher reads nothing; a newly opened one is a new baseline",
          "[ui][desktop]")
{
    Test::TempDatabase first;
    Test::TempDatabase second;
    const Database *current = nullptr;
    Ui::DataChangeWatcher watcher;
    watcher.setInterval(20ms);
    watcher.setDatabaseSource([&current] { return current; });
    QSignalSpy changes(&watcher, &Ui::DataChangeWatcher::externalChange);
    QSignalSpy polls(&watcher, &Ui::DataChangeWatcher::polled);
    watcher.start();
    QTest::qWait(100);
    CHECK(polls.isEmpty());

    current = &first.db();
    REQUIRE(polls.wait(kWaitMs));
    current = &second.db(); // the window opened another file: not a change by someone else
    const qsizetype before = polls.count();
    REQUIRE(QTest::qWaitFor([&] { return polls.count() >= before + 3; }, kWaitMs));
    CHECK(changes.isEmpty());
}

TEST_CASE("Reading data_version waits for another program's exclusive lock, so the watcher "
          "reads it on a thread of its own",
          "[ui][desktop]")
{
    // A file on a share: rollback journal, where readers need a shared lock.
    OpenOptions options{OpenMode::CreateIfMissing, JournalPolicy::ForceRollback};
    Test::TempDatabase temp(options);
    const auto other = otherConnection(temp.path());

    // On a connection that does not wait, the pragma is refused while the lock is held: with
    // the usual busy timeout the GUI thread would have stood still that long.
    OpenOptions impatient{OpenMode::OpenExisting, JournalPolicy::ForceRollback, OpenCheck::None,
                          0ms};
    const Database direct = Database::open(temp.path(), impatient);
    other->exec("BEGIN EXCLUSIVE");
    CHECK_THROWS_AS(dataVersion(direct), DatabaseError);
    other->exec("ROLLBACK");

    Watched w(temp);
    w.watcher.setInterval(1h); // only the reads the test asks for
    w.watcher.start();
    w.waitForPolls(1);
    other->exec("BEGIN EXCLUSIVE; CREATE TABLE scratch(x)");
    w.watcher.pollNow();
    // The GUI thread goes on (this event loop runs) while the read waits for the lock.
    QTest::qWait(200);
    CHECK(w.watcher.isReading());
    CHECK(w.polls.count() == 1);
    other->exec("COMMIT");
    REQUIRE(w.changes.wait(kWaitMs)); // the read finished after the commit and saw it
    CHECK_FALSE(w.watcher.isReading());
}
