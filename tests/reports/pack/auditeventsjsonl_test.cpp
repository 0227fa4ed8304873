// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/sha256.h"
#include "pack/auditeventsjsonl.h"

#include <QTimeZone>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using namespace Quorum::Reports;

namespace {

const QString kInstance = QStringLiteral("instance-42");

std::vector<AuditEvent> chain()
{
    std::vector<AuditEvent> events;
    QString previous = kGenesisHash;
    for (qint64 seq = 1; seq <= 3; ++seq) {
        AuditEvent e;
        e.seq = seq;
        e.occurredAt = QDateTime(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::utc()).addSecs(seq);
        e.personId = seq == 2 ? std::nullopt : std::optional<qint64>(7);
        e.actor = QStringLiteral("Dana Smith");
        e.action = seq == 1 ? QStringLiteral("insert") : QStringLiteral("update");
        e.entity = QStringLiteral("models");
        e.entityId = 3;
        e.beforeJson = seq == 1 ? QString() : QStringLiteral("{\"stage\":\"dev\"}");
        e.afterJson = QStringLiteral("{\"stage\":\"prod\", \"note\":\"ünïcode\"}");
        e.prevHash = previous;
        e.hash = Crypto::sha256Hex(e.canonicalContent(kInstance));
        previous = e.hash;
        events.push_back(e);
    }
    return events;
}

} // namespace

TEST_CASE("Audit events written as JSON Lines read back with hashes that recompute", "[reports]")
{
    const QByteArray jsonl = auditEventsJsonl(chain(), kInstance);
    CHECK(jsonl.count('\n') == 3);
    const AuditEventsCheck check = checkAuditEventsJsonl(jsonl);
    CHECK(check.eventCount == 3);
    CHECK(check.problems.isEmpty());

    QString problem;
    const auto first = parseAuditEventLine(jsonl.left(jsonl.indexOf('\n')), &problem);
    REQUIRE(first);
    CHECK(first->instanceId == kInstance);
    CHECK(first->event.beforeJson.isEmpty());
    CHECK(first->event.afterJson == chain()[0].afterJson);
    CHECK(first->event.hash == chain()[0].hash);
}

TEST_CASE("An edited audit event is named by its sequence number", "[reports]")
{
    QList<QByteArray> lines = auditEventsJsonl(chain(), kInstance).split('\n');
    lines[1].replace("Dana Smith", "Eve Smith");
    const QByteArray jsonl = lines.join('\n');
    const AuditEventsCheck edited = checkAuditEventsJsonl(jsonl);
    CHECK(edited.problems
          == QStringList{QStringLiteral("event 2: content does not match its hash")});

    std::vector<AuditEvent> events = chain();
    events.erase(events.begin() + 1); // seq 1 then 3: no link is expected across the gap
    CHECK(checkAuditEventsJsonl(auditEventsJsonl(events, kInstance)).problems.isEmpty());

    events = chain();
    events[2].prevHash = events[0].hash; // re-hashed, but linked to the wrong event
    events[2].hash = Crypto::sha256Hex(events[2].canonicalContent(kInstance));
    CHECK(checkAuditEventsJsonl(auditEventsJsonl(events, kInstance)).problems
          == QStringList{QStringLiteral("event 3: does not link to event 2 before it")});

    const AuditEventsCheck broken = checkAuditEventsJsonl("{\"seq\":1}\nnot json\n");
    CHECK(broken.problems.size() == 2);
    CHECK(broken.problems.at(1) == QStringLiteral("line 2: not a JSON object"));
}
