// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardstestsupport.h"
#include "importers/cards/mctcard.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using Quorum::Test::cardSample;
using Quorum::Test::mctFullJsonPath;
using Quorum::Test::readBytes;

namespace {

QJsonValue at(const QJsonObject &object, const QString &dottedPath)
{
    QJsonValue value = object;
    for (const QString &key : dottedPath.split(QLatin1Char('.'))) {
        bool isIndex = false;
        const int index = key.toInt(&isIndex);
        value = isIndex ? value.toArray().at(index) : value.toObject().value(key);
    }
    return value;
}

QString text(const QJsonObject &object, const char *dottedPath)
{
    return at(object, QString::fromLatin1(dottedPath)).toString();
}

qsizetype count(const QJsonObject &object, const char *dottedPath)
{
    return at(object, QString::fromLatin1(dottedPath)).toArray().size();
}

} // namespace

TEST_CASE("MCT's full.json parses as schema 0.0.2 with every section's counts and values",
          "[importers][cards]")
{
    const MctCard card
        = parseMctCard(readBytes(mctFullJsonPath()), QStringLiteral("full.json"), ImportLimits{});
    CHECK(card.schemaVersion == QLatin1String("0.0.2"));
    CHECK(card.modelName == QLatin1String("name"));
    CHECK(card.versionName == QLatin1String("v1.0"));
    CHECK(card.performanceMetrics == 1);

    const QJsonObject &c = card.content;
    CHECK(c.keys().size() == 5);
    CHECK(count(c, "model_details.owners") == 2);
    CHECK(text(c, "model_details.owners.1.contact") == QLatin1String("contact2@email.com"));
    CHECK(text(c, "model_details.version.date") == QLatin1String("2020/02/02"));
    CHECK(text(c, "model_details.licenses.0.identifier") == QLatin1String("Apache-2.0"));
    CHECK(count(c, "model_details.references") == 2);
    CHECK(text(c, "model_details.references.1.reference")
          == QLatin1String("https://arxiv.org/abs/1801.04381"));
    CHECK(count(c, "model_details.citations") == 1);
    CHECK(text(c, "model_details.path") == QLatin1String("my/model/path"));
    CHECK(count(c, "model_parameters.data") == 1);
    CHECK(text(c, "model_parameters.data.0.sensitive.sensitive_data.0") == QLatin1String("age"));
    CHECK(count(c, "model_parameters.data.0.graphics.collection") == 2);
    CHECK(text(c, "model_parameters.input_format") == QLatin1String("32-char-len-text"));
    CHECK(text(c, "model_parameters.output_format_map.0.value")
          == QLatin1String("64-char-len-text"));

    // Metric values and bounds are text in this card; they are kept as text.
    const QJsonValue value
        = at(c, QStringLiteral("quantitative_analysis.performance_metrics.0.value"));
    CHECK(value.isString());
    CHECK(value.toString() == QLatin1String("0.9"));
    CHECK(text(c, "quantitative_analysis.performance_metrics.0.slice") == QLatin1String("overall"));
    CHECK(text(c, "quantitative_analysis.performance_metrics.0.confidence_interval.lower_bound")
          == QLatin1String("0.85"));
    CHECK(text(c, "quantitative_analysis.performance_metrics.0.confidence_interval.upper_bound")
          == QLatin1String("0.95"));
    CHECK(count(c, "quantitative_analysis.graphics.collection") == 1);
    CHECK(count(c, "considerations.use_cases") == 1);
    CHECK(count(c, "considerations.limitations") == 2);
    CHECK(text(c, "considerations.limitations.1.description") == QLatin1String("limitations2"));
    CHECK(text(c, "considerations.ethical_considerations.0.mitigation_strategy")
          == QLatin1String("mitigation strategy"));
}

