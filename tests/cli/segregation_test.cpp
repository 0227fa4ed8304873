// SPDX-License-Identifier: GPL-3.0-or-later
// Every way around the policy and segregation of duties through quorumctl is refused (exit 5)
// and stores nothing; keys that cannot sign are refused too.
#include "governancecli.h"
#include "keyfiles.h"

#include <catch2/catch_test_macros.hpp>

using namespace Quorum::Test;

namespace {

const QString kModel = QStringLiteral("churn-model");

/// A tier 3 request (a reviewer and an ML engineer approve; compliance or ml-lead waive).
qint64 tierThreeRequest(GovernanceCli &cli, std::optional<CliEvidence> evidence = CliEvidence())
{
    cli.registerVersion(kModel, QStringLiteral("1.0.0"), 3, evidence);
    return cli.submit(kModel, QStringLiteral("1.0.0"));
}

/// Runs a refused decision and checks that nothing was stored.
CtlResult refused(GovernanceCli &cli, const QString &handle, qint64 request,
                  const QStringList &arguments = GovernanceCli::approve(), int exitCode = 5)
{
    const qint64 before = cli.decisionCount();
    const CtlResult result = cli.decide(handle, request, arguments);
    INFO(result.err.toStdString());
    CHECK(result.exitCode == exitCode);
    CHECK(result.out.isEmpty());
    CHECK(cli.decisionCount() == before);
    CHECK(
        cli.scalar(QStringLiteral("SELECT status FROM release_requests WHERE id = %1").arg(request))
            .toString()
        == QLatin1String("pending"));
    return result;
}

QStringList waiver(const QStringList &extra = {})
{
    return QStringList{QStringLiteral("--verdict"),   QStringLiteral("waiver"),
                       QStringLiteral("--rationale"), QStringLiteral("Accepted for a quarter"),
                       QStringLiteral("--expires"),   QStringLiteral("2099-12-31")}
    + extra;
}

} // namespace

TEST_CASE("The submitter cannot decide on their own request", "[cli]")
{
    GovernanceCli cli;
    const qint64 request = tierThreeRequest(cli);
    const CtlResult result = refused(cli, QStringLiteral("submitter"), request);
    CHECK(result.err.contains(QLatin1String("Segregation of duties")));
    CHECK(result.err.contains(QLatin1String("submitted request")));
}

TEST_CASE("The model's owner cannot decide on its release", "[cli]")
{
    GovernanceCli cli;
    const qint64 request = tierThreeRequest(cli);
    const CtlResult result = refused(cli, QStringLiteral("owner"), request);
    CHECK(result.err.contains(QLatin1String("owns the model churn-model")));
}

TEST_CASE("A person decides once", "[cli]")
{
    GovernanceCli cli;
    const qint64 request = tierThreeRequest(cli);
    REQUIRE(cli.decide(QStringLiteral("reviewer1"), request).exitCode == 0);
    const CtlResult again = refused(cli, QStringLiteral("reviewer1"), request);
    CHECK(again.err.contains(QLatin1String("already decided")));
}

TEST_CASE("Nobody signs in a role they do not hold", "[cli]")
{
    GovernanceCli cli;
    const qint64 request = tierThreeRequest(cli);
    const CtlResult result
        = refused(cli, QStringLiteral("reviewer1"), request,
                  GovernanceCli::approve()
                      + QStringList{QStringLiteral("--role"), QStringLiteral("ml-engineer")});
    CHECK(result.err.contains(QLatin1String("does not hold the role ml-engineer")));
}

TEST_CASE("Only the model's owner starts its retirement", "[cli]")
{
    GovernanceCli cli;
    cli.registerVersion(kModel, QStringLiteral("1.0.0"), 3);
    const qint64 before
        = cli.scalar(QStringLiteral("SELECT count(*) FROM release_requests")).toLongLong();
    const CtlResult result = cli.run(
        {QStringLiteral("retire"), QStringLiteral("--model"), kModel, QStringLiteral("--version"),
         QStringLiteral("1.0.0"), QStringLiteral("--reason"), QStringLiteral("No longer needed"),
         QStringLiteral("--as"), cli.email(QStringLiteral("reviewer1"))});
    CHECK(result.exitCode == 5);
    CHECK(result.err.contains(QLatin1String("Only the model's owner")));
    CHECK(cli.scalar(QStringLiteral("SELECT count(*) FROM release_requests")).toLongLong()
          == before);
    CHECK(cli.scalar(QStringLiteral("SELECT status FROM models")).toString()
          == QLatin1String("active"));
}

TEST_CASE("A waiver only by a role the policy names", "[cli]")
{
    GovernanceCli cli;
    const qint64 request = tierThreeRequest(cli, CliEvidence{0.70, 0.2, 0.04});
    const CtlResult legal = refused(cli, QStringLiteral("legal"), request,
                                    waiver({QStringLiteral("--role"), QStringLiteral("legal")}));
    CHECK(legal.err.contains(QLatin1String("may grant a waiver")));
    refused(cli, QStringLiteral("reviewer1"), request,
            waiver({QStringLiteral("--role"), QStringLiteral("reviewer")}));
    const CtlResult granted = cli.decide(QStringLiteral("mllead"), request, waiver());
    INFO(granted.err.toStdString());
    CHECK(granted.exitCode == 0);
    CHECK(granted.out.contains(QLatin1String("meaning: Waiver granted (as ml-lead)")));
    CHECK(cli.scalar(QStringLiteral("SELECT canonical_json FROM decisions"))
              .toString()
              .contains(QLatin1String("\"waiver_expires_at\":\"2099-12-31T23:59:59Z\"")));
}

TEST_CASE("A failed check is not approved without a waiver", "[cli]")
{
    GovernanceCli cli;
    const qint64 request = tierThreeRequest(cli, std::nullopt);
    const CtlResult result = refused(cli, QStringLiteral("reviewer1"), request);
    CHECK(result.err.contains(QLatin1String("only after a waiver")));
    refused(cli, QStringLiteral("engineer"), request,
            {QStringLiteral("--verdict"), QStringLiteral("approve-with-conditions"),
             QStringLiteral("--rationale"), QStringLiteral("Fine"), QStringLiteral("--conditions"),
             QStringLiteral("Monitor weekly")});
}

TEST_CASE("A wrong passphrase and a key nobody registered sign nothing", "[cli]")
{
    GovernanceCli cli;
    const qint64 request = tierThreeRequest(cli);
    QProcessEnvironment wrong;
    wrong.insert(QStringLiteral("QUORUM_PASSPHRASE"), QStringLiteral("not the passphrase"));
    const qint64 before = cli.decisionCount();
    const CtlResult badPassphrase
        = cli.run({QStringLiteral("decide"), QString::number(request), QStringLiteral("--key"),
                   cli.keyFile(QStringLiteral("reviewer1")), QStringLiteral("--verdict"),
                   QStringLiteral("approve"), QStringLiteral("--rationale"), QStringLiteral("ok")},
                  wrong);
    CHECK(badPassphrase.exitCode == 2);
    CHECK(badPassphrase.err.contains(QLatin1String("passphrase")));

    const CtlResult unknown
        = cli.run({QStringLiteral("decide"), QString::number(request), QStringLiteral("--key"),
                   boKey().p12Path, QStringLiteral("--verdict"), QStringLiteral("approve"),
                   QStringLiteral("--rationale"), QStringLiteral("ok")},
                  withPassphrase());
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QLatin1String("belongs to nobody")));
    CHECK(cli.decisionCount() == before);
}
