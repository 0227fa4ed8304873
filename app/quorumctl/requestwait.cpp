// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestwait.h"

#include "console.h"
#include "governance/approvalservice.h"
#include "governance/governanceerror.h"
#include "governance/releaseservice.h"
#include "governancetext.h"
#include "storage/database.h"
#include "storage/releaserequestrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <cmath>

namespace Quorum::Cli {

namespace {

constexpr qint64 kPollMs = 1000;

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Cli::RequestWait", text);
}

QString progressLine(qint64 requestId, const Tally &tally)
{
    QStringList parts;
    for (const RequirementProgress &p : tally.progress) {
        parts << GovernanceText::progress(p);
    }
    return tr("request #%1 is pending: %2\n").arg(requestId).arg(parts.join(QStringLiteral(", ")));
}

} // namespace

std::optional<ReleaseRequest> waitForDecision(Database &db, qint64 requestId,
                                              std::optional<double> timeoutSeconds)
{
    QElapsedTimer clock;
    clock.start();
    const qint64 limitMs
        = timeoutSeconds ? static_cast<qint64>(std::llround(*timeoutSeconds * 1000.0)) : -1;
    Console::err(timeoutSeconds
                     ? tr("Waiting up to %1 s for the decision on request #%2…\n")
                           .arg(*timeoutSeconds)
                           .arg(requestId)
                     : tr("Waiting for the decision on request #%1 (Ctrl+C stops waiting; the "
                          "request stays pending)…\n")
                           .arg(requestId));
    QString lastProgress;
    for (;;) {
        ReleaseService(db).expireDue();
        std::optional<ReleaseRequest> request = ReleaseRequestRepository(db).byId(requestId);
        if (!request) {
            throw GovernanceError(
                GovernanceErrorKind::NotFound,
                tr("request #%1 disappeared from %2 while waiting.").arg(requestId).arg(db.path()));
        }
        if (request->status != RequestStatus::Pending) {
            return request;
        }
        const QString line = progressLine(requestId, ApprovalService(db).tally(requestId));
        if (line != lastProgress) {
            Console::err(line);
            lastProgress = line;
        }
        const qint64 elapsed = clock.elapsed();
        if (limitMs >= 0 && elapsed >= limitMs) {
            return std::nullopt;
        }
        const qint64 pause = limitMs >= 0 ? std::min(kPollMs, limitMs - elapsed) : kPollMs;
        QThread::msleep(static_cast<unsigned long>(pause));
    }
}

} // namespace Quorum::Cli
