// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardstestsupport.h"
#include "importers/cards/mctcard.h"

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using Quorum::Test::importErrorOf;
using Quorum::Test::mctFullJsonPath;
using Quorum::Test::readBytes;

namespace {

ImportError refusal(const QByteArray &bytes)
{
    return importErrorOf([&] { parseMctCard(bytes, QStringLiteral("card.json"), ImportLimits{}); });
}

} // namespace

TEST_CASE("An MCT card whose owners are not a list is refused at model_details.owners",
          "[importers][cards]")
{
    const ImportError error = refusal(R"({"model_details": {"owners": {"name": "a"}}})");
    CHECK(error.kind() == ImportErrorKind::Invalid);
    CHECK(error.message()
          == QLatin1String("card.json: model_details.owners: expected a list, found an object"));
}

TEST_CASE("An owner that is not an object, or whose name is not text, is refused by index",
          "[importers][cards]")
{
    CHECK(refusal(R"({"model_details": {"owners": ["alice"]}})").message()
          == QLatin1String("card.json: model_details.owners[0]: expected an object, found the "
                           "text \"alice\""));
    CHECK(refusal(R"({"model_details": {"owners": [{"name": "a"}, {"name": 7}]}})").message()
          == QLatin1String("card.json: model_details.owners[1].name: expected text, found a "
                           "number"));
}

TEST_CASE("A performance metric valued \"abc\" is refused with its key path", "[importers][cards]")
{
    const ImportError error = refusal(
        R"({"quantitative_analysis": {"performance_metrics": [{"type": "accuracy", "value": "0.9"},
            {"type": "f1", "value": "abc"}]}})");
    CHECK(error.kind() == ImportErrorKind::Invalid);
    CHECK(error.message()
          == QLatin1String("card.json: quantitative_analysis.performance_metrics[1].value: "
                           "expected a number, found the text \"abc\""));
}

TEST_CASE("Metric types, thresholds and confidence bounds must have the schema's types",
          "[importers][cards]")
{
    CHECK(
        refusal(R"({"quantitative_analysis": {"performance_metrics": [{"value": 0.9}]}})").message()
        == QLatin1String("card.json: quantitative_analysis.performance_metrics[0].type: missing; "
                         "expected the metric's type as text, e.g. \"accuracy\""));
    CHECK(refusal(R"({"quantitative_analysis": {"performance_metrics": [{"type": "a",
              "threshold": true}]}})")
              .message()
          == QLatin1String("card.json: quantitative_analysis.performance_metrics[0].threshold: "
                           "expected a number, found a boolean"));
    CHECK(refusal(R"({"quantitative_analysis": {"performance_metrics": [{"type": "a",
              "confidence_interval": {"lower_bound": "0.8", "upper_bound": "high"}}]}})")
              .message()
          == QLatin1String("card.json: quantitative_analysis.performance_metrics[0]."
                           "confidence_interval.upper_bound: expected a number, found the text "
                           "\"high\""));
    CHECK(refusal(R"({"quantitative_analysis": {"performance_metrics": [{"type": "a",
              "value": NaN}]}})")
              .message()
          == QLatin1String("card.json: quantitative_analysis.performance_metrics[0].value: "
                           "expected a finite number, found NaN"));
}

TEST_CASE("An unknown top-level key is refused for schema 0.0.2, naming what it allows",
          "[importers][cards]")
{
    const ImportError error = refusal(R"({"schema_version": "0.0.2", "foo": 1})");
    CHECK(error.kind() == ImportErrorKind::Invalid);
    CHECK(error.message()
          == QLatin1String("card.json: foo: unknown top-level key \"foo\" (schema v0.0.2 allows: "
                           "considerations, model_details, model_parameters, "
                           "quantitative_analysis, schema_version)"));
}

TEST_CASE("A card whose top level is an array is refused", "[importers][cards]")
{
    const ImportError error = refusal(R"([{"model_details": {}}])");
    CHECK(error.kind() == ImportErrorKind::Invalid);
    CHECK(error.message()
          == QLatin1String("card.json: the document is a list; expected an object (a Model Card "
                           "Toolkit card)"));
}

