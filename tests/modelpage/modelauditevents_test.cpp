// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/audittrail.h"
#include "modelpage/modelauditevents.h"
#include "modelpagefixture.h"
#include "storage/query.h"
#include "storage/releaserequestrepository.h"
#include "storage/writetransaction.h"

#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

struct Seen
{
    qint64 seq;
    QString action;
    QString entity;
    qint64 entityId;
    bool operator==(const Seen &) const = default;
};

std::vector<Seen> seen(const std::vector<AuditEvent> &events)
{
    std::vector<Seen> out;
    for (const AuditEvent &e : events) {
        out.push_back({e.seq, e.action, e.entity, e.entityId.value_or(-1)});
    }
    return out;
}

// Two models, each with a version and an evaluation; model A has a request that was approved;
// a table of a later schema ("watch_notes", linked by model_id) has a row of each model; an
// import event names no row. The seq of each event is taken from the head after its write.
struct AuditFixture : Test::ModelPageFixture
{
    AuditFixture()
    {
        modelA = addModel(QStringLiteral("alpha"));
        seqModelA = headSeq();
        modelB = addModel(QStringLiteral("beta"));
        versionA = addVersion(modelA, QStringLiteral("1.0.0"), Stage::Staging);
        seqVersionA = headSeq();
        const qint64 versionB = addVersion(modelB, QStringLiteral("1.0.0"), Stage::Staging);
        evaluationA = addEvaluation(versionA, QStringLiteral("accuracy"), 0.9);
        seqEvaluationA = headSeq();
        addEvaluation(versionB, QStringLiteral("accuracy"), 0.8);
        requestA = addRequest(versionA, Stage::Production, RequestStatus::Pending, 3);
        seqRequestA = headSeq();
        WriteTransaction tx(db());
        ReleaseRequestRepository(db()).setStatus(tx, requestA, RequestStatus::Approved,
                                                 Test::january(6));
        tx.commit();
        seqApprovedA = headSeq();
        addWatchNotes();
    }

    void addWatchNotes()
    {
        Query(db(),
              QStringLiteral("CREATE TABLE watch_notes (id INTEGER PRIMARY KEY, "
                             "model_id INTEGER NOT NULL REFERENCES models (id))"))
            .exec();
        WriteTransaction tx(db());
        AuditTrail trail(db());
        for (const qint64 model : {modelA, modelB}) {
            Query insert(db(), QStringLiteral("INSERT INTO watch_notes (model_id) VALUES (?)"));
            insert.bind(model).exec();
            trail.recordInsert(tx, QStringLiteral("watch_notes"), insert.lastInsertId());
        }
        trail.append(tx, QStringLiteral("import"), QStringLiteral("imports"), std::nullopt, {},
                     QJsonObject{{QStringLiteral("rows"), 1}});
        tx.commit();
        seqNoteA = seqApprovedA + 1;
    }

    qint64 modelA = 0, modelB = 0, versionA = 0, evaluationA = 0, requestA = 0;
    qint64 seqModelA = 0, seqVersionA = 0, seqEvaluationA = 0, seqRequestA = 0;
    qint64 seqApprovedA = 0, seqNoteA = 0;
};

} // namespace

TEST_CASE_METHOD(AuditFixture,
                 "A model's audit events are its own rows' events, newest first, and no other "
                 "model's",
                 "[modelpage]")
{
    const std::vector<Seen> expected{
        {seqNoteA, QStringLiteral("insert"), QStringLiteral("watch_notes"), 1},
        {seqApprovedA, QStringLiteral("update"), QStringLiteral("release_requests"), requestA},
        {seqRequestA, QStringLiteral("insert"), QStringLiteral("release_requests"), requestA},
        {seqEvaluationA, QStringLiteral("insert"), QStringLiteral("evaluations"), evaluationA},
        {seqVersionA, QStringLiteral("insert"), QStringLiteral("model_versions"), versionA},
        {seqModelA, QStringLiteral("insert"), QStringLiteral("models"), modelA},
    };
    CHECK(seen(readModelAuditEvents(db(), modelA)) == expected);

    const std::vector<AuditEvent> beta = readModelAuditEvents(db(), modelB);
    REQUIRE(beta.size() == 4); // model, version, evaluation, watch note
    CHECK(beta.front().entity == QStringLiteral("watch_notes"));
    CHECK(beta.front().entityId == 2);
    CHECK(beta.back().entity == QStringLiteral("models"));
    CHECK(beta.back().entityId == modelB);
    CHECK(readModelAuditEvents(db(), 9999).empty());
}

TEST_CASE_METHOD(AuditFixture, "A seq range limits a model's audit events", "[modelpage]")
{
    const std::vector<AuditEvent> events
        = readModelAuditEvents(db(), modelA, seqVersionA, seqRequestA);
    REQUIRE(events.size() == 3);
    CHECK(events[0].seq == seqRequestA);
    CHECK(events[1].seq == seqEvaluationA);
    CHECK(events[2].seq == seqVersionA);
    // The event keeps its row images for the detail pane.
    CHECK(events[0].beforeJson.isEmpty());
    CHECK(events[0].afterJson.contains(QStringLiteral("\"ticket_ref\":\"GOV-3\"")));
}

TEST_CASE_METHOD(AuditFixture,
                 "The audited tables that belong to a model include later tables by their link "
                 "column",
                 "[modelpage]")
{
    const QStringList entities = modelAuditEntities(db());
    CHECK(entities
          == QStringList{QStringLiteral("evaluations"), QStringLiteral("model_versions"),
                         QStringLiteral("models"), QStringLiteral("release_requests"),
                         QStringLiteral("watch_notes")});
    // people and imports have events but name no model's row.
}
