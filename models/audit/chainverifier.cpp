// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainverifier.h"

#include "audittrail.h"
#include "crypto/sha256.h"

#include <QCoreApplication>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::ChainVerifier", text);
}

constexpr int kPage = 2000;

} // namespace

ChainReport verifyChain(Database &db)
{
    const AuditTrail trail(db);
    const QString instanceId = trail.instanceId();
    ChainReport report;
    report.headHash = kGenesisHash;
    qint64 expectedSeq = 1;
    QString previousHash = kGenesisHash;

    for (qint64 from = 1;;) {
        const std::vector<AuditEvent> page = trail.events(from, kPage);
        for (const AuditEvent &event : page) {
            ++report.eventCount;
            if (event.seq != expectedSeq) {
                report.problems.push_back({event.seq,
                                           event.seq > expectedSeq
                                               ? tr("events %1 to %2 are missing (deleted)")
                                                     .arg(expectedSeq)
                                                     .arg(event.seq - 1)
                                               : tr("its sequence number is out of order")});
            }
            if (event.prevHash != previousHash) {
                report.problems.push_back(
                    {event.seq,
                     tr("it does not link to the event before it (previous hash "
                        "%1…, expected %2…): an event before it was removed, "
                        "inserted or changed")
                         .arg(event.prevHash.left(12), previousHash.left(12))});
            }
            const QString recomputed = Crypto::sha256Hex(event.canonicalContent(instanceId));
            if (recomputed != event.hash) {
                report.problems.push_back({event.seq,
                                           tr("its content does not match its hash: the event was "
                                              "changed after it was recorded (%1 %2 #%3)")
                                               .arg(event.action, event.entity)
                                               .arg(event.entityId.value_or(0))});
            }
            expectedSeq = event.seq + 1;
            previousHash = event.hash;
            report.headSeq = event.seq;
            report.headHash = event.hash;
        }
        if (static_cast<int>(page.size()) < kPage) {
            break;
        }
        from = page.back().seq + 1;
    }
    return report;
}

} // namespace Quorum
