// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardstestsupport.h"
#include "importers/mapping/cardmapping.h"

#include <QJsonDocument>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using Quorum::Test::cardSample;
using Quorum::Test::importErrorOf;
using Quorum::Test::mctFullJsonPath;
using Quorum::Test::readBytes;

namespace {

const VersionKey kKey{QStringLiteral("emotion-classifier"), QStringLiteral("1.2.0")};

ImportBatch mapSample(const char *name)
{
    const QString file = QString::fromLatin1(name);
    const HfCard card = parseHfCard(cardSample(file), file, ImportLimits{});
    return mapHfCard(card, kKey, QStringLiteral("/cards/") + file);
}

struct Expected
{
    const char *metric;
    double value;
    const char *split;
    const char *source;
};

void checkEvaluations(const ImportBatch &batch, const std::vector<Expected> &expected)
{
    REQUIRE(batch.evaluations.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const Evaluation &e = batch.evaluations[i].item;
        INFO("evaluation " << i << ": " << e.metric.toStdString());
        CHECK(batch.evaluations[i].key == kKey);
        CHECK(e.metric == QLatin1String(expected[i].metric));
        CHECK(e.value == expected[i].value);
        CHECK(e.split == QLatin1String(expected[i].split));
        CHECK(e.segment == QLatin1String("all"));
        CHECK(e.source == QLatin1String(expected[i].source));
        CHECK(e.recordedAt.timeSpec() == Qt::UTC);
    }
}

} // namespace

TEST_CASE("Percent-scale self-reported metrics are scaled and verified ones kept, with warnings",
          "[importers][cards]")
{
    const ImportBatch batch = mapSample("hf_roberta_emotion_README.md");
    CHECK(batch.kind == QLatin1String("hf-card"));
    CHECK(batch.source == QLatin1String("/cards/hf_roberta_emotion_README.md"));
    checkEvaluations(
        batch,
        {
            {"accuracy", 0.941, "test",
             "hf-card:hf_roberta_emotion_README.md#model-index[0].results[0].metrics[0]"},
            {"f1", 0.9413, "test",
             "hf-card:hf_roberta_emotion_README.md#model-index[0].results[0].metrics[1]"},
            {"accuracy", 0.931, "test",
             "hf-card:hf_roberta_emotion_README.md#model-index[0].results[1].metrics[0] "
             "(verified)"},
            {"precision_macro", 0.8833042147663716, "test",
             "hf-card:hf_roberta_emotion_README.md#model-index[0].results[1].metrics[1] "
             "(verified)"},
            {"f1_macro", 0.8949974527433656, "test",
             "hf-card:hf_roberta_emotion_README.md#model-index[0].results[1].metrics[2] "
             "(verified)"},
            {"loss", 0.17379647493362427, "test",
             "hf-card:hf_roberta_emotion_README.md#model-index[0].results[1].metrics[3] "
             "(verified)"},
        });
    CHECK(batch.warnings
          == QStringList{QStringLiteral("model-index[0].results[0].metrics[0]: accuracy 94.1 read "
                                        "as a percentage, stored as 0.941"),
                         QStringLiteral("model-index[0].results[0].metrics[1]: f1 94.13 read as "
                                        "a percentage, stored as 0.9413")});
    REQUIRE(batch.cards.size() == 1);
    CHECK(batch.cards[0].item.schemaVersion == QLatin1String("0.0.2"));
}

TEST_CASE("Trainer and verified blocks: averages from the pretty names, splits from the dataset",
          "[importers][cards]")
{
    const ImportBatch batch = mapSample("hf_distilbert_emotion_README.md");
    const QString prefix
        = QStringLiteral("hf-card:hf_distilbert_emotion_README.md#model-index[0].results[");
    std::vector<std::string> sources;
    for (const char *suffix :
         {"0].metrics[0]", "0].metrics[1]", "1].metrics[0] (verified)", "1].metrics[1] (verified)",
          "1].metrics[2] (verified)", "1].metrics[3] (verified)", "1].metrics[4] (verified)",
          "1].metrics[5] (verified)"}) {
        sources.push_back(QString(prefix + QLatin1String(suffix)).toStdString());
    }
    checkEvaluations(batch,
                     {
                         {"accuracy", 0.8885, "test", sources[0].c_str()},
                         {"f1", 0.8818845305609924, "test", sources[1].c_str()},
                         {"accuracy", 0.8885, "validation", sources[2].c_str()},
                         {"precision_macro", 0.8849064522901132, "validation", sources[3].c_str()},
                         {"precision_micro", 0.8885, "validation", sources[4].c_str()},
                         {"recall_weighted", 0.8885, "validation", sources[5].c_str()},
                         {"f1_macro", 0.8031492596189961, "validation", sources[6].c_str()},
                         {"f1_weighted", 0.8818845305609924, "validation", sources[7].c_str()},
                     });
    CHECK(batch.warnings.isEmpty());
}

TEST_CASE("SQuAD exact match and F1 in percent become fractions of the validation split",
          "[importers][cards]")
{
    const ImportBatch batch = mapSample("hf_qa_squad_README.md");
    checkEvaluations(
        batch,
        {
            {"exact_match", 0.795998, "validation",
             "hf-card:hf_qa_squad_README.md#model-index[0].results[0].metrics[0] (verified)"},
            {"f1", 0.869965, "validation",
             "hf-card:hf_qa_squad_README.md#model-index[0].results[0].metrics[1] (verified)"},
        });
    CHECK(batch.warnings
          == QStringList{QStringLiteral("model-index[0].results[0].metrics[0]: exact_match "
                                        "79.5998 read as a percentage, stored as 0.795998"),
                         QStringLiteral("model-index[0].results[0].metrics[1]: f1 86.9965 read "
                                        "as a percentage, stored as 0.869965")});
}

