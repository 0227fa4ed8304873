// SPDX-License-Identifier: GPL-3.0-or-later
// A person acknowledges an active alert with a comment: one audited update; anything else is
// refused with a message that says why, and the database stays as it was.
#include "alertfixture.h"
#include "audit/audittrail.h"
#include "audit/chainverifier.h"
#include "governance/governanceerror.h"
#include "oversight/alertrepository.h"
#include "storage/databaseerror.h"
#include "storage/query.h"
#include "storage/writetransaction.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using namespace Quorum::Test;

namespace {

const QDate kEnd = AlertFixture::weekEnd();

/// A fixture with one active data-drift alert on tier 2 (PSI 0.14 > 0.10).
struct OneAlert : AlertFixture
{
    OneAlert()
    {
        version = addModel(QStringLiteral("churn"), 2);
        addPsi(version, QStringLiteral("income"), 0.14, kEnd);
        const std::vector<Alert> raised = scan(version);
        REQUIRE(raised.size() == 1);
        id = raised.front().id;
    }

    /// Acknowledges as Ada (the transaction's actor) and commits.
    Alert acknowledge(qint64 personId, const QString &comment)
    {
        WriteTransaction transaction(db(), Actor::person(ada(), QStringLiteral("Ada Byrne")));
        Alert alert = AlertRepository(db()).acknowledge(transaction, id, personId, comment);
        transaction.commit();
        return alert;
    }

    GovernanceError refusal(qint64 alertId, qint64 personId, const QString &comment)
    {
        try {
            WriteTransaction transaction(db());
            AlertRepository(db()).acknowledge(transaction, alertId, personId, comment);
            transaction.commit();
        } catch (const GovernanceError &error) {
            return error;
        }
        FAIL("the acknowledgement went through although it should have been refused");
        return GovernanceError(GovernanceErrorKind::NotFound, {});
    }

    /// Every column of the alert and the audit trail's head, to prove nothing changed.
    QString state()
    {
        return QString::fromUtf8(
                   QJsonDocument(AuditTrail(db()).rowImage(QStringLiteral("alerts"), id))
                       .toJson(QJsonDocument::Compact))
            + AuditTrail(db()).head().hash;
    }

