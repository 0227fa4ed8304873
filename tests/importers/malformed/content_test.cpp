// SPDX-License-Identifier: GPL-3.0-or-later
// Well-formed files with bad content: wrong types, missing required keys, huge numbers and
// NaN/Infinity. Each is refused naming the file and the key path (or CSV line) and what was
// expected.
#include "parsercall.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace Quorum;
using namespace Quorum::Test;

namespace {

struct Case
{
    Parser parser;
    QByteArray bytes;
    ImportErrorKind kind;
    QStringList fragments; ///< besides the file name: location and expectation words
};

void requireRefused(const Case &c)
{
    const std::optional<ImportError> error = refusal(c.parser, c.bytes);
    QStringList fragments = c.fragments;
    fragments.prepend(fileNameFor(c.parser) + QStringLiteral(": "));
    INFO(parserName(c.parser).toStdString() << " → " << describe(error).toStdString());
    INFO("expected fragments: " << fragments.join(QStringLiteral(" | ")).toStdString());
    CHECK(matches(error, c.kind, fragments));
}

QStringList words(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *word : list) {
        result << QString::fromUtf8(word);
    }
    return result;
}

/// A legacy Evidently report with one DataDriftTable column "age" whose fields are @p fields.
QByteArray driftReport(const QByteArray &fields)
{
    return "{\n\"version\": \"0.3.3\",\n\"metrics\": [{\"metric\": \"DataDriftTable\",\n"
           "\"result\": {\"drift_by_columns\": {\"age\": {\"column_name\": \"age\",\n"
           "\"column_type\": \"num\", \"stattest_name\": \"K-S p_value\",\n"
        + fields + "\n}}}}]}\n";
}

/// A Hugging Face card whose one model-index metric has the YAML fields @p metric.
QByteArray hfCard(const QByteArray &metric)
{
    return "---\nlicense: apache-2.0\nmodel-index:\n- name: emotion\n  results:\n"
           "  - task: {type: text-classification}\n"
           "    dataset: {type: emotion, name: Emotion, split: test}\n"
           "    metrics:\n    - "
        + metric + "\n---\n# Card\n";
}

QByteArray mctMetric(const QByteArray &metric)
{
    return "{\"schema_version\": \"0.0.2\", \"quantitative_analysis\": "
           "{\"performance_metrics\": ["
        + metric + "]}}";
}

constexpr const char *kDriftScorePath = "metrics[0].result.drift_by_columns.age.drift_score";
constexpr const char *kHfValuePath = "model-index[0].results[0].metrics[0].value";
constexpr const char *kMctValuePath = "quantitative_analysis.performance_metrics[0].value";

} // namespace

TEST_CASE("A key of the wrong type is refused with its key path and both types",
          "[importers][malformed]")
{
    requireRefused(GENERATE(
        Case{Parser::MctCard, "{\"model_details\": [\"credit\"]}", ImportErrorKind::Invalid,
             words({"model_details: ", "expected an object, found a list"})},
        Case{Parser::MctCard, "{\"model_details\": {\"owners\": {\"name\": \"Risk team\"}}}",
             ImportErrorKind::Invalid,
             words({"model_details.owners: ", "expected a list, found an object"})},
        Case{Parser::MctCard, mctMetric("{\"type\": \"accuracy\", \"value\": \"abc\"}"),
             ImportErrorKind::Invalid,
             words({kMctValuePath, "expected a number, found the text \"abc\""})},
        Case{Parser::Evidently, "{\"metrics\": {\"metric\": \"DataDriftTable\"}}",
             ImportErrorKind::Invalid, words({"metrics: ", "expected a list, found an object"})},
        Case{Parser::Evidently,
             "{\"metrics\": [{\"metric\": \"DataDriftTable\", \"result\": "
             "{\"drift_by_columns\": [1, 2]}}]}",
             ImportErrorKind::Invalid,
             words({"metrics[0].result.drift_by_columns: ", "expected an object, found a list"})},
        Case{Parser::Evidently,
             driftReport("\"stattest_threshold\": 0.2, \"drift_score\": \"abc\""),
             ImportErrorKind::Invalid, words({kDriftScorePath, "expected a number", "\"abc\""})},
        Case{Parser::HfCard, hfCard("{type: accuracy, value: [94.1]}"), ImportErrorKind::Invalid,
             words({kHfValuePath, "expected a number, found a list"})},
        Case{Parser::EvaluationFile,
             "{\"evaluations\": [{\"metric\": \"accuracy\", \"value\": true}]}",
             ImportErrorKind::Invalid,
             words({"evaluations[0].value", "expected a number, found a boolean"})}));
}

