// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlscript.h"

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

TEST_CASE("An SQL script splits into statements at semicolons outside quotes and comments",
          "[models]")
{
    const QStringList statements = splitSqlScript(
        QStringLiteral("-- a comment; with a semicolon\n"
                       "CREATE TABLE t (a TEXT DEFAULT 'x;y', \"odd;name\" INTEGER);\n"
                       "/* block; comment */ INSERT INTO t VALUES ('it''s; fine', 1);\n"
                       "SELECT 1"));
    REQUIRE(statements.size() == 3);
    CHECK(statements[0]
          == QStringLiteral("CREATE TABLE t (a TEXT DEFAULT 'x;y', \"odd;name\" "
                            "INTEGER)"));
    CHECK(statements[1] == QStringLiteral("INSERT INTO t VALUES ('it''s; fine', 1)"));
    CHECK(statements[2] == QStringLiteral("SELECT 1"));
}

TEST_CASE("A trigger body stays one statement", "[models]")
{
    const QStringList statements = splitSqlScript(QStringLiteral(
        "CREATE TRIGGER t_no_update BEFORE UPDATE ON t\nBEGIN\n"
        "    SELECT RAISE(ABORT, 'no; never');\n    SELECT CASE WHEN 1 THEN 2 END;\nEND;\n"
        "CREATE INDEX i ON t (a);"));
    REQUIRE(statements.size() == 2);
    CHECK(statements[0].startsWith(QLatin1String("CREATE TRIGGER")));
    CHECK(statements[0].endsWith(QLatin1String("END")));
    CHECK(statements[1] == QStringLiteral("CREATE INDEX i ON t (a)"));
}

TEST_CASE("Words that merely contain BEGIN or END do not confuse the splitter", "[models]")
{
    const QStringList statements = splitSqlScript(QStringLiteral(
        "CREATE TRIGGER x AFTER INSERT ON legend BEGIN UPDATE legend SET weekend = 1 "
        "WHERE begin_at IS NULL AND end_at IS NULL; END; SELECT 2;"));
    REQUIRE(statements.size() == 2);
    CHECK(statements[1] == QStringLiteral("SELECT 2"));
}
