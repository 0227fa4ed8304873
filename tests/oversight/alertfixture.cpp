// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertfixture.h"

#include "oversight/alertscan.h"
#include "storage/driftrepository.h"
#include "storage/evaluationrepository.h"
#include "storage/modelrepository.h"
#include "storage/personrepository.h"
#include "storage/query.h"
#include "storage/versionrepository.h"
#include "storage/writetransaction.h"

#include <QTimeZone>

#include <catch2/catch_test_macros.hpp>

namespace Quorum::Test {

namespace {

const Actor kTester = Actor::program(QStringLiteral("alert-test"));

qint64 addPerson(Database &db, const QString &name, const QString &email, Role role, bool active)
{
    WriteTransaction transaction(db, kTester);
    Person person;
    person.name = name;
    person.email = email;
    person.roles = {role};
    person.active = active;
    const qint64 id = PersonRepository(db).add(transaction, person);
    transaction.commit();
    return id;
}

} // namespace

AlertFixture::AlertFixture()
{
    db().setClock([] { return QDateTime(QDate(2026, 11, 16), QTime(6, 0), QTimeZone::utc()); });
    m_ada = addPerson(db(), QStringLiteral("Ada Byrne"), QStringLiteral("ada@example.org"),
                      Role::Owner, true);
    m_ben = addPerson(db(), QStringLiteral("Ben Okafor"), QStringLiteral("ben@example.org"),
                      Role::MlEngineer, false);
}

qint64 AlertFixture::addModel(const QString &name, int tier)
{
    WriteTransaction transaction(db(), kTester);
    Model model;
    model.name = name;
    model.ownerId = m_ada;
    model.tier = *riskTierFromNumber(tier);
    ModelVersion version;
    version.modelId = ModelRepository(db()).add(transaction, model);
    version.version = *SemanticVersion::parse(u"1.0.0");
    version.stage = Stage::Production;
    const qint64 id = VersionRepository(db()).add(transaction, version);
    transaction.commit();
    return id;
}

void AlertFixture::addBaseline(qint64 versionId, const QString &metric, double value)
{
    WriteTransaction transaction(db(), kTester);
    Evaluation e;
    e.versionId = versionId;
    e.metric = metric;
    e.value = value;
    e.split = QStringLiteral("test");
    e.recordedAt = QDateTime(QDate(2026, 1, 5), QTime(9, 0), QTimeZone::utc());
    EvaluationRepository(db()).add(transaction, e);
    transaction.commit();
}

void AlertFixture::addProduction(qint64 versionId, const QString &metric, double value, QDate end)
{
    WriteTransaction transaction(db(), kTester);
    Evaluation e;
    e.versionId = versionId;
    e.metric = metric;
    e.value = value;
    e.split = QStringLiteral("production");
    e.windowStart = QDateTime(end.addDays(-6), QTime(0, 0), QTimeZone::utc());
    e.windowEnd = QDateTime(end, QTime(23, 59), QTimeZone::utc());
    e.recordedAt = QDateTime(end.addDays(1), QTime(6, 30), QTimeZone::utc());
    EvaluationRepository(db()).add(transaction, e);
    transaction.commit();
}

void AlertFixture::addPsi(qint64 versionId, const QString &feature, double psi, QDate end)
{
    WriteTransaction transaction(db(), kTester);
    DriftObservation o;
    o.versionId = versionId;
    o.feature = feature;
    o.windowStart = end.addDays(-6);
    o.windowEnd = end;
    o.statistic = QStringLiteral("psi");
    o.value = psi;
    o.recordedAt = QDateTime(end.addDays(1), QTime(3, 10), QTimeZone::utc());
    DriftRepository(db()).add(transaction, o);
    transaction.commit();
}

std::vector<Alert> AlertFixture::scan(qint64 versionId)
{
    WriteTransaction transaction(db(), kTester);
    std::vector<Alert> raised = AlertScan(transaction).scanVersion(versionId);
    transaction.commit();
    return raised;
}

qint64 AlertFixture::rows(const QString &table)
{
    return Query::scalar(db(), QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
}

} // namespace Quorum::Test
