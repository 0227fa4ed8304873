// SPDX-License-Identifier: GPL-3.0-or-later
// The release SOP's automated approval: DEPLOY_APPROVAL, APPROVER and APPROVAL_RATIONALE.
#include "governancecli.h"

#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum::Test;

namespace {

const QString kModel = QStringLiteral("fraud-detection");

QProcessEnvironment pipeline(const QString &approval, const QString &approver,
                             const QString &rationale)
{
    QProcessEnvironment environment;
    if (!approval.isNull()) {
        environment.insert(QStringLiteral("DEPLOY_APPROVAL"), approval);
    }
    if (!approver.isNull()) {
        environment.insert(QStringLiteral("APPROVER"), approver);
    }
    if (!rationale.isNull()) {
        environment.insert(QStringLiteral("APPROVAL_RATIONALE"), rationale);
    }
    return environment;
}

CtlResult automated(const GovernanceCli &cli, qint64 request, const QProcessEnvironment &env,
                    const QString &handle = QStringLiteral("reviewer1"))
{
    return cli.run({QStringLiteral("decide"), QString::number(request),
                    QStringLiteral("--automated"), QStringLiteral("--key"), cli.keyFile(handle)},
                   env);
}

qint64 tierFourRequest(GovernanceCli &cli)
{
    cli.registerVersion(kModel, QStringLiteral("2.0.0"), 4);
    return cli.submit(kModel, QStringLiteral("2.0.0"));
}

} // namespace

TEST_CASE("DEPLOY_APPROVAL=y signs an approval recorded as decision_mode automated", "[cli]")
{
    GovernanceCli cli;
    const qint64 request = tierFourRequest(cli);
    const CtlResult result
        = automated(cli, request,
                    pipeline(QStringLiteral("y"), QStringLiteral("Test reviewer1"),
                             QStringLiteral("Meets KPIs; risk acceptable")));
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(QLatin1String("meaning: Approved (as reviewer)")));
    const QString statement
        = cli.scalar(QStringLiteral("SELECT canonical_json FROM decisions")).toString();
    CHECK(statement.contains(QLatin1String("\"decision_mode\":\"automated\"")));
    CHECK(statement.contains(QLatin1String("\"rationale\":\"Meets KPIs; risk acceptable\"")));
    CHECK(cli.scalar(QStringLiteral("SELECT decision_mode FROM decisions")).toString()
          == QLatin1String("automated"));

    const CtlResult record = cli.run(
        {QStringLiteral("export"), QStringLiteral("approval-record"), QString::number(request)});
    REQUIRE(record.exitCode == 0);
    const QJsonObject json = record.json().object();
    CHECK(json.value(QStringLiteral("decision_mode")).toString() == QLatin1String("automated"));
    CHECK(json.value(QStringLiteral("approved")).toBool());
}

TEST_CASE("DEPLOY_APPROVAL=n rejects; APPROVER may be the key holder's e-mail address", "[cli]")
{
    GovernanceCli cli;
    const qint64 request = tierFourRequest(cli);
    const CtlResult result
        = automated(cli, request,
                    pipeline(QStringLiteral("n"), cli.email(QStringLiteral("reviewer1")),
                             QStringLiteral("Bias disparity too high")));
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(cli.scalar(QStringLiteral("SELECT verdict FROM decisions")).toString()
          == QLatin1String("reject"));
    CHECK(cli.scalar(QStringLiteral("SELECT status FROM release_requests")).toString()
          == QLatin1String("rejected"));
}

TEST_CASE("Automated mode refuses an APPROVER the key does not belong to", "[cli]")
{
    GovernanceCli cli;
    const qint64 request = tierFourRequest(cli);
    const CtlResult result = automated(
        cli, request,
        pipeline(QStringLiteral("y"), QStringLiteral("Test reviewer2"), QStringLiteral("ok")));
    CHECK(result.exitCode == 5);
    CHECK(result.err.contains(QLatin1String("APPROVER is 'Test reviewer2'")));
    CHECK(result.err.contains(QLatin1String("does not belong to")));
    CHECK(cli.decisionCount() == 0);
}

TEST_CASE("Automated mode refuses a missing or unclear environment, naming the variable", "[cli]")
{
    GovernanceCli cli;
    const qint64 request = tierFourRequest(cli);
    const QString approver = QStringLiteral("Test reviewer1");
    const QString rationale = QStringLiteral("ok");
    struct Case
    {
        QProcessEnvironment environment;
        QString variable;
    };
    const Case cases[] = {
        {pipeline(QString(), approver, rationale), QStringLiteral("DEPLOY_APPROVAL")},
        {pipeline(QStringLiteral("maybe"), approver, rationale), QStringLiteral("DEPLOY_APPROVAL")},
        {pipeline(QStringLiteral("y"), QString(), rationale), QStringLiteral("APPROVER")},
        {pipeline(QStringLiteral("y"), approver, QString()), QStringLiteral("APPROVAL_RATIONALE")},
    };
    for (const Case &c : cases) {
        const CtlResult result = automated(cli, request, c.environment);
        INFO(c.variable.toStdString() << ": " << result.err.toStdString());
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(c.variable));
    }
    CHECK(cli.decisionCount() == 0);
}

TEST_CASE("Automated mode is still policy-checked", "[cli]")
{
    GovernanceCli cli;
    const qint64 request = tierFourRequest(cli);
    const CtlResult result = automated(
        cli, request,
        pipeline(QStringLiteral("y"), QStringLiteral("Test submitter"), QStringLiteral("ok")),
        QStringLiteral("submitter"));
    CHECK(result.exitCode == 5);
    CHECK(result.err.contains(QLatin1String("Segregation of duties")));
    CHECK(cli.decisionCount() == 0);
}