TEST_CASE("args.average names the average; a dev split is validation", "[importers][cards]")
{
    const ImportBatch batch = mapSample("hf_template_README.md");
    REQUIRE(batch.evaluations.size() == 2);
    CHECK(batch.evaluations[0].item.metric == QLatin1String("accuracy"));
    CHECK(batch.evaluations[0].item.split == QLatin1String("validation"));
    CHECK(batch.evaluations[1].item.metric == QLatin1String("f1_weighted"));
    CHECK(batch.evaluations[1].item.value == 0.9);
}

TEST_CASE("A unit-interval metric over 100 is refused; an unknown split is stored as test",
          "[importers][cards]")
{
    const auto card = [](const char *value, const char *split) -> QByteArray {
        return QByteArray("---\nmodel-index:\n- results:\n  - task: {type: t}\n"
                          "    dataset: {type: d, name: d, split: ")
            + split + "}\n    metrics:\n    - {type: f1, value: 0.5}\n"
            + "    - {type: accuracy, value: " + value + "}\n---\n";
    };
    const HfCard over
        = parseHfCard(card("123", "test"), QStringLiteral("README.md"), ImportLimits{});
    const ImportError error
        = importErrorOf([&] { mapHfCard(over, kKey, QStringLiteral("cards/README.md")); });
    CHECK(error.kind() == ImportErrorKind::Invalid);
    CHECK(error.message()
          == QLatin1String("cards/README.md: model-index[0].results[0].metrics[1].value: accuracy "
                           "is 123; expected a fraction in [0, 1] or a percentage in (1, 100]"));

    const HfCard odd
        = parseHfCard(card("0.7", "test_matched"), QStringLiteral("README.md"), ImportLimits{});
    const ImportBatch batch = mapHfCard(odd, kKey, QStringLiteral("README.md"));
    REQUIRE(batch.evaluations.size() == 2);
    CHECK(batch.evaluations[1].item.split == QLatin1String("test"));
    REQUIRE(batch.warnings.size() == 1); // once for the result, not per metric
    CHECK(batch.warnings.at(0)
          == QLatin1String("model-index[0].results[0].dataset.split: \"test_matched\" is not "
                           "train, validation or test; stored as test"));
}

TEST_CASE("A card without front matter gives no evaluations but a model card", "[importers][cards]")
{
    const ImportBatch batch = mapSample("hf_no_front_matter_README.md");
    CHECK(batch.evaluations.empty());
    REQUIRE(batch.cards.size() == 1);
    const QJsonObject content
        = QJsonDocument::fromJson(batch.cards[0].item.contentJson.toUtf8()).object();
    const QJsonObject details = content.value(QLatin1String("model_details")).toObject();
    CHECK(details.value(QLatin1String("name")).toString() == QLatin1String("churn-model"));
    CHECK(details.value(QLatin1String("overview")).toString()
          == QLatin1String("Predicts which customers are likely to leave next month."));
    const QJsonObject considerations = content.value(QLatin1String("considerations")).toObject();
    CHECK(QJsonDocument(considerations).toJson(QJsonDocument::Compact)
          == R"({"limitations":[{"description":"Trained on one region only."}],)"
             R"("use_cases":[{"description":"Prioritising retention calls."}]})");
}

TEST_CASE("An MCT card maps to one model-card revision holding the card as read",
          "[importers][cards]")
{
    const QByteArray bytes = readBytes(mctFullJsonPath());
    const MctCard card = parseMctCard(bytes, QStringLiteral("full.json"), ImportLimits{});
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const ImportBatch batch = mapMctCard(card, kKey, QStringLiteral("cards/full.json"));
    CHECK(batch.kind == QLatin1String("model-card"));
    CHECK(batch.source == QLatin1String("cards/full.json"));
    CHECK(batch.evaluations.empty());
    REQUIRE(batch.cards.size() == 1);
    const ModelCard &stored = batch.cards[0].item;
    CHECK(batch.cards[0].key == kKey);
    CHECK(stored.schemaVersion == QLatin1String("0.0.2"));
    CHECK_FALSE(stored.contentJson.contains(QLatin1Char('\n'))); // compact
    CHECK(QJsonDocument::fromJson(stored.contentJson.toUtf8()).object()
          == QJsonDocument::fromJson(bytes).object());
    CHECK(stored.createdAt.timeSpec() == Qt::UTC);
    CHECK(stored.createdAt >= before);
    CHECK(stored.createdAt <= QDateTime::currentDateTimeUtc());
    CHECK(batch.warnings.size() == 3); // full.json's three "{image_bytes}" placeholders

    const MctCard old = parseMctCard(cardSample(QStringLiteral("mct_v0_0_1.json")),
                                     QStringLiteral("mct_v0_0_1.json"), ImportLimits{});
    CHECK(mapMctCard(old, kKey, QStringLiteral("old.json")).cards[0].item.schemaVersion
          == QLatin1String("0.0.1"));
}
