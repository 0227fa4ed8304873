// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/databaseerror.h"
#include "storage/query.h"
#include "tempdatabase.h"

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

TEST_CASE("A new database gets every migration and the default policies", "[models]")
{
    Test::TempDatabase temp;
    CHECK(temp.db().schemaVersion() == Database::latestSchemaVersion());
    CHECK(Query::scalar(temp.db(), QStringLiteral("SELECT count(*) FROM policies")).toInt() == 4);
    CHECK(Query::scalar(temp.db(), QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
}
