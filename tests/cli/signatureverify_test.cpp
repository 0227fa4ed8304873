// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl verify' checks every signed decision and checkpoint, and the stored signatures
// are standard CMS that the stock openssl tool accepts.
#include "governancecli.h"
#include "keyfiles.h"
#include "rawsqlite.h"
#include "tempdatabase.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum::Test;

namespace {

const QString kModel = QStringLiteral("credit-scoring");

/// Two requests, each approved by one signer (tier 4): decisions 1 and 2.
void twoSignedDecisions(GovernanceCli &cli)
{
    for (const QString &version : {QStringLiteral("1.0.0"), QStringLiteral("1.1.0")}) {
        cli.registerVersion(kModel, version, 4);
        const qint64 request = cli.submit(kModel, version);
        const QString handle = version == QLatin1String("1.0.0") ? QStringLiteral("reviewer1")
                                                                 : QStringLiteral("reviewer2");
        REQUIRE(cli.decide(handle, request).exitCode == 0);
    }
}

QJsonObject verifyJson(const GovernanceCli &cli, int exitCode)
{
    const CtlResult result = cli.run({QStringLiteral("verify"), QStringLiteral("--json")});
    INFO(result.out.toStdString() << result.err.toStdString());
    CHECK(result.exitCode == exitCode);
    return result.json().object();
}

} // namespace

TEST_CASE("verify passes a freshly signed database and counts what it checked", "[cli]")
{
    GovernanceCli cli;
    twoSignedDecisions(cli);
    const QJsonObject report = verifyJson(cli, 0);
    CHECK(report.value(QStringLiteral("ok")).toBool());
    const QJsonObject signatures = report.value(QStringLiteral("signatures")).toObject();
    CHECK(signatures.value(QStringLiteral("decisions")).toInt() == 2);
    CHECK(signatures.value(QStringLiteral("checkpoints")).toInt() == 2);
    CHECK(signatures.value(QStringLiteral("problems")).toArray().isEmpty());
    const CtlResult text = cli.run({QStringLiteral("verify")});
    CHECK(text.out.contains(QLatin1String("2 decision(s) and 2 checkpoint(s) checked")));
}

TEST_CASE("verify names a decision whose rationale was changed behind Quorum's back", "[cli]")
{
    GovernanceCli cli;
    twoSignedDecisions(cli);
    {
        RawSqlite raw(cli.path());
        raw.exec("DROP TRIGGER decisions_no_update;"
                 "UPDATE decisions SET rationale = 'Looked fine to me' WHERE id = 2;");
    }
    const CtlResult text = cli.run({QStringLiteral("verify")});
    CHECK(text.exitCode == 1);
    CHECK(text.out.contains(QLatin1String("decision #2 (request #2): ")));
    const QJsonArray problems = verifyJson(cli, 1)
                                    .value(QStringLiteral("signatures"))
                                    .toObject()
                                    .value(QStringLiteral("problems"))
                                    .toArray();
    REQUIRE(problems.size() == 1);
    const QJsonObject problem = problems.first().toObject();
    CHECK(problem.value(QStringLiteral("subject")).toString() == QLatin1String("decision"));
    CHECK(problem.value(QStringLiteral("id")).toInt() == 2);
    CHECK(problem.value(QStringLiteral("request_id")).toInt() == 2);
}

TEST_CASE("verify names a decision carrying another decision's statement and signature", "[cli]")
{
    GovernanceCli cli;
    twoSignedDecisions(cli);
    {
        RawSqlite raw(cli.path());
        raw.exec("DROP TRIGGER decisions_no_update;"
                 "UPDATE decisions SET canonical_json = (SELECT canonical_json FROM decisions "
                 "WHERE id = 1), signature = (SELECT signature FROM decisions WHERE id = 1) "
                 "WHERE id = 2;");
    }
    const CtlResult text = cli.run({QStringLiteral("verify")});
    INFO(text.out.toStdString());
    CHECK(text.exitCode == 1);
    CHECK(text.out.contains(QLatin1String("decision #2 (request #2): ")));
}

TEST_CASE("openssl cms -verify accepts every stored decision signature", "[cli]")
{
    GovernanceCli cli;
    twoSignedDecisions(cli);
    RawSqlite raw(cli.path());
    for (int id = 1; id <= 2; ++id) {
        const QString statement = cli.filePath(QStringLiteral("statement%1.json").arg(id));
        const QString signature = cli.filePath(QStringLiteral("signature%1.p7s").arg(id));
        const QString certificate = cli.filePath(QStringLiteral("signer%1.pem").arg(id));
        writeFile(statement,
                  cli.scalar(QStringLiteral("SELECT canonical_json FROM decisions "
                                            "WHERE id = %1")
                                 .arg(id))
                      .toString()
                      .toUtf8());
        writeFile(
            signature,
            cli.scalar(QStringLiteral("SELECT signature FROM decisions WHERE id = %1").arg(id))
                .toByteArray());
        writeFile(certificate,
                  cli.scalar(QStringLiteral("SELECT c.pem FROM certificates c JOIN decisions d "
                                            "ON d.certificate_fingerprint = c.fingerprint_sha256 "
                                            "WHERE d.id = %1")
                                 .arg(id))
                      .toString()
                      .toUtf8());
        const OpensslResult result = runOpenssl(
            {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
             QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"), signature,
             QStringLiteral("-content"), statement, QStringLiteral("-certfile"), certificate,
             QStringLiteral("-noverify"), QStringLiteral("-out"), QStringLiteral("/dev/null")});
        INFO("decision " << id << ": " << result.errors.toStdString());
        CHECK(result.exitCode == 0);
    }
}
