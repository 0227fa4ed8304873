// SPDX-License-Identifier: GPL-3.0-or-later
// Building the demo database: determinism, integrity, and safe creation of the file.
#include "demo/demodatabase.h"
#include "demotestsupport.h"
#include "storage/databaseerror.h"
#include "storage/modelrepository.h"
#include "storage/query.h"
#include "tempdatabase.h"

#include <QDir>
#include <QFileInfo>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

// Files in the folder other than @p keep: temporary files or journals left behind.
QStringList strayFiles(const QString &folder, const QStringList &keep)
{
    QStringList stray = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : keep) {
        stray.removeAll(name);
    }
    return stray;
}

} // namespace

TEST_CASE("Two demo builds with the same options hold identical content", "[models]")
{
    Test::TempDatabase first;
    Test::TempDatabase second;
    populateDemo(first.db());
    populateDemo(second.db());
    CHECK(Test::dumpAllTables(first.db()) == Test::dumpAllTables(second.db()));
}

TEST_CASE("A different seed gives different numbers with the same structure", "[models]")
{
    Test::TempDatabase first;
    Test::TempDatabase second;
    populateDemo(first.db());
    DemoOptions other;
    other.seed = 7;
    populateDemo(second.db(), other);
    const QString evaluations = QStringLiteral("SELECT metric, value FROM evaluations ORDER BY id");
    CHECK(Test::rows(first.db(), evaluations) != Test::rows(second.db(), evaluations));
    const QString structure = QStringLiteral("SELECT m.name, v.version, v.stage FROM models m "
                                             "JOIN model_versions v ON v.model_id = m.id "
                                             "ORDER BY v.id");
    CHECK(Test::rows(first.db(), structure) == Test::rows(second.db(), structure));
}

TEST_CASE("The demo database passes the integrity and foreign key checks", "[models]")
{
    Database db = Test::openSharedDemo();
    CHECK(Query::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString()
          == QStringLiteral("ok"));
    CHECK(Test::rows(db, QStringLiteral("PRAGMA foreign_key_check")).empty());
}

TEST_CASE("Every timestamp of the demo follows its date, not the clock", "[models]")
{
    // A date years before the tests run: a timestamp taken from the clock would stand out.
    DemoOptions options;
    options.asOf = QDate(2016, 3, 7);
    Test::TempDatabase temp;
    populateDemo(temp.db(), options);
    // The weekly jobs of the demo's day (a Monday) ran in its early morning.
    const QString dayAfter = options.asOf.addDays(1).toString(Qt::ISODate);
    const QString fourYearsBefore = options.asOf.addYears(-4).toString(Qt::ISODate);
    const QStringList columns{QStringLiteral("people.created_at"),
                              QStringLiteral("models.created_at"),
                              QStringLiteral("models.updated_at"),
                              QStringLiteral("model_versions.created_at"),
                              QStringLiteral("datasets.created_at"),
                              QStringLiteral("evaluations.recorded_at"),
                              QStringLiteral("fairness_reports.recorded_at"),
                              QStringLiteral("drift_observations.recorded_at"),
                              QStringLiteral("model_cards.created_at"),
                              QStringLiteral("risk_assessments.assessed_at"),
                              QStringLiteral("release_requests.submitted_at"),
                              QStringLiteral("release_requests.closed_at")};
    for (const QString &column : columns) {
        const QStringList parts = column.split(QLatin1Char('.'));
        INFO(column.toStdString());
        const auto range = Test::rows(
            temp.db(), QStringLiteral("SELECT min(%1), max(%1) FROM %2").arg(parts[1], parts[0]));
        REQUIRE(range.size() == 1);
        CHECK(range[0].at(0).toString() > fourYearsBefore);
        CHECK(range[0].at(1).toString() < dayAfter);
    }
}

TEST_CASE("Building the demo reports progress up to its total", "[models]")
{
    Test::TempDatabase temp;
    std::vector<std::pair<int, int>> calls;
    populateDemo(temp.db(), {}, [&](int done, int total) { calls.emplace_back(done, total); });
    REQUIRE(calls.size() >= 2);
    CHECK(calls.front().first == 0);
    CHECK(calls.back().first == calls.back().second);
    for (std::size_t i = 1; i < calls.size(); ++i) {
        CHECK(calls[i].first > calls[i - 1].first);
        CHECK(calls[i].second == calls.front().second);
    }
}

