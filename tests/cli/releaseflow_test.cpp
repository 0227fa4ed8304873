// SPDX-License-Identifier: GPL-3.0-or-later
// The release pipeline through quorumctl: register → submit → decide, and submit --wait.
#include "crypto/sha256.h"
#include "governancecli.h"
#include "tempdatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum::Test;

namespace {

const QString kModel = QStringLiteral("credit-scoring");

QString stageOf(const GovernanceCli &cli, const QString &version)
{
    return cli
        .scalar(QStringLiteral("SELECT v.stage FROM model_versions v JOIN models m ON m.id = "
                               "v.model_id WHERE m.name = '%1' AND v.version = '%2'")
                    .arg(kModel, version))
        .toString();
}

QJsonObject statusOf(const GovernanceCli &cli, qint64 requestId)
{
    const CtlResult status
        = cli.run({QStringLiteral("status"), QString::number(requestId), QStringLiteral("--json")});
    INFO(status.err.toStdString());
    REQUIRE(status.exitCode == 0);
    return status.json().object();
}

} // namespace

TEST_CASE("register hashes the artifact file and records its absolute path", "[cli]")
{
    GovernanceCli cli;
    const QString artifact = cli.filePath(QStringLiteral("model.onnx"));
    writeFile(artifact, QByteArrayLiteral("weights and biases"));
    const CtlResult result = cli.run(
        {QStringLiteral("register"), QStringLiteral("--model"), kModel, QStringLiteral("--version"),
         QStringLiteral("1.0.0"), QStringLiteral("--artifact"), artifact, QStringLiteral("--tier"),
         QStringLiteral("4"), QStringLiteral("--owner"), cli.email(QStringLiteral("owner")),
         QStringLiteral("--json")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject registered = result.json().object();
    CHECK(registered.value(QStringLiteral("model_created")).toBool());
    CHECK(registered.value(QStringLiteral("artifact_sha256")).toString()
          == Quorum::Crypto::sha256OfFile(artifact));
    CHECK(cli.scalar(QStringLiteral("SELECT artifact_uri FROM model_versions")).toString()
          == artifact);
    CHECK(stageOf(cli, QStringLiteral("1.0.0")) == QLatin1String("development"));

    const CtlResult nobody = cli.run({QStringLiteral("register"), QStringLiteral("--model"), kModel,
                                      QStringLiteral("--version"), QStringLiteral("1.1.0"),
                                      QStringLiteral("--artifact"), artifact});
    CHECK(nobody.exitCode == 2);
    CHECK(nobody.err.contains(QLatin1String("--as")));
}

TEST_CASE("register, submit, decide and submit --wait take a release to production", "[cli]")
{
    GovernanceCli cli;
    cli.registerVersion(kModel, QStringLiteral("1.0.0"), 4);
    auto waiting = cli.startSubmitAndWait(kModel, QStringLiteral("1.0.0"));
    const qint64 request = GovernanceCli::requestIdPrinted(*waiting);

    const CtlResult decided = cli.decide(QStringLiteral("reviewer1"), request);
    INFO(decided.err.toStdString());
    REQUIRE(decided.exitCode == 0);
    CHECK(decided.out.contains(
        QLatin1String("Signed by Test reviewer1 <reviewer1@example.org> on ")));
    CHECK(decided.out.contains(QLatin1String(" UTC, meaning: Approved (as reviewer)")));

    const CtlResult waited = GovernanceCli::finish(*waiting);
    INFO(waited.err.toStdString());
    CHECK(waited.exitCode == 0);
    CHECK(waited.out.contains(QStringLiteral("Request #%1 is approved.").arg(request)));
    CHECK(waited.out.contains(QLatin1String("accuracy")));
    CHECK(waited.err.contains(
        QStringLiteral("request #%1 is pending: reviewer 0 of 1").arg(request)));
    CHECK(stageOf(cli, QStringLiteral("1.0.0")) == QLatin1String("production"));

    const QJsonObject status = statusOf(cli, request);
    CHECK(status.value(QStringLiteral("status")).toString() == QLatin1String("approved"));
    CHECK(status.value(QStringLiteral("to_stage")).toString() == QLatin1String("production"));
    const QJsonArray decisions = status.value(QStringLiteral("decisions")).toArray();
    REQUIRE(decisions.size() == 1);
    CHECK(decisions.first().toObject().value(QStringLiteral("meaning")).toString()
          == QLatin1String("Approved"));
}

TEST_CASE("submit --wait exits 1 when the request is rejected", "[cli]")
{
    GovernanceCli cli;
    cli.registerVersion(kModel, QStringLiteral("1.0.0"), 4);
    auto waiting = cli.startSubmitAndWait(kModel, QStringLiteral("1.0.0"));
    const qint64 request = GovernanceCli::requestIdPrinted(*waiting);
    REQUIRE(cli.decide(QStringLiteral("reviewer1"), request,
                       {QStringLiteral("--verdict"), QStringLiteral("reject"),
                        QStringLiteral("--rationale"), QStringLiteral("Recall too low")})
                .exitCode
            == 0);
    const CtlResult waited = GovernanceCli::finish(*waiting);
    CHECK(waited.exitCode == 1);
    CHECK(waited.out.contains(QStringLiteral("Request #%1 is rejected.").arg(request)));
    CHECK(stageOf(cli, QStringLiteral("1.0.0")) != QLatin1String("production"));
}

TEST_CASE("submit --wait --timeout exits 4 and leaves the request pending", "[cli]")
{
    GovernanceCli cli;
    cli.registerVersion(kModel, QStringLiteral("1.0.0"), 4);
    auto waiting = cli.startSubmitAndWait(
        kModel, QStringLiteral("1.0.0"),
        {QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("--json")});
    const CtlResult waited = GovernanceCli::finish(*waiting);
    CHECK(waited.exitCode == 4);
    const QJsonObject result = waited.json().object();
    CHECK(result.value(QStringLiteral("timed_out")).toBool());
    CHECK(result.value(QStringLiteral("status")).toString() == QLatin1String("pending"));
    CHECK(waited.err.contains(QLatin1String("Waiting up to 2 s")));
}

TEST_CASE("submit --wait ends when the request expires while waiting", "[cli]")
{
    GovernanceCli cli;
    cli.registerVersion(kModel, QStringLiteral("1.0.0"), 4);
    auto waiting = cli.startSubmitAndWait(kModel, QStringLiteral("1.0.0"));
    const qint64 request = GovernanceCli::requestIdPrinted(*waiting);
    execRaw(cli.path(),
            {QStringLiteral("UPDATE release_requests SET expires_at = "
                            "'2000-01-01T00:00:00Z' WHERE id = %1")
                 .arg(request)});
    const CtlResult waited = GovernanceCli::finish(*waiting);
    CHECK(waited.exitCode == 1);
    CHECK(waited.out.contains(QStringLiteral("Request #%1 is expired.").arg(request)));
}

TEST_CASE("submit prints each threshold check with its value and whether it passed", "[cli]")
{
    GovernanceCli cli;
    cli.registerVersion(kModel, QStringLiteral("1.0.0"), 3, CliEvidence{0.72, 0.2, 0.04});
    const CtlResult submitted = cli.run(
        {QStringLiteral("submit"), QStringLiteral("--model"), kModel, QStringLiteral("--version"),
         QStringLiteral("1.0.0"), QStringLiteral("--to"), QStringLiteral("production"),
         QStringLiteral("--as"), cli.email(QStringLiteral("submitter")), QStringLiteral("--ticket"),
         QStringLiteral("AI-REL-7")});
    INFO(submitted.err.toStdString());
    REQUIRE(submitted.exitCode == 0);
    CHECK(submitted.out.contains(QLatin1String("Submitted release request #1")));
    CHECK(submitted.out.contains(
        QRegularExpression(QStringLiteral("accuracy +0\\.72 +>= 0\\.8 +FAIL"))));
    CHECK(submitted.out.contains(
        QRegularExpression(QStringLiteral("risk_score +0\\.2 +<= 0\\.4 +pass"))));
    CHECK(submitted.out.contains(QLatin1String("1 check(s) failed")));

    const CtlResult status = cli.run({QStringLiteral("status"), QStringLiteral("1")});
    REQUIRE(status.exitCode == 0);
    CHECK(status.out.contains(QStringLiteral("Transition:  development → production")));
    CHECK(status.out.contains(QLatin1String("Policy:      tier 3, version 1")));
    CHECK(status.out.contains(QLatin1String("reviewer 0 of 1")));
    CHECK(status.out.contains(QLatin1String("ml-engineer 0 of 1")));
    CHECK(cli.run({QStringLiteral("status"), QStringLiteral("99")}).exitCode == 1);
}

TEST_CASE("a tier 1 release needs the tester's check, four reviewers, compliance and legal",
          "[cli][slow]")
{
    GovernanceCli cli;
    cli.registerVersion(kModel, QStringLiteral("1.0.0"), 1);
    const qint64 request = cli.submit(kModel, QStringLiteral("1.0.0"));

    const CtlResult early = cli.decide(QStringLiteral("reviewer1"), request);
    CHECK(early.exitCode == 5);
    CHECK(early.err.contains(QStringLiteral("Tester ✓")));
    const CtlResult tested
        = cli.run({QStringLiteral("tester"), QString::number(request), QStringLiteral("--as"),
                   cli.email(QStringLiteral("qa")), QStringLiteral("--passed"),
                   QStringLiteral("--comment"), QStringLiteral("Annex IV and metrics checked")});
    INFO(tested.err.toStdString());
    REQUIRE(tested.exitCode == 0);

    for (const QString &handle :
         {QStringLiteral("reviewer1"), QStringLiteral("reviewer2"), QStringLiteral("reviewer3"),
          QStringLiteral("compliance"), QStringLiteral("legal")}) {
        const CtlResult decided = cli.decide(handle, request);
        INFO(handle.toStdString() << ": " << decided.err.toStdString());
        REQUIRE(decided.exitCode == 0);
        CHECK(decided.out.contains(QStringLiteral("Request #%1 is now pending.").arg(request)));
    }
    const CtlResult inbox
        = cli.run({QStringLiteral("inbox"), QStringLiteral("--as"),
                   cli.email(QStringLiteral("reviewer4")), QStringLiteral("--json")});
    REQUIRE(inbox.exitCode == 0);
    REQUIRE(inbox.json().array().size() == 1);
    const CtlResult status = cli.run({QStringLiteral("status"), QString::number(request)});
    CHECK(status.out.contains(QLatin1String("reviewer 3 of 4 (of 5)")));
    CHECK(status.out.contains(QLatin1String("Passed by Test qa <qa@example.org>")));

    const CtlResult last = cli.decide(QStringLiteral("reviewer4"), request);
    REQUIRE(last.exitCode == 0);
    CHECK(last.out.contains(QStringLiteral("Request #%1 is now approved.").arg(request)));
    CHECK(statusOf(cli, request).value(QStringLiteral("status")).toString()
          == QLatin1String("approved"));
    CHECK(stageOf(cli, QStringLiteral("1.0.0")) == QLatin1String("production"));
}

TEST_CASE("withdraw closes a request; the model owner retires the production version", "[cli]")
{
    GovernanceCli cli;
    cli.registerVersion(kModel, QStringLiteral("1.0.0"), 4);
    const qint64 request = cli.submit(kModel, QStringLiteral("1.0.0"));
    const CtlResult withdrawn
        = cli.run({QStringLiteral("withdraw"), QString::number(request), QStringLiteral("--as"),
                   cli.email(QStringLiteral("submitter"))});
    REQUIRE(withdrawn.exitCode == 0);
    CHECK(statusOf(cli, request).value(QStringLiteral("status")).toString()
          == QLatin1String("withdrawn"));

    const qint64 again = cli.submit(kModel, QStringLiteral("1.0.0"));
    REQUIRE(cli.decide(QStringLiteral("reviewer1"), again).exitCode == 0);
    const CtlResult retired = cli.run(
        {QStringLiteral("retire"), QStringLiteral("--model"), kModel, QStringLiteral("--reason"),
         QStringLiteral("Replaced by the 2027 scorecard"), QStringLiteral("--as"),
         cli.email(QStringLiteral("owner")), QStringLiteral("--json")});
    INFO(retired.err.toStdString());
    REQUIRE(retired.exitCode == 0);
    const qint64 retirement
        = retired.json().object().value(QStringLiteral("request_id")).toInteger();
    const QJsonObject status = statusOf(cli, retirement);
    CHECK(status.value(QStringLiteral("to_stage")).toString() == QLatin1String("retired"));
    CHECK(status.value(QStringLiteral("retirement"))
              .toObject()
              .value(QStringLiteral("reason"))
              .toString()
          == QLatin1String("Replaced by the 2027 scorecard"));
}
