// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/databaseerror.h"
#include "storage/datasetrepository.h"
#include "storage/modelrepository.h"
#include "storage/personrepository.h"
#include "storage/query.h"
#include "storage/versionrepository.h"
#include "storage/writetransaction.h"
#include "tempdatabase.h"

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

struct Inventory
{
    qint64 owner = 0;
    qint64 model = 0;
};

Inventory addOwnerAndModel(Database &db, const QString &name, RiskTier tier)
{
    WriteTransaction transaction(db);
    Person owner;
    owner.name = QStringLiteral("Owner of %1").arg(name);
    owner.email = name + QStringLiteral("@example.org");
    owner.roles = {Role::Owner, Role::MlEngineer};
    Inventory ids;
    ids.owner = PersonRepository(db).add(transaction, owner);
    Model model;
    model.name = name;
    model.displayName = name.toUpper();
    model.ownerId = ids.owner;
    model.tier = tier;
    model.team = QStringLiteral("Risk");
    ids.model = ModelRepository(db).add(transaction, model);
    transaction.commit();
    return ids;
}

qint64 addVersion(Database &db, qint64 model, const QString &number, Stage stage,
                  std::optional<qint64> parent = std::nullopt)
{
    WriteTransaction transaction(db);
    ModelVersion v;
    v.modelId = model;
    v.version = *SemanticVersion::parse(number);
    v.stage = stage;
    v.parentVersionId = parent;
    const qint64 id = VersionRepository(db).add(transaction, v);
    transaction.commit();
    return id;
}

} // namespace

TEST_CASE("People are stored with their roles and found by e-mail in any case", "[models]")
{
    Test::TempDatabase temp;
    const Inventory ids = addOwnerAndModel(temp.db(), QStringLiteral("churn"), RiskTier::High);
    PersonRepository people(temp.db());
    const auto person = people.byEmail(QStringLiteral("  CHURN@example.org "));
    REQUIRE(person);
    CHECK(person->id == ids.owner);
    CHECK(person->hasRole(Role::Owner));
    CHECK(person->hasRole(Role::MlEngineer));
    CHECK_FALSE(person->hasRole(Role::Reviewer));
    CHECK(people.withRole(Role::Owner).size() == 1);
    CHECK(people.withRole(Role::Legal).empty());
}

TEST_CASE("A second model with the same name is refused and nothing is half-written", "[models]")
{
    Test::TempDatabase temp;
    const Inventory ids = addOwnerAndModel(temp.db(), QStringLiteral("fraud"), RiskTier::Critical);
    Model copy;
    copy.name = QStringLiteral("fraud");
    copy.ownerId = ids.owner;
    try {
        WriteTransaction transaction(temp.db());
        ModelRepository(temp.db()).add(transaction, copy);
        transaction.commit();
        FAIL("a duplicate model name must be refused");
    } catch (const DatabaseError &error) {
        CHECK(error.kind() == DatabaseErrorKind::Constraint);
        CHECK(error.message().contains(QLatin1String("models.name")));
    }
    CHECK(ModelRepository(temp.db()).count() == 1);
}

TEST_CASE("A model cannot name an owner who does not exist", "[models]")
{
    Test::TempDatabase temp;
    Model orphan;
    orphan.name = QStringLiteral("orphan");
    orphan.ownerId = 4242;
    WriteTransaction transaction(temp.db());
    CHECK_THROWS_AS(ModelRepository(temp.db()).add(transaction, orphan), DatabaseError);
}