TEST_CASE("A missing required key is refused with its key path", "[importers][malformed]")
{
    requireRefused(GENERATE(
        Case{Parser::HfCard, hfCard("{type: accuracy}"), ImportErrorKind::Invalid,
             words({kHfValuePath, "missing; expected a number"})},
        Case{Parser::HfCard,
             "---\nmodel-index:\n- name: m\n  results:\n  - task: {name: Classification}\n"
             "    dataset: {type: emotion, name: Emotion}\n    metrics: []\n---\n",
             ImportErrorKind::Invalid,
             words({"model-index[0].results[0].task.type: ", "missing; expected text"})},
        Case{Parser::Evidently, driftReport("\"drift_score\": 0.01"), ImportErrorKind::Invalid,
             words({"metrics[0].result.drift_by_columns.age.stattest_threshold: ",
                    "missing; expected a number"})},
        Case{Parser::MctCard, mctMetric("{\"value\": 0.9}"), ImportErrorKind::Invalid,
             words({"quantitative_analysis.performance_metrics[0].type: ", "missing"})},
        Case{Parser::EvaluationFile, "{\"evaluations\": [{\"value\": 0.9}]}",
             ImportErrorKind::Invalid, words({"evaluations[0].metric", "missing"})},
        Case{Parser::EvaluationFile, "metric,split\naccuracy,test\n", ImportErrorKind::Invalid,
             words({"line 1", "value"})}));
}

TEST_CASE("A number too large for a double or a count beyond 2^53 is refused",
          "[importers][malformed]")
{
    requireRefused(GENERATE(
        Case{Parser::Evidently, driftReport("\"stattest_threshold\": 0.2, \"drift_score\": 1e400"),
             ImportErrorKind::Invalid,
             words({kDriftScorePath, "found 1e400 (infinite or too large for a double)"})},
        Case{Parser::HfCard, hfCard("{type: accuracy, value: 1e400}"), ImportErrorKind::Invalid,
             words({kHfValuePath, "found 1e400 (infinite or too large for a double)"})},
        Case{Parser::MctCard, mctMetric("{\"type\": \"accuracy\", \"value\": \"-1e400\"}"),
             ImportErrorKind::Invalid, words({kMctValuePath, "-1e400", "too large"})},
        Case{Parser::MlflowMetric, "99999999999999999999 0.98 0\n", ImportErrorKind::Malformed,
             words({"line 1", "timestamp \"99999999999999999999\""})},
        Case{Parser::EvaluationFile,
             "attribute,group,privileged,tp,fp,tn,fn\n"
             "sex,female,false,99999999999999999999,10,40,10\nsex,male,true,40,10,40,10\n",
             ImportErrorKind::Invalid,
             words({"line 2, column \"tp\": ", "expected a whole number of at most 2^53"})}));
}

TEST_CASE("NaN and Infinity, as Python writes them, are refused where numbers are expected",
          "[importers][malformed]")
{
    SECTION("Python's NaN, Infinity and -Infinity tokens in JSON")
    {
        const auto [token, found] = GENERATE(table<QByteArray, QString>({
            {"NaN", QStringLiteral("found NaN")},
            {"Infinity", QStringLiteral("found Infinity")},
            {"-Infinity", QStringLiteral("found -Infinity")},
        }));
        requireRefused({Parser::Evidently,
                        driftReport("\"stattest_threshold\": 0.2, \"drift_score\": " + token),
                        ImportErrorKind::Invalid,
                        QStringList{QLatin1String(kDriftScorePath),
                                    QStringLiteral("expected a finite number"), found}});
        requireRefused({Parser::MctCard, mctMetric("{\"type\": \"auc\", \"value\": " + token + "}"),
                        ImportErrorKind::Invalid,
                        QStringList{QLatin1String(kMctValuePath), found}});
    }
    SECTION("\"nan\" and \"inf\" text where a number is expected")
    {
        requireRefused(GENERATE(
            Case{Parser::MctCard, mctMetric("{\"type\": \"accuracy\", \"value\": \"nan\"}"),
                 ImportErrorKind::Invalid,
                 words({kMctValuePath, "expected a finite number, found NaN"})},
            Case{Parser::HfCard, hfCard("{type: accuracy, value: .nan}"), ImportErrorKind::Invalid,
                 words({kHfValuePath, "found NaN"})},
            Case{Parser::HfCard, hfCard("{type: accuracy, value: -.inf}"), ImportErrorKind::Invalid,
                 words({kHfValuePath, "found -.inf"})},
            Case{Parser::EvaluationFile, "metric,value\naccuracy,0.9\nf1,nan\n",
                 ImportErrorKind::Invalid, words({"line 3", "value", "NaN"})},
            Case{Parser::EvaluationFile,
                 "{\"evaluations\": [{\"metric\": \"f1\", \"value\": Infinity}]}",
                 ImportErrorKind::Invalid, words({"evaluations[0].value", "Infinity"})}));
    }
}
