// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardstestsupport.h"
#include "importers/cards/hfcard.h"

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using Quorum::Test::cardSample;

namespace {

HfCard sample(const char *name)
{
    const QString file = QString::fromLatin1(name);
    return parseHfCard(cardSample(file), file, ImportLimits{});
}

QStringList headings(const HfCard &card)
{
    QStringList list;
    for (const HfSection &section : card.sections) {
        list.append(QString::number(section.level) + QLatin1Char(' ') + section.heading);
    }
    return list;
}

} // namespace

TEST_CASE("The SageMaker emotion card gives its metadata and both result blocks as written",
          "[importers][cards]")
{
    const HfCard card = sample("hf_roberta_emotion_README.md");
    CHECK(card.license == QLatin1String("apache-2.0"));
    CHECK(card.languages == QStringList{QStringLiteral("en")});
    CHECK(card.datasets == QStringList{QStringLiteral("emotion")});
    CHECK(card.tags.size() == 3);
    REQUIRE(card.results.size() == 2);

    const HfResult &selfReported = card.results[0];
    CHECK(selfReported.modelName == QLatin1String("sagemaker-roberta-base-emotion"));
    CHECK(selfReported.keyPath == QLatin1String("model-index[0].results[0]"));
    CHECK(selfReported.taskType == QLatin1String("text-classification"));
    CHECK(selfReported.datasetType == QLatin1String("emotion"));
    CHECK(selfReported.datasetSplit.isEmpty());
    REQUIRE(selfReported.metrics.size() == 2);
    CHECK(selfReported.metrics[0].type == QLatin1String("accuracy"));
    CHECK(selfReported.metrics[0].value == 94.1); // as written; scaling is the mapping's job
    CHECK(selfReported.metrics[1].value == 94.13);
    CHECK(selfReported.metrics[1].name == QLatin1String("Validation F1"));
    CHECK_FALSE(selfReported.metrics[0].verified);

    const HfResult &verified = card.results[1];
    CHECK(verified.keyPath == QLatin1String("model-index[0].results[1]"));
    CHECK(verified.datasetSplit == QLatin1String("test"));
    CHECK(verified.datasetConfig == QLatin1String("default"));
    REQUIRE(verified.metrics.size() == 4);
    CHECK(verified.metrics[1].value == 0.8833042147663716);
    CHECK(verified.metrics[1].name == QLatin1String("Precision Macro"));
    CHECK(verified.metrics[3].type == QLatin1String("loss"));
    for (const HfMetric &metric : verified.metrics) {
        CHECK(metric.verified);
    }
}

TEST_CASE("Headings inside fenced code are text; the body is cut at the others",
          "[importers][cards]")
{
    const HfCard roberta = sample("hf_roberta_emotion_README.md");
    CHECK(roberta.title.isEmpty()); // it has no level-1 heading
    CHECK(headings(roberta)
          == QStringList{QStringLiteral("2 roberta-base"), QStringLiteral("2 Hyperparameters"),
                         QStringLiteral("2 Validation Metrics")});
    CHECK(roberta.sections[1].text.startsWith(QLatin1String("```json\n{")));
    CHECK(roberta.sections[1].text.endsWith(QLatin1String("}\n```")));

    const HfCard card = sample("hf_template_README.md");
    CHECK(card.title == QLatin1String("Model Card for review-sentiment"));
    CHECK(card.preamble.isEmpty());
    CHECK(headings(card)
          == QStringList{QStringLiteral("1 Model Card for review-sentiment"),
                         QStringLiteral("2 Model Details"), QStringLiteral("3 Model Description"),
                         QStringLiteral("2 Uses"), QStringLiteral("3 Direct Use"),
                         QStringLiteral("3 Out-of-Scope Use"),
                         QStringLiteral("2 Bias, Risks, and Limitations"),
                         QStringLiteral("3 Recommendations"),
                         QStringLiteral("2 How to Get Started with the Model"),
                         QStringLiteral("2 Citation"), QStringLiteral("2 Model Card Contact")});
    const QString &code = card.sections[8].text;
    CHECK(code.contains(QLatin1String("# This comment is code, not a heading")));
    CHECK(code.contains(QLatin1String("## neither is this")));
    CHECK(card.sections[0].text
          == QLatin1String("Classifies film reviews as positive or negative."));
    CHECK(card.sections[1].text.isEmpty()); // sub-sections are not part of their parent's text
}