    qint64 version = 0;
    qint64 id = 0;
};

QJsonObject jsonOf(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

TEST_CASE_METHOD(OneAlert,
                 "Acknowledging stores the person, the time, the comment and an audit event",
                 "[oversight]")
{
    const qint64 headBefore = AuditTrail(db()).head().seq;

    const Alert alert = acknowledge(ada(), QStringLiteral("  Upstream fix deployed; watching.  "));

    CHECK(alert.status == AlertStatus::Acknowledged);
    CHECK(alert.acknowledgedBy == ada());
    CHECK(alert.acknowledgedByName == QStringLiteral("Ada Byrne"));
    CHECK(alert.acknowledgedAt == QDateTime(QDate(2026, 11, 16), QTime(6, 0), Qt::UTC));
    CHECK(alert.comment == QStringLiteral("Upstream fix deployed; watching."));
    CHECK(AlertRepository(db()).activeCount() == 0);

    const std::vector<AuditEvent> events = AuditTrail(db()).events(headBefore + 1);
    REQUIRE(events.size() == 1);
    CHECK(events[0].action == QStringLiteral("acknowledge"));
    CHECK(events[0].entity == QStringLiteral("alerts"));
    CHECK(events[0].entityId == id);
    CHECK(events[0].personId == ada());
    const QJsonObject before = jsonOf(events[0].beforeJson);
    const QJsonObject after = jsonOf(events[0].afterJson);
    CHECK(before.value(QStringLiteral("status")).toString() == QStringLiteral("active"));
    CHECK(before.value(QStringLiteral("comment")).isNull());
    CHECK(after.value(QStringLiteral("status")).toString() == QStringLiteral("acknowledged"));
    CHECK(after.value(QStringLiteral("acknowledged_by")).toInteger() == ada());
    CHECK(after.value(QStringLiteral("comment")).toString()
          == QStringLiteral("Upstream fix deployed; watching."));
    CHECK(verifyChain(db()).holds());
}

TEST_CASE_METHOD(OneAlert, "A second acknowledgement is refused and changes nothing", "[oversight]")
{
    acknowledge(ada(), QStringLiteral("Seen."));
    const QString before = state();

    const GovernanceError error = refusal(id, ada(), QStringLiteral("Seen again."));

    CHECK(error.kind() == GovernanceErrorKind::WrongState);
    CHECK(error.message()
          == QStringLiteral("Alert #%1 was already acknowledged by Ada Byrne on 2026-11-16 06:00 "
                            "UTC; nothing was changed.")
                 .arg(id));
    CHECK(state() == before);
    CHECK(AlertRepository(db()).byId(id)->comment == QStringLiteral("Seen."));
}

TEST_CASE_METHOD(OneAlert,
                 "A blank comment, an unknown alert or person and an inactive person are refused",
                 "[oversight]")
{
    const QString before = state();

    const GovernanceError blank = refusal(id, ada(), QStringLiteral(" \n\t"));
    CHECK(blank.kind() == GovernanceErrorKind::InvalidInput);
    CHECK(blank.message().contains(QStringLiteral("a comment is required")));

    const GovernanceError unknown = refusal(id + 100, ada(), QStringLiteral("Seen."));
    CHECK(unknown.kind() == GovernanceErrorKind::NotFound);
    CHECK(unknown.message() == QStringLiteral("There is no alert #%1.").arg(id + 100));

    const GovernanceError nobody = refusal(id, 999, QStringLiteral("Seen."));
    CHECK(nobody.kind() == GovernanceErrorKind::NotFound);

    const GovernanceError inactive = refusal(id, ben(), QStringLiteral("Seen."));
    CHECK(inactive.kind() == GovernanceErrorKind::NotAllowed);
    CHECK(inactive.message().startsWith(QStringLiteral("Ben Okafor is no longer active")));

    CHECK(state() == before);
    CHECK(AlertRepository(db()).byId(id)->isActive());
}

TEST_CASE_METHOD(OneAlert, "The schema keeps an alert's facts and its acknowledgement fixed",
                 "[oversight]")
{
    acknowledge(ada(), QStringLiteral("Seen."));
    const auto refusedUpdate = [this](const QString &sql) {
        WriteTransaction transaction(db());
        try {
            Query(db(), sql).exec();
        } catch (const DatabaseError &error) {
            return error.detail();
        }
        return QString();
    };
    CHECK(refusedUpdate(QStringLiteral("UPDATE alerts SET observed = 0.01"))
              .contains(QStringLiteral("only an active alert can be acknowledged")));
    CHECK(refusedUpdate(QStringLiteral("UPDATE alerts SET status = 'active', "
                                       "acknowledged_by = NULL, acknowledged_at = NULL, "
                                       "comment = NULL"))
              .contains(QStringLiteral("only an active alert can be acknowledged")));
    CHECK(AlertRepository(db()).byId(id)->observed == 0.14);
}

TEST_CASE("Lists show active alerts by default, every alert on request, one model or all",
          "[oversight]")
{
    AlertFixture fixture;
    const qint64 churn = fixture.addModel(QStringLiteral("churn"), 2);
    const qint64 fraud = fixture.addModel(QStringLiteral("fraud"), 1);
    fixture.addPsi(churn, QStringLiteral("income"), 0.14, kEnd);
    fixture.addPsi(churn, QStringLiteral("income"), 0.12, kEnd.addDays(-7));
    fixture.addPsi(fraud, QStringLiteral("amount"), 0.07, kEnd);
    fixture.scan(churn);
    fixture.scan(fraud);
    AlertRepository alerts(fixture.db());
    const std::vector<Alert> all = alerts.list();
    REQUIRE(all.size() == 3);
    {
        WriteTransaction transaction(fixture.db());
        alerts.acknowledge(transaction, all.back().id, fixture.ada(), QStringLiteral("Old."));
        transaction.commit();
    }

    CHECK(alerts.list().size() == 2);
    CHECK(alerts.list({AlertScope::All, std::nullopt}).size() == 3);
    // Newest window first: fraud's and churn's of kEnd (higher id first), then churn's older.
    CHECK(all[0].modelName == QStringLiteral("fraud"));
    CHECK(all[1].modelName == QStringLiteral("churn"));
    const qint64 churnModel = all[1].modelId;
    const std::vector<Alert> churnAll = alerts.list({AlertScope::All, churnModel});
    REQUIRE(churnAll.size() == 2);
    CHECK(churnAll[0].windowEnd.date() == kEnd); // newest window first
    CHECK(churnAll[1].status == AlertStatus::Acknowledged);
    CHECK(alerts.activeCount() == 2);
    CHECK(alerts.activeCount(churnModel) == 1);
}