TEST_CASE("A truncated card is refused with the line and column", "[importers][cards]")
{
    const QByteArray full = readBytes(mctFullJsonPath());
    const ImportError error = refusal(full.left(full.indexOf("\"model_parameters\"")));
    CHECK(error.kind() == ImportErrorKind::Malformed);
    CHECK(error.message().startsWith(QLatin1String("card.json: line ")));
    CHECK(error.message().endsWith(QLatin1String("expected valid JSON")));
}

TEST_CASE("A schema_version other than 0.0.1 or 0.0.2 is refused", "[importers][cards]")
{
    CHECK(refusal(R"({"schema_version": "0.0.3"})").message()
          == QLatin1String("card.json: schema_version: expected \"0.0.1\" or \"0.0.2\", found "
                           "\"0.0.3\""));
    CHECK(refusal(R"({"schema_version": 2})").message()
          == QLatin1String("card.json: schema_version: expected \"0.0.1\" or \"0.0.2\", found a "
                           "number"));
}

TEST_CASE("Shapes of the other schema version are refused", "[importers][cards]")
{
    // 0.0.2 wants objects in considerations and references; 0.0.1 wants text.
    CHECK(refusal(R"({"schema_version": "0.0.2", "considerations": {"limitations": ["x"]}})")
              .message()
          == QLatin1String("card.json: considerations.limitations[0]: expected an object, found "
                           "the text \"x\""));
    CHECK(refusal(R"({"schema_version": "0.0.1", "model_details": {"references":
              [{"reference": "https://a"}]}})")
              .message()
          == QLatin1String("card.json: model_details.references[0]: expected text, found an "
                           "object"));
    CHECK(refusal(R"({"schema_version": "0.0.1"})").message()
          == QLatin1String("card.json: model_details: missing; schema v0.0.1 requires "
                           "model_details (an object)"));
}

TEST_CASE("Licences need an identifier or a custom text; a graphic's image must be text",
          "[importers][cards]")
{
    CHECK(refusal(R"({"model_details": {"licenses": [{"identifier": "MIT"}, {}]}})").message()
          == QLatin1String("card.json: model_details.licenses[1]: expected an identifier or a "
                           "custom_text, found neither"));
    CHECK(refusal(R"({"quantitative_analysis": {"graphics": {"collection": [{"image": 42}]}}})")
              .message()
          == QLatin1String("card.json: quantitative_analysis.graphics.collection[0].image: "
                           "expected text, found a number"));
}

TEST_CASE("A card over the size limit is refused unless limits are lifted", "[importers][cards]")
{
    ImportLimits limits;
    limits.maxDocumentBytes = 64;
    const QByteArray bytes = readBytes(mctFullJsonPath());
    const ImportError error
        = importErrorOf([&] { parseMctCard(bytes, QStringLiteral("full.json"), limits); });
    CHECK(error.kind() == ImportErrorKind::TooLarge);
    CHECK(error.message().startsWith(QLatin1String("full.json: 1.9 KiB, over the limit of")));
    limits.sizeLimit = SizeLimit::Lifted;
    CHECK(parseMctCard(bytes, QStringLiteral("full.json"), limits).performanceMetrics == 1);
}

TEST_CASE("Binary garbage, deep nesting and numbers too large for a double are refused",
          "[importers][cards]")
{
    const ImportError garbage = refusal(QByteArray("\x89PNG\r\n\x1a\n\x00\x00", 10));
    CHECK(garbage.kind() == ImportErrorKind::Malformed);
    CHECK(garbage.message().startsWith(QLatin1String("card.json: line 1, column 1: ")));

    const QByteArray deep
        = "{\"model_details\": " + QByteArray(100, '[') + QByteArray(100, ']') + "}";
    const ImportError nested = refusal(deep);
    CHECK(nested.kind() == ImportErrorKind::Malformed);
    CHECK(nested.message().contains(QLatin1String("nested deeper than 64 levels")));

    const ImportError huge = refusal(
        R"({"quantitative_analysis": {"performance_metrics": [{"type": "a", "value": "1e400"}]}})");
    CHECK(huge.kind() == ImportErrorKind::Invalid);
    CHECK(huge.message().startsWith(
        QLatin1String("card.json: quantitative_analysis.performance_metrics[0].value: expected a "
                      "finite number, found 1e400")));
}