TEST_CASE("The template card's licence, languages, base models and args are read",
          "[importers][cards]")
{
    const HfCard card = sample("hf_template_README.md");
    CHECK(card.license == QLatin1String("quorum-sample-licence")); // license: other + license_name
    CHECK(card.languages == QStringList{QStringLiteral("en"), QStringLiteral("fr")});
    CHECK(card.libraryName == QLatin1String("transformers"));
    CHECK(card.baseModels
          == QStringList{QStringLiteral("distilbert-base-uncased"),
                         QStringLiteral("distilbert-base-multilingual-cased")});
    REQUIRE(card.results.size() == 1);
    CHECK(card.results[0].datasetName == QLatin1String("IMDb reviews"));
    CHECK(card.results[0].datasetSplit == QLatin1String("dev"));
    CHECK(card.results[0].sourceUrl == QLatin1String("https://example.org/leaderboard"));
    REQUIRE(card.results[0].metrics.size() == 2);
    CHECK(card.results[0].metrics[1].average == QLatin1String("weighted"));
    CHECK(card.results[0].metrics[1].value == 0.9);
    CHECK(card.metadata.value(QLatin1String("license_link")).toString()
          == QLatin1String("LICENSE"));
}

TEST_CASE("A Trainer card's opening HTML comment is left out and its dataset args ignored",
          "[importers][cards]")
{
    const HfCard card = sample("hf_distilbert_emotion_README.md");
    CHECK(card.preamble.isEmpty());
    CHECK(card.title == QLatin1String("distilbert-base-uncased-finetuned-emotion"));
    REQUIRE(card.results.size() == 2);
    CHECK(card.results[0].metrics.size() == 2);
    CHECK(card.results[0].metrics[0].average.isEmpty());
    CHECK(card.results[1].metrics.size() == 6);
    CHECK(card.results[1].metrics[5].verified);
    CHECK(card.sections.size() == 6);
}

TEST_CASE("Front matter with a byte-order mark, CRLF lines and trailing spaces is read",
          "[importers][cards]")
{
    const QByteArray bytes = "\xEF\xBB\xBF---  \r\nlicense: mit\r\nlanguage: de\r\n--- \r\n"
                             "# Title\r\n\r\nText.\r\n## Uses\r\nAll of them.\r\n";
    const HfCard card = parseHfCard(bytes, QStringLiteral("README.md"), ImportLimits{});
    CHECK(card.license == QLatin1String("mit"));
    CHECK(card.languages == QStringList{QStringLiteral("de")});
    CHECK(card.title == QLatin1String("Title"));
    REQUIRE(card.sections.size() == 2);
    CHECK(card.sections[0].text == QLatin1String("Text."));
    CHECK(card.sections[1].text == QLatin1String("All of them."));
}

TEST_CASE("Blank lines before the front matter are allowed; an empty front matter is no data",
          "[importers][cards]")
{
    const HfCard leading = parseHfCard("\n---\nlicense: mit\n---\nBody.\n",
                                       QStringLiteral("README.md"), ImportLimits{});
    CHECK(leading.license == QLatin1String("mit"));
    CHECK(leading.preamble == QLatin1String("Body."));

    const HfCard empty
        = parseHfCard("---\n---\n# T\n", QStringLiteral("README.md"), ImportLimits{});
    CHECK(empty.metadata.isEmpty());
    CHECK(empty.results.empty());
    CHECK(empty.title == QLatin1String("T"));
}

TEST_CASE("A card without front matter has no results but keeps its sections", "[importers][cards]")
{
    const HfCard card = sample("hf_no_front_matter_README.md");
    CHECK(card.metadata.isEmpty());
    CHECK(card.results.empty());
    CHECK(card.title == QLatin1String("churn-model"));
    CHECK(headings(card)
          == QStringList{QStringLiteral("1 churn-model"), QStringLiteral("2 Intended use"),
                         QStringLiteral("2 Limitations")});
    CHECK(card.sections[2].text == QLatin1String("Trained on one region only."));
}

TEST_CASE("ATX headings: closing hashes are dropped, #tags and indented code are not headings",
          "[importers][cards]")
{
    const QByteArray bytes = "Intro\n## Closed ##\nbody\n#hashtag\n    # indented code\n"
                             "####### seven\n   ### Three spaces\n";
    const HfCard card = parseHfCard(bytes, QStringLiteral("README.md"), ImportLimits{});
    CHECK(card.preamble == QLatin1String("Intro"));
    REQUIRE(card.sections.size() == 2);
    CHECK(card.sections[0].heading == QLatin1String("Closed"));
    CHECK(card.sections[0].text
          == QLatin1String("body\n#hashtag\n    # indented code\n####### seven"));
    CHECK(card.sections[1].level == 3);
    CHECK(card.sections[1].heading == QLatin1String("Three spaces"));
}
