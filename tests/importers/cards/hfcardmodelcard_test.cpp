// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardstestsupport.h"
#include "importers/mapping/cardmapping.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using Quorum::Test::cardSample;

namespace {

QJsonObject contentOf(const char *name)
{
    const QString file = QString::fromLatin1(name);
    const HfCard card = parseHfCard(cardSample(file), file, ImportLimits{});
    const ImportBatch batch
        = mapHfCard(card, VersionKey{QStringLiteral("m"), QStringLiteral("1.0.0")}, file);
    REQUIRE(batch.cards.size() == 1);
    return QJsonDocument::fromJson(batch.cards[0].item.contentJson.toUtf8()).object();
}

QByteArray compact(const QJsonValue &value)
{
    return value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
}

} // namespace

TEST_CASE("The template card's sections land in the MCT fields they describe", "[importers][cards]")
{
    const QJsonObject content = contentOf("hf_template_README.md");
    const QJsonObject details = content.value(QLatin1String("model_details")).toObject();
    CHECK(details.value(QLatin1String("name")).toString()
          == QLatin1String("Model Card for review-sentiment"));
    CHECK(details.value(QLatin1String("overview")).toString()
          == QLatin1String("Classifies film reviews as positive or negative.\n\nA DistilBERT "
                           "model fine-tuned on IMDb reviews (a sample card for Quorum's tests in "
                           "the\nshape of the Hugging Face model card template)."));
    CHECK(compact(details.value(QLatin1String("licenses")))
          == R"([{"identifier":"quorum-sample-licence"}])");
    CHECK(compact(details.value(QLatin1String("references")))
          == R"([{"reference":"https://example.org/leaderboard"},)"
             R"({"reference":"https://huggingface.co/distilbert-base-uncased"},)"
             R"({"reference":"https://huggingface.co/distilbert-base-multilingual-cased"}])");
    CHECK(compact(details.value(QLatin1String("citations")))
          == R"([{"citation":"Sample et al. (2024). Review sentiment."}])");
    const QString documentation = details.value(QLatin1String("documentation")).toString();
    CHECK(documentation.startsWith(
        QLatin1String("## How to Get Started with the Model\n\n```python")));
    CHECK(documentation.endsWith(QLatin1String("## Model Card Contact\n\nml-team@example.org")));

    const QJsonObject considerations = content.value(QLatin1String("considerations")).toObject();
    CHECK(compact(considerations.value(QLatin1String("use_cases")))
          == R"([{"description":"Sorting English and French film reviews by sentiment."}])");
    CHECK(compact(considerations.value(QLatin1String("limitations")))
          == R"([{"description":"Medical, legal or financial text."}])");
    CHECK(compact(considerations.value(QLatin1String("ethical_considerations")))
          == R"([{"mitigation_strategy":"Check a sample of each dialect before use.",)"
             R"("name":"Reviews written in dialects are misclassified more often."}])");
}

TEST_CASE("Datasets of the front matter and of the results are listed once each",
          "[importers][cards]")
{
    const QJsonObject content = contentOf("hf_template_README.md");
    CHECK(compact(content.value(QLatin1String("model_parameters")))
          == R"({"data":[{"description":"IMDb reviews",)"
             R"("link":"https://huggingface.co/datasets/imdb","name":"imdb"}]})");
}

TEST_CASE("Model-index results become performance metrics with the stored values",
          "[importers][cards]")
{
    const QJsonObject content = contentOf("hf_roberta_emotion_README.md");
    const QJsonArray metrics = content.value(QLatin1String("quantitative_analysis"))
                                   .toObject()
                                   .value(QLatin1String("performance_metrics"))
                                   .toArray();
    REQUIRE(metrics.size() == 6);
    CHECK(compact(metrics.at(0))
          == R"j({"slice":"emotion (test)","type":"accuracy","value":"0.941"})j");
    CHECK(compact(metrics.at(1)) == R"j({"slice":"emotion (test)","type":"f1","value":"0.9413"})j");
    CHECK(
        compact(metrics.at(3))
        == R"j({"slice":"emotion (test)","type":"precision_macro","value":"0.8833042147663716"})j");
    const QJsonObject details = content.value(QLatin1String("model_details")).toObject();
    // No level-1 heading: the name is model-index[0].name.
    CHECK(details.value(QLatin1String("name")).toString()
          == QLatin1String("sagemaker-roberta-base-emotion"));
}

TEST_CASE("The Trainer's placeholders are left out and its title text is the overview",
          "[importers][cards]")
{
    const QJsonObject content = contentOf("hf_distilbert_emotion_README.md");
    const QJsonObject details = content.value(QLatin1String("model_details")).toObject();
    CHECK(details.value(QLatin1String("overview")).toString()
          == QLatin1String("This model is a fine-tuned version of distilbert-base-uncased on the "
                           "emotion dataset\n(a sample card for Quorum's tests in the shape the "
                           "Trainer writes)."));
    CHECK_FALSE(content.contains(QLatin1String("considerations")));
    const QString documentation = details.value(QLatin1String("documentation")).toString();
    CHECK_FALSE(documentation.contains(QLatin1String("More information needed")));
    CHECK(documentation.startsWith(QLatin1String("### Training hyperparameters\n\n")));
}

TEST_CASE("The MCT content made from each Hugging Face sample passes the MCT parser",
          "[importers][cards]")
{
    for (const char *name :
         {"hf_roberta_emotion_README.md", "hf_distilbert_emotion_README.md",
          "hf_qa_squad_README.md", "hf_template_README.md", "hf_no_front_matter_README.md"}) {
        INFO(name);
        const QJsonObject content = contentOf(name);
        const MctCard card = parseMctCard(QJsonDocument(content).toJson(),
                                          QStringLiteral("generated.json"), ImportLimits{});
        CHECK(card.schemaVersion == QLatin1String("0.0.2"));
        CHECK(card.warnings.isEmpty());
        CHECK(card.content == content);
    }
}