TEST_CASE("Adding the demo to a database that holds models fails and changes nothing", "[models]")
{
    Test::TempDatabase temp;
    populateDemo(temp.db());
    const QString before = Test::dumpAllTables(temp.db());
    try {
        populateDemo(temp.db());
        FAIL("populateDemo accepted a database with models");
    } catch (const DatabaseError &error) {
        CHECK(error.kind() == DatabaseErrorKind::Constraint);
        CHECK(error.message().contains(temp.path()));
    }
    CHECK(Test::dumpAllTables(temp.db()) == before);
}

TEST_CASE("Creating the demo database refuses an existing file and leaves it untouched", "[models]")
{
    Test::TempDatabase temp;
    const QString path = temp.filePath(QStringLiteral("existing.sqlite"));
    const QByteArray bytes("precious data, not a demo");
    Test::writeFile(path, bytes);
    try {
        createDemoDatabase(path, DemoOverwrite::Refuse);
        FAIL("createDemoDatabase replaced an existing file");
    } catch (const DatabaseError &error) {
        CHECK(error.kind() == DatabaseErrorKind::Constraint);
        CHECK(error.message().contains(path));
        CHECK(error.message().contains(QStringLiteral("left untouched")));
    }
    CHECK(Test::readFile(path) == bytes);
    CHECK(strayFiles(QFileInfo(path).absolutePath(),
                     {QStringLiteral("existing.sqlite"), QStringLiteral("governance.sqlite"),
                      QStringLiteral("governance.sqlite-wal"),
                      QStringLiteral("governance.sqlite-shm")})
              .isEmpty());
}

TEST_CASE("Creating the demo database with Replace swaps in a complete database", "[models]")
{
    Test::TempDatabase temp;
    const QString path = temp.filePath(QStringLiteral("governance.sqlite"));
    temp.close();
    Test::writeFile(path, QByteArray("an old file"));
    createDemoDatabase(path, DemoOverwrite::Replace);
    CHECK(strayFiles(QFileInfo(path).absolutePath(), {QStringLiteral("governance.sqlite")})
              .isEmpty());
    Database db = Database::open(path);
    CHECK(ModelRepository(db).count() == 12);
    CHECK(Query::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString()
          == QStringLiteral("ok"));
}

TEST_CASE("Creating the demo database in a missing folder fails with a clear message", "[models]")
{
    Test::TempDatabase temp;
    const QString path = temp.filePath(QStringLiteral("no-such-folder/demo.sqlite"));
    try {
        createDemoDatabase(path, DemoOverwrite::Refuse);
        FAIL("createDemoDatabase wrote into a missing folder");
    } catch (const DatabaseError &error) {
        CHECK(error.kind() == DatabaseErrorKind::Io);
        CHECK(error.message().contains(path));
    }
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("A failed demo build leaves no file behind", "[models]")
{
    Test::TempDatabase temp;
    const QString path = temp.filePath(QStringLiteral("demo.sqlite"));
    DemoOptions invalid;
    invalid.asOf = QDate();
    CHECK_THROWS_AS(createDemoDatabase(path, DemoOverwrite::Replace, invalid), DatabaseError);
    CHECK(strayFiles(QFileInfo(path).absolutePath(),
                     {QStringLiteral("governance.sqlite"), QStringLiteral("governance.sqlite-wal"),
                      QStringLiteral("governance.sqlite-shm")})
              .isEmpty());
}

TEST_CASE("Creating the demo database in a new file leaves only that file", "[models]")
{
    Test::TempDatabase temp;
    const QString path = temp.filePath(QStringLiteral("demo.sqlite"));
    createDemoDatabase(path, DemoOverwrite::Refuse);
    CHECK(strayFiles(QFileInfo(path).absolutePath(),
                     {QStringLiteral("demo.sqlite"), QStringLiteral("governance.sqlite"),
                      QStringLiteral("governance.sqlite-wal"),
                      QStringLiteral("governance.sqlite-shm")})
              .isEmpty());
    Database db = Database::open(path);
    CHECK(ModelRepository(db).count() == 12);
}
