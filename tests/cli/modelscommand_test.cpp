// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctlrunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum::Test;

TEST_CASE("models --json on an empty database prints an empty array", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("governance.sqlite"));
    REQUIRE(runCtl({QStringLiteral("init"), QStringLiteral("--db"), path}).exitCode == 0);

    const CtlResult result = runCtl(
        {QStringLiteral("models"), QStringLiteral("--db"), path, QStringLiteral("--json")});
    CHECK(result.exitCode == 0);
    CHECK(result.err.isEmpty());
    const QJsonDocument json = result.json();
    REQUIRE(json.isArray());
    CHECK(json.array().isEmpty());
}

TEST_CASE("models --json lists the twelve demo models with their facts", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runCtl({QStringLiteral("demo"), QStringLiteral("--db"), path}).exitCode == 0);

    const CtlResult result = runCtl(
        {QStringLiteral("models"), QStringLiteral("--db"), path, QStringLiteral("--json")});
    REQUIRE(result.exitCode == 0);
    const QJsonArray models = result.json().array();
    REQUIRE(models.size() == 12);
    QStringList names;
    for (const QJsonValue &value : models) {
        const QJsonObject model = value.toObject();
        INFO(QJsonDocument(model).toJson().toStdString());
        CHECK(model.value(QStringLiteral("name")).isString());
        const int tier = model.value(QStringLiteral("tier")).toInt();
        CHECK(tier >= 1);
        CHECK(tier <= 4);
        CHECK(model.value(QStringLiteral("tier")).isDouble());
        CHECK((model.value(QStringLiteral("stage")).isString()
               || model.value(QStringLiteral("stage")).isNull()));
        CHECK_FALSE(model.value(QStringLiteral("owner")).toString().isEmpty());
        CHECK(model.value(QStringLiteral("versions")).isDouble());
        for (const char *key : {"display_name", "team", "status", "production_version",
                                "latest_version", "pending_requests"}) {
            INFO(key);
            CHECK(model.contains(QLatin1String(key)));
        }
        names << model.value(QStringLiteral("name")).toString();
    }
    CHECK(names.contains(QLatin1String("fraud-detection")));
    QStringList sorted = names;
    sorted.sort();
    CHECK(names == sorted);
}

TEST_CASE("models prints an aligned table for people", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runCtl({QStringLiteral("demo"), QStringLiteral("--db"), path}).exitCode == 0);

    const CtlResult result = runCtl({QStringLiteral("models"), QStringLiteral("--db"), path});
    REQUIRE(result.exitCode == 0);
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 13);
    CHECK(lines.first().startsWith(QLatin1String("NAME")));
    // Aligned: the TIER column starts at the same place on every line.
    const qsizetype tierColumn = lines.first().indexOf(QLatin1String("TIER"));
    for (const QString &line : lines.mid(1)) {
        INFO(line.toStdString());
        CHECK(line.at(tierColumn - 1) == QLatin1Char(' '));
        CHECK(line.at(tierColumn).isDigit());
    }
}

TEST_CASE("models on an empty database says there are none", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("governance.sqlite"));
    REQUIRE(runCtl({QStringLiteral("init"), QStringLiteral("--db"), path}).exitCode == 0);
    const CtlResult result = runCtl({QStringLiteral("models"), QStringLiteral("--db"), path});
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QLatin1String("No models")));
}
