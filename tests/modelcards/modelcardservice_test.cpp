// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/audittrail.h"
#include "governance/governanceerror.h"
#include "governance/releaseservice.h"
#include "modelcards/modelcardservice.h"
#include "storage/modelcardrepository.h"
#include "tempdatabase.h"
#include "testkeys.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

const QString kCard = QStringLiteral(
    R"({"schema_version":"0.0.2","model_details":{"name":"Credit risk","overview":"Scores loans"}})");
const QString kEditedCard = QStringLiteral(
    R"({"schema_version":"0.0.2","model_details":{"name":"Credit risk","overview":"Scores loans
 and credit lines"}})");

/// A model "credit-risk" owned by "owner", with version 1.0.0 registered by "engineer".
struct CardFixture
{
    Test::TempDatabase temp;
    Person owner = Test::addTestPerson(temp.db(), QStringLiteral("owner"), {Role::Owner});
    Person engineer
        = Test::addTestPerson(temp.db(), QStringLiteral("engineer"), {Role::MlEngineer});
    qint64 versionId = ReleaseService(temp.db())
                           .registerVersion({QStringLiteral("credit-risk"), QStringLiteral("1.0.0"),
                                             QString(64, QLatin1Char('a')), QString(), 3,
                                             QStringLiteral("owner@example.org")},
                                            engineer)
                           .versionId;

    Database &db() { return temp.db(); }
    qint64 auditHead() { return AuditTrail(db()).head().seq; }
    size_t revisionCount() { return ModelCardRepository(db()).revisions(versionId).size(); }
};

template<typename F>
GovernanceError refusalOf(F &&action)
{
    try {
        action();
    } catch (const GovernanceError &error) {
        return error;
    }
    FAIL("the service saved what it should refuse");
    return GovernanceError(GovernanceErrorKind::NotFound, {});
}

} // namespace

TEST_CASE("the owner's save is the next revision with one audit event naming them",
          "[modelcards][service]")
{
    CardFixture f;
    ModelCardService service(f.db());
    const ModelCard first = service.saveRevision(f.versionId, kCard, f.owner);
    const qint64 headBefore = f.auditHead();
    const ModelCard second = service.saveRevision(f.versionId, kEditedCard, f.owner);

    CHECK(first.revision == 1);
    CHECK(second.revision == 2);
    CHECK(second.authorId == f.owner.id);
    CHECK(second.schemaVersion == QStringLiteral("0.0.2"));
    const QJsonObject stored = QJsonDocument::fromJson(second.contentJson.toUtf8()).object();
    CHECK(stored.value(QStringLiteral("model_details"))
              .toObject()
              .value(QStringLiteral("overview"))
              .toString()
          == QStringLiteral("Scores loans\n and credit lines"));
    CHECK(f.revisionCount() == 2);

    REQUIRE(f.auditHead() == headBefore + 1);
    const AuditEvent event = AuditTrail(f.db()).events(headBefore + 1).front();
    CHECK(event.entity == QStringLiteral("model_cards"));
    CHECK(event.entityId == second.id);
    CHECK(event.personId == f.owner.id);
    CHECK(event.actor == f.owner.name);
}

TEST_CASE("someone who does not own the model is refused and nothing is written",
          "[modelcards][service]")
{
    CardFixture f;
    const qint64 headBefore = f.auditHead();
    const GovernanceError error
        = refusalOf([&] { ModelCardService(f.db()).saveRevision(f.versionId, kCard, f.engineer); });
    CHECK(error.kind() == GovernanceErrorKind::NotAllowed);
    CHECK(error.message()
          == QStringLiteral("Only the model's owner, Test owner, can edit the model card of "
                            "credit-risk; Test engineer is not the owner."));
    CHECK(f.revisionCount() == 0);
    CHECK(f.auditHead() == headBefore);
}

TEST_CASE("a save identical to the latest revision is refused as nothing changed",
          "[modelcards][service]")
{
    CardFixture f;
    ModelCardService service(f.db());
    service.saveRevision(f.versionId, kCard, f.owner);
    const qint64 headBefore = f.auditHead();
    // Same content, other key order and spacing.
    const QString reordered = QStringLiteral(
        R"({ "model_details": {"overview": "Scores loans", "name": "Credit risk"},
             "schema_version": "0.0.2" })");
    const GovernanceError error
        = refusalOf([&] { service.saveRevision(f.versionId, reordered, f.owner); });
    CHECK(error.kind() == GovernanceErrorKind::InvalidInput);
    CHECK(error.message()
          == QStringLiteral("Nothing changed: the card is the same as revision 1."));
    CHECK(f.revisionCount() == 1);
    CHECK(f.auditHead() == headBefore);
}

TEST_CASE("invalid cards are refused with the place and what was expected", "[modelcards][service]")
{
    CardFixture f;
    ModelCardService service(f.db());
    const GovernanceError syntax = refusalOf(
        [&] { service.saveRevision(f.versionId, QStringLiteral("{\n  \"a\": \n}"), f.owner); });
    CHECK(syntax.kind() == GovernanceErrorKind::InvalidInput);
    // The value missing after "a": is noticed at the closing brace on line 3.
    CHECK(syntax.message().contains(QStringLiteral("line 3, column ")));

    const GovernanceError notObject
        = refusalOf([&] { service.saveRevision(f.versionId, QStringLiteral("[]"), f.owner); });
    CHECK(notObject.message().contains(QStringLiteral("expected an object")));

    const GovernanceError wrongType = refusalOf([&] {
        service.saveRevision(
            f.versionId, QStringLiteral(R"({"model_details":{"owners":[{"name":7}]}})"), f.owner);
    });
    CHECK(wrongType.message().startsWith(
        QStringLiteral("The model card is not valid: model_details.owners[0].name: expected "
                       "text")));
    CHECK(f.revisionCount() == 0);
}

TEST_CASE("saving the card of a version that does not exist is refused", "[modelcards][service]")
{
    CardFixture f;
    const GovernanceError error
        = refusalOf([&] { ModelCardService(f.db()).saveRevision(9999, kCard, f.owner); });
    CHECK(error.kind() == GovernanceErrorKind::NotFound);
    CHECK(error.message() == QStringLiteral("There is no model version 9999."));
}
