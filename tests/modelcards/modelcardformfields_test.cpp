// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelcards/modelcardformfields.h"

#include <QJsonDocument>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

QJsonObject card(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

const char *const kCard = R"({
  "schema_version": "0.0.2",
  "model_details": {"name": "Fraud", "overview": "Scores payments",
    "version": {"name": "1.1.0", "date": "2025-01-10"},
    "licenses": [{"identifier": "proprietary"}]},
  "considerations": {
    "users": [{"description": "Analysts"}],
    "limitations": [{"description": "EU only", "note": "kept"}, {"description": "No cash"}],
    "ethical_considerations": [{"name": "Bias", "mitigation_strategy": "Quarterly audit"}]},
  "quantitative_analysis": {"performance_metrics": [{"type": "accuracy", "value": 0.9}]}
})";

} // namespace

TEST_CASE("the form shows the card's most edited fields", "[modelcards][form]")
{
    const ModelCardFormFields fields = modelCardFormFields(card(kCard));
    CHECK(fields.versionName == QStringLiteral("1.1.0"));
    CHECK(fields.overview == QStringLiteral("Scores payments"));
    CHECK(fields.licence == QStringLiteral("proprietary"));
    CHECK(fields.users == QStringList{QStringLiteral("Analysts")});
    CHECK(fields.limitations == QStringList{QStringLiteral("EU only"), QStringLiteral("No cash")});
    CHECK(fields.useCases.isEmpty());
    REQUIRE(fields.ethicalConsiderations.size() == 1);
    CHECK(fields.ethicalConsiderations[0].name == QStringLiteral("Bias"));
    CHECK(fields.ethicalConsiderations[0].mitigation == QStringLiteral("Quarterly audit"));
}

TEST_CASE("writing back unchanged form fields leaves the card as it was", "[modelcards][form]")
{
    for (const char *json :
         {kCard, "{}", R"({"model_details":{"license":"MIT"},"considerations":{"users":["A"]}})",
          R"({"model_details":{"licenses":[{"custom_text":"Internal"}]},
              "considerations":{"users":[{}]}})"}) {
        const QJsonObject original = card(json);
        CHECK(withModelCardFormFields(original, modelCardFormFields(original)) == original);
    }
}

TEST_CASE("edited form fields are written where the schema keeps them", "[modelcards][form]")
{
    ModelCardFormFields fields = modelCardFormFields(card(kCard));
    fields.overview = QStringLiteral("Scores card payments in real time");
    fields.limitations = {QStringLiteral("EU and UK only")};
    fields.useCases = {QStringLiteral("Block fraud")};
    fields.ethicalConsiderations.push_back({QStringLiteral("Privacy"), QString()});
    const QJsonObject edited = withModelCardFormFields(card(kCard), fields);

    const QJsonObject expected = card(R"({
      "schema_version": "0.0.2",
      "model_details": {"name": "Fraud", "overview": "Scores card payments in real time",
        "version": {"name": "1.1.0", "date": "2025-01-10"},
        "licenses": [{"identifier": "proprietary"}]},
      "considerations": {
        "users": [{"description": "Analysts"}],
        "use_cases": [{"description": "Block fraud"}],
        "limitations": [{"description": "EU and UK only", "note": "kept"}],
        "ethical_considerations": [{"name": "Bias", "mitigation_strategy": "Quarterly audit"},
                                   {"name": "Privacy"}]},
      "quantitative_analysis": {"performance_metrics": [{"type": "accuracy", "value": 0.9}]}
    })");
    CHECK(edited == expected);
}

TEST_CASE("schema 0.0.1 cards keep text lists and the license text", "[modelcards][form]")
{
    ModelCardFormFields fields = modelCardFormFields(card(R"({"model_details":{"license":"MIT"},
                                       "considerations":{"users":["Analysts"]}})"));
    fields.licence = QStringLiteral("Apache-2.0");
    fields.users << QStringLiteral("Auditors");
    CHECK(withModelCardFormFields({}, {}) == QJsonObject());
    const QJsonObject edited = withModelCardFormFields(
        card(R"({"model_details":{"license":"MIT"},"considerations":{"users":["Analysts"]}})"),
        fields);
    CHECK(edited == card(R"({"model_details":{"license":"Apache-2.0"},
                      "considerations":{"users":["Analysts","Auditors"]}})"));
}

TEST_CASE("a licence typed into an empty card becomes licenses[0].identifier", "[modelcards][form]")
{
    ModelCardFormFields fields;
    fields.licence = QStringLiteral("MIT");
    fields.versionName = QStringLiteral("2.0.0");
    CHECK(withModelCardFormFields({}, fields)
          == card(R"({"model_details":{"version":{"name":"2.0.0"},
                                       "licenses":[{"identifier":"MIT"}]}})"));
}