TEST_CASE("The placeholder images of full.json are kept and reported, each by key path",
          "[importers][cards]")
{
    const MctCard card
        = parseMctCard(readBytes(mctFullJsonPath()), QStringLiteral("full.json"), ImportLimits{});
    REQUIRE(card.warnings.size() == 3);
    CHECK(card.warnings.at(0)
          == QLatin1String("model_parameters.data[0].graphics.collection[0].image: not base64 "
                           "image data (found \"{image_bytes}\"); kept as written"));
    CHECK(card.warnings.at(1).startsWith(
        QLatin1String("model_parameters.data[0].graphics.collection[1].image: ")));
    CHECK(card.warnings.at(2).startsWith(
        QLatin1String("quantitative_analysis.graphics.collection[0].image: ")));
    CHECK(text(card.content, "quantitative_analysis.graphics.collection.0.image")
          == QLatin1String("{image_bytes}"));
}

TEST_CASE("A v0.0.1 card keeps its numbers, thresholds and text lists", "[importers][cards]")
{
    const MctCard card = parseMctCard(cardSample(QStringLiteral("mct_v0_0_1.json")),
                                      QStringLiteral("mct_v0_0_1.json"), ImportLimits{});
    CHECK(card.schemaVersion == QLatin1String("0.0.1"));
    CHECK(card.modelName == QLatin1String("Pet photo classifier"));
    CHECK(card.versionName == QLatin1String("v1.0"));
    CHECK(card.performanceMetrics == 3);
    CHECK(card.warnings.isEmpty()); // its image is real base64 PNG data

    const QJsonObject &c = card.content;
    CHECK(text(c, "model_details.license") == QLatin1String("Apache-2.0"));
    CHECK(text(c, "model_details.references.0")
          == QLatin1String("https://www.kaggle.com/c/dogs-vs-cats"));
    CHECK(at(c, QStringLiteral("model_parameters.data.eval.sensitive")) == QJsonValue(false));
    const QJsonObject cat
        = at(c, QStringLiteral("quantitative_analysis.performance_metrics.1")).toObject();
    CHECK(cat.value(QLatin1String("value")).toDouble() == 0.9932885766029358);
    CHECK(cat.value(QLatin1String("threshold")).toDouble() == 0.5);
    CHECK(cat.value(QLatin1String("slice")).toString() == QLatin1String("cat"));
    CHECK(at(cat, QStringLiteral("confidence_interval.upper_bound")).toDouble() == 1.0032885766);
    CHECK(text(c, "considerations.users.0") == QLatin1String("Fans of dogs and cats."));
    CHECK(count(c, "considerations.ethical_considerations") == 1);
}

TEST_CASE("A card without schema_version is read by its shapes", "[importers][cards]")
{
    QJsonObject old
        = QJsonDocument::fromJson(cardSample(QStringLiteral("mct_v0_0_1.json"))).object();
    old.remove(QLatin1String("schema_version"));
    const QByteArray oldBytes = QJsonDocument(old).toJson();
    CHECK(parseMctCard(oldBytes, QStringLiteral("old.json"), ImportLimits{}).schemaVersion
          == QLatin1String("0.0.1"));

    QJsonObject current = QJsonDocument::fromJson(readBytes(mctFullJsonPath())).object();
    current.remove(QLatin1String("schema_version"));
    const QByteArray currentBytes = QJsonDocument(current).toJson();
    CHECK(parseMctCard(currentBytes, QStringLiteral("new.json"), ImportLimits{}).schemaVersion
          == QLatin1String("0.0.2"));

    const QByteArray minimal = R"({"model_details": {"name": "m"}})";
    CHECK(parseMctCard(minimal, QStringLiteral("m.json"), ImportLimits{}).schemaVersion
          == QLatin1String("0.0.2"));
}

TEST_CASE("A v0.0.1 card may carry top-level keys the schema does not declare",
          "[importers][cards]")
{
    const QByteArray bytes
        = R"({"schema_version": "0.0.1", "model_details": {"name": "m"}, "extra": {"a": 1}})";
    const MctCard card = parseMctCard(bytes, QStringLiteral("old.json"), ImportLimits{});
    CHECK(card.content.value(QLatin1String("extra")).toObject().value(QLatin1String("a")).toInt()
          == 1);
}
