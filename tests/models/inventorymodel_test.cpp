// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/inventoryfiltermodel.h"
#include "itemmodels/inventorymodel.h"
#include "itemmodels/versionlistmodel.h"

#include <QAbstractItemModelTester>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

ModelSummary summary(qint64 id, const QString &name, RiskTier tier, std::optional<Stage> stage,
                     const QString &owner, const QString &team)
{
    ModelSummary s;
    s.id = id;
    s.name = name;
    s.displayName = name;
    s.tier = tier;
    s.stage = stage;
    s.ownerName = owner;
    s.team = team;
    s.versionCount = stage ? 2 : 0;
    return s;
}

std::vector<ModelSummary> sample()
{
    return {summary(1, QStringLiteral("Card fraud detector"), RiskTier::Critical, Stage::Production,
                    QStringLiteral("Ada Okafor"), QStringLiteral("Payments")),
            summary(2, QStringLiteral("Credit scoring"), RiskTier::Critical, Stage::Staging,
                    QStringLiteral("Björn Lindqvist"), QStringLiteral("Lending")),
            summary(3, QStringLiteral("Customer churn"), RiskTier::High, Stage::Production,
                    QStringLiteral("Chen Wei"), QStringLiteral("Growth")),
            summary(4, QStringLiteral("Image classifier"), RiskTier::Experimental, std::nullopt,
                    QStringLiteral("Ada Okafor"), QStringLiteral("Vision"))};
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row) {
        result << model.index(row, InventoryModel::NameColumn).data().toString();
    }
    return result;
}

} // namespace

TEST_CASE("The inventory model shows one row per model with tier, stage and owner", "[models]")
{
    InventoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSummaries(sample());
    REQUIRE(model.rowCount() == 4);
    CHECK(model.columnCount() == InventoryModel::ColumnCount);
    CHECK(model.index(0, InventoryModel::TierColumn).data().toString()
          == QStringLiteral("Tier 1 · Critical"));
    CHECK(model.index(0, InventoryModel::StageColumn).data().toString()
          == QLatin1String("Production"));
    CHECK(model.index(3, InventoryModel::StageColumn).data().toString()
          == QLatin1String("No versions"));
    CHECK(model.index(1, 0).data(InventoryModel::ModelIdRole).toLongLong() == 2);
    CHECK(model.rowOf(3) == 2);
    CHECK(model.rowOf(99) == -1);
    model.setSummaries({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("Searching narrows the inventory on name, owner and team, every word counting",
          "[models]")
{
    InventoryModel model;
    InventoryFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSummaries(sample());
    filter.sort(InventoryModel::NameColumn);

    filter.setSearchText(QStringLiteral("ada"));
    CHECK(
        names(filter)
        == QStringList{QStringLiteral("Card fraud detector"), QStringLiteral("Image classifier")});
    filter.setSearchText(QStringLiteral("ADA vision"));
    CHECK(names(filter) == QStringList{QStringLiteral("Image classifier")});
    filter.setSearchText(QStringLiteral("lending"));
    CHECK(names(filter) == QStringList{QStringLiteral("Credit scoring")});
    filter.setSearchText(QStringLiteral("björn"));
    CHECK(filter.rowCount() == 1);
    filter.setSearchText(QStringLiteral("nothing like this"));
    CHECK(filter.rowCount() == 0);
    filter.setSearchText(QString());
    CHECK(filter.rowCount() == 4);
}

TEST_CASE("Tier and stage filters combine with the search", "[models]")
{
    InventoryModel model;
    InventoryFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSummaries(sample());
    filter.sort(InventoryModel::NameColumn);

    filter.setTierFilter(RiskTier::Critical);
    CHECK(filter.rowCount() == 2);
    filter.setStageFilter(Stage::Production);
    CHECK(names(filter) == QStringList{QStringLiteral("Card fraud detector")});
    filter.setTierFilter(std::nullopt);
    CHECK(names(filter)
          == QStringList{QStringLiteral("Card fraud detector"), QStringLiteral("Customer churn")});
    filter.setSearchText(QStringLiteral("growth"));
    CHECK(names(filter) == QStringList{QStringLiteral("Customer churn")});
    // New data keeps the filters.
    model.setSummaries(sample());
    CHECK(names(filter) == QStringList{QStringLiteral("Customer churn")});
}

TEST_CASE("Sorting by tier and stage uses their order, not their labels", "[models]")
{
    InventoryModel model;
    InventoryFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSummaries(sample());
    filter.sort(InventoryModel::TierColumn, Qt::DescendingOrder);
    CHECK(filter.index(0, InventoryModel::NameColumn).data().toString()
          == QLatin1String("Image classifier"));
    filter.sort(InventoryModel::StageColumn, Qt::AscendingOrder);
    // No versions first, then Staging before Production (lifecycle order, not alphabetical).
    CHECK(names(filter).first() == QLatin1String("Image classifier"));
    CHECK(names(filter)[1] == QLatin1String("Credit scoring"));
}

TEST_CASE("The version list shows numbers, stages and the version each derives from", "[models]")
{
    VersionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ModelVersion old;
    old.id = 10;
    old.version = {1, 9, 0};
    old.stage = Stage::Deprecated;
    ModelVersion current;
    current.id = 11;
    current.version = {1, 10, 0};
    current.stage = Stage::Production;
    current.parentVersionId = 10;
    current.artifactSha256 = QString(64, QLatin1Char('a'));
    current.framework = QStringLiteral("xgboost");
    current.frameworkVersion = QStringLiteral("2.0.3");
    model.setVersions({current, old});
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, VersionListModel::VersionColumn).data().toString()
          == QLatin1String("1.10.0"));
    CHECK(model.index(0, VersionListModel::ParentColumn).data().toString()
          == QLatin1String("1.9.0"));
    CHECK(model.index(1, VersionListModel::ParentColumn).data().toString() == QStringLiteral("—"));
    CHECK(model.index(0, VersionListModel::FrameworkColumn).data().toString()
          == QLatin1String("xgboost 2.0.3"));
    CHECK(model.index(0, VersionListModel::ArtifactColumn).data().toString()
          == QLatin1String("aaaaaaaaaaaa"));
    CHECK(model.index(1, VersionListModel::ArtifactColumn).data().toString()
          == QLatin1String("no hash"));
}