TEST_CASE("Versions sort by number, not text, and keep their lineage", "[models]")
{
    Test::TempDatabase temp;
    const Inventory ids = addOwnerAndModel(temp.db(), QStringLiteral("pricing"), RiskTier::High);
    const qint64 v19 = addVersion(temp.db(), ids.model, QStringLiteral("1.9.0"), Stage::Deprecated);
    const qint64 v110
        = addVersion(temp.db(), ids.model, QStringLiteral("1.10.0"), Stage::Production, v19);
    addVersion(temp.db(), ids.model, QStringLiteral("1.10.1"), Stage::Staging, v110);

    VersionRepository versions(temp.db());
    const auto list = versions.forModel(ids.model);
    REQUIRE(list.size() == 3);
    CHECK(list[0].version.toString() == QLatin1String("1.10.1"));
    CHECK(list[1].version.toString() == QLatin1String("1.10.0"));
    CHECK(list[2].version.toString() == QLatin1String("1.9.0"));
    CHECK(list[1].parentVersionId == v19);
    REQUIRE(versions.inProduction(ids.model));
    CHECK(versions.inProduction(ids.model)->id == v110);
}

TEST_CASE("The inventory summary shows the production stage first, else the newest version",
          "[models]")
{
    Test::TempDatabase temp;
    const Inventory a = addOwnerAndModel(temp.db(), QStringLiteral("alpha"), RiskTier::Critical);
    const Inventory b = addOwnerAndModel(temp.db(), QStringLiteral("beta"), RiskTier::Standard);
    addOwnerAndModel(temp.db(), QStringLiteral("gamma"), RiskTier::Experimental);
    addVersion(temp.db(), a.model, QStringLiteral("1.0.0"), Stage::Production);
    addVersion(temp.db(), a.model, QStringLiteral("2.0.0"), Stage::Staging);
    addVersion(temp.db(), b.model, QStringLiteral("0.1.0"), Stage::Development);
    addVersion(temp.db(), b.model, QStringLiteral("0.2.0"), Stage::Staging);

    const auto rows = ModelRepository(temp.db()).summaries();
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].name == QLatin1String("alpha"));
    CHECK(rows[0].stage == Stage::Production);
    CHECK(rows[0].productionVersion == QLatin1String("1.0.0"));
    CHECK(rows[0].latestVersion == QLatin1String("2.0.0"));
    CHECK(rows[0].versionCount == 2);
    CHECK(rows[0].ownerName == QLatin1String("Owner of alpha"));
    CHECK(rows[1].stage == Stage::Staging);
    CHECK(rows[1].productionVersion.isEmpty());
    CHECK_FALSE(rows[2].stage.has_value());
    CHECK(rows[2].versionCount == 0);
}

TEST_CASE("Dataset lineage runs from a split back to the raw data", "[models]")
{
    Test::TempDatabase temp;
    DatasetRepository datasets(temp.db());
    qint64 split = 0;
    {
        WriteTransaction transaction(temp.db());
        Dataset raw;
        raw.name = QStringLiteral("tx-raw");
        raw.version = QStringLiteral("2026.01");
        raw.containsPii = true;
        const qint64 rawId = datasets.add(transaction, raw);
        Dataset curated = raw;
        curated.name = QStringLiteral("tx-curated");
        curated.parentId = rawId;
        const qint64 curatedId = datasets.add(transaction, curated);
        Dataset train = raw;
        train.name = QStringLiteral("tx-train");
        train.parentId = curatedId;
        train.rowCount = 1000;
        split = datasets.add(transaction, train);
        transaction.commit();
    }
    const auto chain = datasets.lineage(split);
    REQUIRE(chain.size() == 3);
    CHECK(chain[0].name == QLatin1String("tx-train"));
    CHECK(chain[0].rowCount == 1000);
    CHECK(chain[1].name == QLatin1String("tx-curated"));
    CHECK(chain[2].name == QLatin1String("tx-raw"));
    CHECK(chain[2].containsPii);
}

TEST_CASE("The audit trail refuses changes and deletions", "[models]")
{
    Test::TempDatabase temp;
    addOwnerAndModel(temp.db(), QStringLiteral("fraud"), RiskTier::Critical);
    WriteTransaction transaction(temp.db());
    CHECK_THROWS_AS(Query(temp.db(), QStringLiteral("UPDATE audit_events SET action = 'x'")).exec(),
                    DatabaseError);
    CHECK_THROWS_AS(Query(temp.db(), QStringLiteral("DELETE FROM audit_events")).exec(),
                    DatabaseError);
}
