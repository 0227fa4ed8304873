// SPDX-License-Identifier: GPL-3.0-or-later
// The command line itself: help, version, usage errors and where the database comes from.
#include "ctlrunner.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum::Test;

namespace {

QString dbOption()
{
    return QStringLiteral("--db");
}

} // namespace

TEST_CASE("quorumctl --help lists the commands and the exit codes", "[cli]")
{
    const CtlResult result = runCtl({QStringLiteral("--help")});
    CHECK(result.exitCode == 0);
    for (const char *word : {"init", "demo", "models", "show", "check", "--db", "QUORUM_DB",
                             "--version", "Exit codes"}) {
        INFO(word);
        CHECK(result.out.contains(QLatin1String(word)));
    }
    CHECK(result.err.isEmpty());
}

TEST_CASE("quorumctl --version prints the version", "[cli]")
{
    const CtlResult result = runCtl({QStringLiteral("--version")});
    CHECK(result.exitCode == 0);
    CHECK(result.out.startsWith(QLatin1String("quorumctl ")));
}

TEST_CASE("Every command's --help succeeds and names its options", "[cli]")
{
    const QList<std::pair<QString, QStringList>> commands{
        {QStringLiteral("init"), {}},
        {QStringLiteral("demo"),
         {QStringLiteral("--force"), QStringLiteral("--seed"), QStringLiteral("--as-of")}},
        {QStringLiteral("models"), {}},
        {QStringLiteral("show"), {QStringLiteral("MODEL")}},
        {QStringLiteral("check"), {}},
    };
    for (const auto &[command, own] : commands) {
        INFO(command.toStdString());
        const CtlResult result = runCtl({command, QStringLiteral("--help")});
        CHECK(result.exitCode == 0);
        CHECK(result.out.contains(QStringLiteral("quorumctl [--db FILE] ") + command));
        for (const QString &option :
             own + QStringList{dbOption(), QStringLiteral("--json"), QStringLiteral("--verbose")}) {
            INFO(option.toStdString());
            CHECK(result.out.contains(option));
        }
    }
}

TEST_CASE("A --help before the command name shows that command's help", "[cli]")
{
    const CtlResult result = runCtl({QStringLiteral("--help"), QStringLiteral("show")});
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QLatin1String("show [options] MODEL")));
}

TEST_CASE("An unknown command is a usage error", "[cli]")
{
    const CtlResult result = runCtl({QStringLiteral("frobnicate")});
    CHECK(result.exitCode == 2);
    CHECK(result.out.isEmpty());
    CHECK(result.err.contains(QLatin1String("unknown command 'frobnicate'")));
    CHECK(result.err.contains(QLatin1String("quorumctl --help")));
}

TEST_CASE("No command at all is a usage error", "[cli]")
{
    const CtlResult result = runCtl({});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QLatin1String("Usage:")));
}

TEST_CASE("An unknown option is a usage error with a hint", "[cli]")
{
    const CtlResult result = runCtl({QStringLiteral("models"), QStringLiteral("--colour")});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QLatin1String("colour")));
    CHECK(result.err.contains(QLatin1String("quorumctl models --help")));
}

TEST_CASE("A --db option without a value is a usage error", "[cli]")
{
    const CtlResult result = runCtl({QStringLiteral("models"), dbOption()});
    CHECK(result.exitCode == 2);
}

TEST_CASE("Without --db and without QUORUM_DB a command is a usage error", "[cli]")
{
    const CtlResult result = runCtl({QStringLiteral("models")});
    CHECK(result.exitCode == 2);
    CHECK(result.out.isEmpty());
    CHECK(result.err.contains(QLatin1String("--db")));
    CHECK(result.err.contains(QLatin1String("QUORUM_DB")));
}

TEST_CASE("The database comes from QUORUM_DB when --db is not given", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("env.sqlite"));
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("QUORUM_DB"), path);
    REQUIRE(runCtl({QStringLiteral("init")}, environment).exitCode == 0);
    CHECK(QFileInfo::exists(path));

    // --db wins over the environment.
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    REQUIRE(runCtl({QStringLiteral("init"), dbOption(), other}, environment).exitCode == 0);
    CHECK(QFileInfo::exists(other));
}

TEST_CASE("The --db option may come before or after the command name", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("g.sqlite"));
    REQUIRE(runCtl({dbOption(), path, QStringLiteral("init")}).exitCode == 0);
    const CtlResult before
        = runCtl({dbOption(), path, QStringLiteral("models"), QStringLiteral("--json")});
    const CtlResult after = runCtl(
        {QStringLiteral("models"), QStringLiteral("--json"), QStringLiteral("--db=") + path});
    CHECK(before.exitCode == 0);
    CHECK(after.exitCode == 0);
    CHECK(before.out == after.out);
}
