// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl export approval-record': the release SOP's approval JSON with its signatures.
#include "governancecli.h"
#include "tempdatabase.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum::Test;

namespace {

const QString kModel = QStringLiteral("credit-scoring");

} // namespace

TEST_CASE("export approval-record prints the SOP's fields and every signature", "[cli]")
{
    GovernanceCli cli;
    cli.registerVersion(kModel, QStringLiteral("1.0.0"), 3);
    const qint64 request = cli.submit(kModel, QStringLiteral("1.0.0"));
    REQUIRE(cli.decide(QStringLiteral("reviewer1"), request).exitCode == 0);
    REQUIRE(cli.decide(QStringLiteral("engineer"), request).exitCode == 0);

    const CtlResult exported = cli.run(
        {QStringLiteral("export"), QStringLiteral("approval-record"), QString::number(request)});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const QJsonObject record = exported.json().object();
    for (const char *field :
         {"approval_id", "timestamp", "decision_mode", "approved", "approver", "rationale",
          "threshold_checks", "evaluation_summary", "risk_summary", "deployment_url"}) {
        INFO(field);
        CHECK(record.contains(QString::fromLatin1(field)));
    }
    CHECK(record.value(QStringLiteral("approval_id"))
              .toString()
              .startsWith(QLatin1String("approval_")));
    CHECK(record.value(QStringLiteral("approved")).toBool());
    CHECK(record.value(QStringLiteral("decision_mode")).toString() == QLatin1String("interactive"));
    CHECK(record.value(QStringLiteral("approver")).toString()
          == QLatin1String("Test reviewer1, Test engineer"));
    CHECK(record.value(QStringLiteral("threshold_checks"))
              .toObject()
              .value(QStringLiteral("Accuracy"))
              .toBool());
    const QJsonArray signatures = record.value(QStringLiteral("signatures")).toArray();
    REQUIRE(signatures.size() == 2);
    const QJsonObject first = signatures.first().toObject();
    CHECK(first.value(QStringLiteral("signer")).toString() == QLatin1String("Test reviewer1"));
    CHECK(first.value(QStringLiteral("meaning")).toString() == QLatin1String("Approved"));
    CHECK(first.value(QStringLiteral("signed_at")).toString().endsWith(QLatin1Char('Z')));
    CHECK_FALSE(first.value(QStringLiteral("signature_cms_base64")).toString().isEmpty());

    const QString out = cli.filePath(QStringLiteral("record.json"));
    const CtlResult written = cli.run({QStringLiteral("export"), QStringLiteral("approval-record"),
                                       QString::number(request), QStringLiteral("--out"), out});
    REQUIRE(written.exitCode == 0);
    CHECK(readFile(out) == exported.outBytes);
}

TEST_CASE("export approval-record refuses a pending request with exit 1", "[cli]")
{
    GovernanceCli cli;
    cli.registerVersion(kModel, QStringLiteral("1.0.0"), 3);
    const qint64 request = cli.submit(kModel, QStringLiteral("1.0.0"));
    REQUIRE(cli.decide(QStringLiteral("reviewer1"), request).exitCode == 0);
    const CtlResult pending = cli.run(
        {QStringLiteral("export"), QStringLiteral("approval-record"), QString::number(request)});
    CHECK(pending.exitCode == 1);
    CHECK(pending.out.isEmpty());
    CHECK(pending.err.contains(
        QStringLiteral("request #%1 is pending: it has no approval record").arg(request)));
    CHECK(
        cli.run({QStringLiteral("export"), QStringLiteral("approval-record"), QStringLiteral("42")})
            .exitCode
        == 1);
    CHECK(
        cli.run({QStringLiteral("export"), QStringLiteral("annex-v"), QStringLiteral("1")}).exitCode
        == 2);
}
