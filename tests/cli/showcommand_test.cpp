// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctlrunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum::Test;

namespace {

/// One demo database for all the tests in this file: building it takes a moment.
QString demoDatabase()
{
    static QTemporaryDir s_dir;
    static const QString s_path = [] {
        const QString path = s_dir.filePath(QStringLiteral("demo.sqlite"));
        const CtlResult result = runCtl({QStringLiteral("demo"), QStringLiteral("--db"), path});
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        return path;
    }();
    return s_path;
}

} // namespace

TEST_CASE("show --json prints the model and its versions", "[cli]")
{
    const CtlResult result
        = runCtl({QStringLiteral("show"), QStringLiteral("fraud-detection"), QStringLiteral("--db"),
                  demoDatabase(), QStringLiteral("--json")});
    REQUIRE(result.exitCode == 0);
    const QJsonObject model = result.json().object();
    CHECK(model.value(QStringLiteral("name")).toString() == QLatin1String("fraud-detection"));
    CHECK(model.value(QStringLiteral("tier")).isDouble());
    CHECK_FALSE(model.value(QStringLiteral("owner")).toString().isEmpty());
    const QJsonArray versions = model.value(QStringLiteral("versions")).toArray();
    REQUIRE_FALSE(versions.isEmpty());
    for (const QJsonValue &value : versions) {
        const QJsonObject version = value.toObject();
        INFO(QJsonDocument(version).toJson().toStdString());
        CHECK(version.value(QStringLiteral("version")).toString().count(QLatin1Char('.')) == 2);
        CHECK_FALSE(version.value(QStringLiteral("stage")).toString().isEmpty());
        CHECK(version.value(QStringLiteral("created_at")).isString());
        for (const char *key : {"framework", "artifact_sha256", "parent_version",
                                "deployment_target", "deployment_url"}) {
            INFO(key);
            CHECK(version.contains(QLatin1String(key)));
        }
        const QJsonValue sha = version.value(QStringLiteral("artifact_sha256"));
        CHECK((sha.isNull() || sha.toString().size() == 64));
    }
}

TEST_CASE("show finds a model whatever the case of its name", "[cli]")
{
    const CtlResult result = runCtl({QStringLiteral("show"), QStringLiteral("Fraud-Detection"),
                                     QStringLiteral("--db"), demoDatabase()});
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QLatin1String("fraud-detection")));
    CHECK(result.out.contains(QLatin1String("VERSION")));
}

TEST_CASE("show of an unknown model fails and points at 'quorumctl models'", "[cli]")
{
    const CtlResult result
        = runCtl({QStringLiteral("show"), QStringLiteral("x"), QStringLiteral("--db"),
                  demoDatabase(), QStringLiteral("--json")});
    CHECK(result.exitCode == 1);
    CHECK(result.out.isEmpty());
    CHECK(result.err
          == QStringLiteral("quorumctl: no model named 'x' in %1 (see 'quorumctl models')\n")
                 .arg(demoDatabase()));
}

TEST_CASE("show without a model name is a usage error", "[cli]")
{
    const CtlResult result
        = runCtl({QStringLiteral("show"), QStringLiteral("--db"), demoDatabase()});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QLatin1String("MODEL")));
}
