// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestdata.h"

#include "storage/database.h"
#include "storage/modelrepository.h"
#include "storage/personrepository.h"
#include "storage/versionrepository.h"
#include "storage/writetransaction.h"

#include <QSettings>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

#include <vector>

namespace Quorum::Test {

namespace {

qint64 addPerson(WriteTransaction &tx, Database &db, const QString &name, const QString &email)
{
    Person person;
    person.name = name;
    person.email = email;
    person.roles = {Role::Owner};
    return PersonRepository(db).add(tx, person);
}

void addModel(WriteTransaction &tx, Database &db, Model model,
              const std::vector<std::pair<QString, Stage>> &versions)
{
    const qint64 modelId = ModelRepository(db).add(tx, model);
    for (const auto &[number, stage] : versions) {
        ModelVersion version;
        version.modelId = modelId;
        version.version = *SemanticVersion::parse(number);
        version.stage = stage;
        version.framework = QStringLiteral("scikit-learn");
        version.frameworkVersion = QStringLiteral("1.4.2");
        VersionRepository(db).add(tx, version);
    }
}

Model model(const QString &name, const QString &displayName, RiskTier tier, const QString &team,
            qint64 ownerId)
{
    Model m;
    m.name = name;
    m.displayName = displayName;
    m.tier = tier;
    m.team = team;
    m.ownerId = ownerId;
    m.description = QStringLiteral("%1, registered by the UI tests.").arg(displayName);
    m.useCase = QStringLiteral("Test use case");
    return m;
}

} // namespace

void addSmallInventory(Database &db)
{
    WriteTransaction tx(db);
    const qint64 ada
        = addPerson(tx, db, QStringLiteral("Ada Byrne"), QStringLiteral("ada.byrne@example.com"));
    const qint64 ben
        = addPerson(tx, db, QStringLiteral("Ben Okafor"), QStringLiteral("ben.okafor@example.com"));
    const qint64 chen
        = addPerson(tx, db, QStringLiteral("Chen Li"), QStringLiteral("chen.li@example.com"));
    addModel(tx, db,
             model(QStringLiteral("fraud-detection"), QStringLiteral("Card fraud detector"),
                   RiskTier::Critical, QStringLiteral("Payments Risk"), ada),
             {{QStringLiteral("1.0.0"), Stage::Deprecated},
              {QStringLiteral("1.1.0"), Stage::Production},
              {QStringLiteral("1.2.0"), Stage::Staging}});
    addModel(tx, db,
             model(QStringLiteral("credit-scoring"), QStringLiteral("Credit scoring"),
                   RiskTier::Critical, QStringLiteral("Lending"), ben),
             {{QStringLiteral("3.0.0"), Stage::Staging}});
    addModel(tx, db,
             model(QStringLiteral("churn-predictor"), QStringLiteral("Customer churn predictor"),
                   RiskTier::High, QStringLiteral("Retention"), ben),
             {{QStringLiteral("2.0.0"), Stage::Production}});
    addModel(tx, db,
             model(QStringLiteral("image-classifier"), QStringLiteral("Product image classifier"),
                   RiskTier::Experimental, QStringLiteral("Catalogue"), chen),
             {{QStringLiteral("0.1.0"), Stage::Development}});
    tx.commit();
}

void resetUiSettings()
{
    // Test processes may run in parallel: each keeps its settings in a folder of its own.
    static const QTemporaryDir s_settingsDir;
    REQUIRE(s_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, s_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, s_settingsDir.path());
    QSettings settings;
    settings.clear();
    settings.sync();
}

} // namespace Quorum::Test
