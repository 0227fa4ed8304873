// SPDX-License-Identifier: GPL-3.0-or-later
// A writer process for the concurrency tests. It decides release requests through
// ApprovalService, as a reviewer's workbench or a pipeline would, and reports on stdout.
//
//   quorum_decision_worker many DB KEY.p12 PASSPHRASE FIRST LAST
//       approves requests FIRST..LAST one after another; prints "ok ID" after each commit
//   quorum_decision_worker race DB KEY.p12 PASSPHRASE REQUEST VERDICT GOFILE
//       prepares and signs, waits until GOFILE exists, then records; prints "recorded" or
//       "refused: …" (exit 5)
#include "crypto/identity.h"
#include "governance/approvalservice.h"
#include "governance/governanceerror.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

#include <cstdio>

using namespace Quorum;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int many(Database &db, const Identity &key, qint64 first, qint64 last)
{
    ApprovalService service(db);
    for (qint64 id = first; id <= last; ++id) {
        DecisionInput input;
        input.requestId = id;
        input.verdict = Verdict::Approve;
        input.rationale = QStringLiteral("Checked in the concurrency test");
        service.decide(input, key);
        say(QStringLiteral("ok %1").arg(id));
    }
    return 0;
}

int race(Database &db, const Identity &key, qint64 request, const QString &verdict,
         const QString &goFile)
{
    ApprovalService service(db);
    DecisionInput input;
    input.requestId = request;
    input.verdict = verdictFromKey(verdict).value_or(Verdict::Reject);
    input.rationale = QStringLiteral("Racing another reviewer");
    const SignedDecision signedDecision
        = ApprovalService::sign(service.prepare(input, key.certificate()), key);
    say(QStringLiteral("ready"));
    while (!QFile::exists(goFile)) {
        QThread::usleep(200);
    }
    try {
        service.record(signedDecision);
        say(QStringLiteral("recorded"));
        return 0;
    } catch (const GovernanceError &error) {
        say(QStringLiteral("refused: %1").arg(error.message()));
        return 5;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 7) {
        std::fputs("usage: quorum_decision_worker many|race DB KEY PASSPHRASE …\n", stderr);
        return 2;
    }
    try {
        Database db = Database::open(args.at(2));
        const Identity key = Identity::load(args.at(3), args.at(4));
        if (args.at(1) == QLatin1String("many")) {
            return many(db, key, args.at(5).toLongLong(), args.at(6).toLongLong());
        }
        if (args.at(1) == QLatin1String("race") && args.size() == 8) {
            return race(db, key, args.at(5).toLongLong(), args.at(6), args.at(7));
        }
        std::fputs("unknown mode\n", stderr);
        return 2;
    } catch (const std::exception &error) {
        std::fprintf(stderr, "worker failed: %s\n", error.what());
        return 1;
    }
}
