// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardstestsupport.h"
#include "importers/cards/mctcard.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch_test_macros.hpp>

#include <map>

using namespace Quorum;
using Quorum::Test::cardSample;
using Quorum::Test::mctFullJsonPath;
using Quorum::Test::readBytes;

namespace {

/// Every leaf of a JSON value by its key path, with its type kept (a string "0.9" and a number
/// 0.9 differ).
void collectLeaves(const QJsonValue &value, const QString &path, std::map<QString, QJsonValue> &out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        out[path + QStringLiteral("{}")] = object.size();
        for (auto it = object.begin(); it != object.end(); ++it) {
            collectLeaves(it.value(), path + QLatin1Char('.') + it.key(), out);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        out[path + QStringLiteral("[]")] = array.size();
        for (qsizetype i = 0; i < array.size(); ++i) {
            collectLeaves(array.at(i), path + QStringLiteral("[%1]").arg(i), out);
        }
    } else {
        out[path] = value;
    }
}

std::map<QString, QJsonValue> leaves(const QJsonObject &object)
{
    std::map<QString, QJsonValue> out;
    collectLeaves(object, QString(), out);
    return out;
}

} // namespace

TEST_CASE("full.json exported again holds every field of the original, with its type",
          "[importers][cards]")
{
    const QByteArray original = readBytes(mctFullJsonPath());
    const MctCard card = parseMctCard(original, QStringLiteral("full.json"), ImportLimits{});
    const QByteArray exported = exportMctJson(card.content);

    // The original as read by QJsonDocument alone, and the export read the same way.
    const auto expected = leaves(QJsonDocument::fromJson(original).object());
    const auto actual = leaves(QJsonDocument::fromJson(exported).object());
    CHECK(expected.size() == 78); // every value of full.json, counted with Python's json module
    REQUIRE(actual.size() == expected.size());
    for (const auto &[path, value] : expected) {
        INFO(path.toStdString());
        REQUIRE(actual.count(path) == 1);
        CHECK(actual.at(path) == value);
    }
    CHECK(actual.at(QStringLiteral(".quantitative_analysis.performance_metrics[0].value"))
          == QJsonValue(QStringLiteral("0.9")));
}

TEST_CASE("Parse, export and parse again give the same card", "[importers][cards]")
{
    for (const QByteArray &bytes :
         {readBytes(mctFullJsonPath()), cardSample(QStringLiteral("mct_v0_0_1.json"))}) {
        const MctCard first = parseMctCard(bytes, QStringLiteral("card.json"), ImportLimits{});
        const QByteArray exported = exportMctJson(first.content);
        const MctCard second = parseMctCard(exported, QStringLiteral("card.json"), ImportLimits{});
        CHECK(second.content == first.content);
        CHECK(second.schemaVersion == first.schemaVersion);
        CHECK(exportMctJson(second.content) == exported);
    }
}

TEST_CASE("A v0.0.1 card's undeclared threshold and numeric values survive the round trip",
          "[importers][cards]")
{
    const QByteArray bytes = cardSample(QStringLiteral("mct_v0_0_1.json"));
    const MctCard card = parseMctCard(bytes, QStringLiteral("card.json"), ImportLimits{});
    const QJsonObject back = QJsonDocument::fromJson(exportMctJson(card.content)).object();
    const QJsonObject metric = back.value(QLatin1String("quantitative_analysis"))
                                   .toObject()
                                   .value(QLatin1String("performance_metrics"))
                                   .toArray()
                                   .at(0)
                                   .toObject();
    CHECK(metric.value(QLatin1String("threshold")) == QJsonValue(0.5));
    CHECK(metric.value(QLatin1String("value")) == QJsonValue(0.9781249761581421));
}

TEST_CASE("The export is indented UTF-8 with sorted keys and a final newline", "[importers][cards]")
{
    const QByteArray bytes
        = R"({"schema_version": "0.0.2", "model_details": {"name": "Zoë", "overview": "x"}})";
    const QByteArray exported
        = exportMctJson(parseMctCard(bytes, QStringLiteral("card.json"), ImportLimits{}).content);
    CHECK(exported
          == QByteArray("{\n"
                        "    \"model_details\": {\n"
                        "        \"name\": \"Zo\xC3\xAB\",\n"
                        "        \"overview\": \"x\"\n"
                        "    },\n"
                        "    \"schema_version\": \"0.0.2\"\n"
                        "}\n"));
}
