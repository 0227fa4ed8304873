// SPDX-License-Identifier: GPL-3.0-or-later
// The inbox and audit item models (Qt Core) under QAbstractItemModelTester while they change.
#include "inbox/inboxsnapshot.h"
#include "itemmodels/auditeventmodel.h"
#include "itemmodels/inboxmodel.h"
#include "uigovernance.h"
#include "uitestdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

std::vector<AuditEvent> syntheticEvents(qint64 from, qint64 to)
{
    std::vector<AuditEvent> events;
    for (qint64 seq = from; seq <= to; ++seq) {
        AuditEvent e;
        e.seq = seq;
        e.occurredAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(seq * 60);
        e.actor = seq % 2 ? QStringLiteral("Ada Byrne") : QStringLiteral("quorum");
        e.action = QStringLiteral("insert");
        e.entity = seq % 3 ? QStringLiteral("evaluations") : QStringLiteral("decisions");
        e.entityId = seq;
        events.push_back(e);
    }
    return events;
}

} // namespace

TEST_CASE("The inbox model shows a reviewer's pending request with its quorum progress", "[ui]")
{
    Test::UiGovernance gov(3);
    const qint64 requestId = gov.submit();
    const Ui::InboxSnapshot snapshot
        = Ui::readInbox(gov.db(), gov.person(QStringLiteral("reviewer1")).id);
    REQUIRE(snapshot.items.size() == 1);

    InboxModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setItems(snapshot.items);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.columnCount() == InboxModel::ColumnCount);
    CHECK(model.index(0, InboxModel::ModelColumn).data().toString()
          == QStringLiteral("credit-risk"));
    CHECK(model.index(0, InboxModel::VersionColumn).data().toString() == QStringLiteral("1.0.0"));
    CHECK(model.index(0, InboxModel::TransitionColumn).data().toString()
          == QStringLiteral("Development → Production"));
    CHECK(model.index(0, InboxModel::SubmittedByColumn).data().toString()
          == QStringLiteral("Test submitter"));
    CHECK(model.index(0, InboxModel::FailedChecksColumn).data().toInt() == 0);
    CHECK(model.index(0, InboxModel::QuorumColumn).data().toString()
          == QStringLiteral("0 of 1 reviewer · 0 of 1 ml-engineer"));
    CHECK(model.index(0, InboxModel::QuorumColumn).data(Qt::ToolTipRole).toString()
          == QStringLiteral("0 of 1 Peer reviewer · 0 of 1 ML engineer"));
    CHECK(model.index(0, 0).data(InboxModel::RequestIdRole).toLongLong() == requestId);
    CHECK(model.rowOf(requestId) == 0);
    CHECK(model.rowOf(requestId + 100) == -1);

    model.setItems({});
    CHECK(model.rowCount() == 0);
    CHECK(model.itemAt(0) == nullptr);
}

TEST_CASE("The audit event model loads older batches as the view asks for more", "[ui]")
{
    AuditEventModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy requested(&model, &AuditEventModel::fetchRequested);

    model.reset(1200);
    CHECK(model.rowCount() == 0);
    // The tester itself may have asked for the first batch already.
    if (model.canFetchMore({})) {
        model.fetchMore({});
    }
    REQUIRE(requested.size() == 1);
    CHECK(requested.at(0).at(0).toLongLong() == 701);
    CHECK(requested.at(0).at(1).toLongLong() == 1200);
    CHECK_FALSE(model.canFetchMore({})); // one batch at a time

    model.addBatch(701, 1200, syntheticEvents(701, 1200));
    REQUIRE(model.rowCount() == 500);
    CHECK(model.index(0, AuditEventModel::SeqColumn).data().toLongLong() == 1200);
    CHECK(model.index(499, AuditEventModel::SeqColumn).data().toLongLong() == 701);
    CHECK(model.index(0, AuditEventModel::TimeColumn).data().toString().endsWith(u" UTC"));
    CHECK(model.rowOfSeq(900) == 300);

    // A stale batch (not the one asked for) changes nothing.
    model.addBatch(1, 10, syntheticEvents(1, 10));
    CHECK(model.rowCount() == 500);

    if (model.isFetching()) {
        model.batchFailed(); // the tester asked for the next batch: let it fail
    }
    model.fetchThrough(5);
    REQUIRE(model.isFetching());
    CHECK(requested.last().at(0).toLongLong() == 5);
    CHECK(requested.last().at(1).toLongLong() == 700);
    model.addBatch(5, 700, syntheticEvents(1, 700)); // events outside the batch are dropped
    CHECK(model.rowCount() == 1196);
    CHECK(model.rowOfSeq(4) == -1);
    if (!model.isFetching()) {
        model.fetchMore({});
    }
    REQUIRE(model.isFetching());
    model.batchFailed();
    CHECK(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(requested.last().at(0).toLongLong() == 1);
    CHECK(requested.last().at(1).toLongLong() == 4);
    model.addBatch(1, 4, syntheticEvents(1, 4));
    CHECK(model.rowCount() == 1200);
    CHECK(model.isComplete());
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.index(1199, AuditEventModel::EntityIdColumn).data().toLongLong() == 1);

    model.reset(0);
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.canFetchMore({}));
}
