// SPDX-License-Identifier: GPL-3.0-or-later
// Files quorumctl must refuse: exit code 3, the core's message on stderr, the file untouched.
#include "ctlrunner.h"
#include "storage/database.h"
#include "tempdatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using namespace Quorum::Test;

namespace {

QString initialised(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("governance.sqlite"));
    REQUIRE(runCtl({QStringLiteral("init"), QStringLiteral("--db"), path}).exitCode == 0);
    return path;
}

void requireDatabaseError(const CtlResult &result)
{
    INFO("stderr: " << result.err.toStdString());
    CHECK(result.exitCode == 3);
    CHECK(result.out.isEmpty());
    CHECK(result.err.startsWith(QLatin1String("quorumctl: ")));
}

} // namespace

TEST_CASE("A missing database file is a database error naming the file", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    const CtlResult result = runCtl({QStringLiteral("--db"), path, QStringLiteral("models")});
    requireDatabaseError(result);
    CHECK(result.err.contains(QLatin1String("missing.sqlite")));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("A text file given as the database is refused", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    const QByteArray text("These are not the models you are looking for.\n");
    writeFile(path, text);
    const CtlResult result = runCtl({QStringLiteral("models"), QStringLiteral("--db"), path});
    requireDatabaseError(result);
    CHECK(result.err.contains(path));
    CHECK(readFile(path) == text);
}

TEST_CASE("A database from a newer Quorum is refused and left byte for byte", "[cli]")
{
    QTemporaryDir dir;
    const QString path = initialised(dir);
    execRaw(path,
            {QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)});
    const QByteArray before = readFile(path);

    for (const QString &command :
         {QStringLiteral("models"), QStringLiteral("init"), QStringLiteral("check")}) {
        INFO(command.toStdString());
        const CtlResult result = runCtl({command, QStringLiteral("--db"), path});
        requireDatabaseError(result);
        CHECK(result.err.contains(QLatin1String("newer")));
    }
    CHECK(readFile(path) == before);
}

TEST_CASE("The --verbose option adds SQLite's details to a database error", "[cli]")
{
    QTemporaryDir dir;
    const QString path = initialised(dir);
    // A database whose schema lost a table: the query fails with SQLite's own words.
    execRaw(path, {QStringLiteral("DROP TABLE model_versions")});
    const CtlResult quiet = runCtl({QStringLiteral("models"), QStringLiteral("--db"), path});
    requireDatabaseError(quiet);
    CHECK_FALSE(quiet.err.contains(QLatin1String("SQL:")));
    const CtlResult verbose = runCtl(
        {QStringLiteral("models"), QStringLiteral("--db"), path, QStringLiteral("--verbose")});
    requireDatabaseError(verbose);
    CHECK(verbose.err.contains(QLatin1String("SQL:")));
    CHECK(verbose.err.contains(QLatin1String("model_versions")));
}

TEST_CASE("A read-only database file is refused with a read-only message", "[cli]")
{
    QTemporaryDir source;
    const QString original = initialised(source);

    // World-readable so that "nobody" can reach the file when the tests run as root.
    QTemporaryDir dir;
    REQUIRE(QFile::setPermissions(dir.path(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                      | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                      | QFile::ExeOther));
    const QString path = dir.filePath(QStringLiteral("readonly.sqlite"));
    REQUIRE(QFile::copy(original, path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = readFile(path);

    // Root ignores file modes: run quorumctl as "nobody" then.
    const RunAs user = runningAsRoot() ? RunAs::Nobody : RunAs::CurrentUser;
    const CtlResult result = runCtl({QStringLiteral("models"), QStringLiteral("--db"), path},
                                    QProcessEnvironment(), user);
    requireDatabaseError(result);
    CHECK(result.err.contains(QLatin1String("read-only")));
    CHECK(result.err.contains(path));
    CHECK(readFile(path) == before);
}
