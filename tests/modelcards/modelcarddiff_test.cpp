// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelcards/modelcarddiff.h"

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using Kind = ModelCardFieldChange::Kind;

namespace {

QString json(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

TEST_CASE("identical cards have no differences", "[modelcards][diff]")
{
    const QString card = json(R"({"model_details":{"name":"Fraud","overview":"Scores payments"},
        "considerations":{"limitations":[{"description":"EU data only"}]}})");
    CHECK(diffModelCards(card, card).empty());
}

TEST_CASE("a changed overview is one changed field with old and new text", "[modelcards][diff]")
{
    const auto changes
        = diffModelCards(json(R"({"model_details":{"name":"Fraud","overview":"Old"}})"),
                         json(R"({"model_details":{"name":"Fraud","overview":"New"}})"));
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].kind == Kind::Changed);
    CHECK(changes[0].path == QStringLiteral("model_details.overview"));
    CHECK(changes[0].before == QStringLiteral("Old"));
    CHECK(changes[0].after == QStringLiteral("New"));
}

TEST_CASE("added and removed fields are listed with the value they had", "[modelcards][diff]")
{
    const auto changes = diffModelCards(
        json(R"({"model_details":{"name":"Fraud","documentation":"wiki"}})"),
        json(R"({"model_details":{"name":"Fraud"},"model_parameters":{"input_format":"CSV"}})"));
    REQUIRE(changes.size() == 2);
    // MCT order: model_details (removed documentation) before model_parameters (added).
    CHECK(changes[0].kind == Kind::Removed);
    CHECK(changes[0].path == QStringLiteral("model_details.documentation"));
    CHECK(changes[0].before == QStringLiteral("wiki"));
    CHECK(changes[0].after.isEmpty());
    CHECK(changes[1].kind == Kind::Added);
    CHECK(changes[1].path == QStringLiteral("model_parameters.input_format"));
    CHECK(changes[1].before.isEmpty());
    CHECK(changes[1].after == QStringLiteral("CSV"));
}

TEST_CASE("nested arrays are compared element by element with index paths", "[modelcards][diff]")
{
    const auto changes = diffModelCards(
        json(R"({"considerations":{"limitations":[{"description":"A"},{"description":"B"}]},
            "quantitative_analysis":{"performance_metrics":[{"type":"accuracy","value":0.91}]}})"),
        json(R"({"considerations":{"limitations":[{"description":"A"},{"description":"C"},
            {"description":"D"}]},
            "quantitative_analysis":{"performance_metrics":[{"type":"accuracy","value":0.93}]}})"));
    REQUIRE(changes.size() == 3);
    // quantitative_analysis comes before considerations in MCT order.
    CHECK(changes[0].path == QStringLiteral("quantitative_analysis.performance_metrics[0].value"));
    CHECK(changes[0].before == QStringLiteral("0.91"));
    CHECK(changes[0].after == QStringLiteral("0.93"));
    CHECK(changes[1].kind == Kind::Changed);
    CHECK(changes[1].path == QStringLiteral("considerations.limitations[1].description"));
    CHECK(changes[1].before == QStringLiteral("B"));
    CHECK(changes[1].after == QStringLiteral("C"));
    CHECK(changes[2].kind == Kind::Added);
    CHECK(changes[2].path == QStringLiteral("considerations.limitations[2].description"));
    CHECK(changes[2].after == QStringLiteral("D"));
}

TEST_CASE("a removed array element stands where it was in the old card", "[modelcards][diff]")
{
    const auto changes = diffModelCards(
        json(R"({"model_details":{"name":"N","owners":[{"name":"Ann"},{"name":"Bob"}],
            "overview":"O1"}})"),
        json(R"({"model_details":{"name":"N","owners":[{"name":"Ann"}],"overview":"O2"}})"));
    REQUIRE(changes.size() == 2);
    // MCT order inside model_details: name, overview, owners.
    CHECK(changes[0].path == QStringLiteral("model_details.overview"));
    CHECK(changes[1].kind == Kind::Removed);
    CHECK(changes[1].path == QStringLiteral("model_details.owners[1].name"));
    CHECK(changes[1].before == QStringLiteral("Bob"));
}

TEST_CASE("numbers, booleans and empty lists are shown as text", "[modelcards][diff]")
{
    const auto changes
        = diffModelCards(json(R"({"model_parameters":{"data":[{"name":"train","sensitive":false}]},
            "considerations":{"users":[]}})"),
                         json(R"({"model_parameters":{"data":[{"name":"train","sensitive":true}]},
            "considerations":{"users":[{"description":"Analysts"}]}})"));
    REQUIRE(changes.size() == 3);
    CHECK(changes[0].path == QStringLiteral("model_parameters.data[0].sensitive"));
    CHECK(changes[0].before == QStringLiteral("false"));
    CHECK(changes[0].after == QStringLiteral("true"));
    CHECK(changes[1].kind == Kind::Removed);
    CHECK(changes[1].path == QStringLiteral("considerations.users"));
    CHECK(changes[1].before == QStringLiteral("[]"));
    CHECK(changes[2].kind == Kind::Added);
    CHECK(changes[2].path == QStringLiteral("considerations.users[0].description"));
}

TEST_CASE("invalid or empty JSON counts as an empty card", "[modelcards][diff]")
{
    const QString card = json(R"({"model_details":{"name":"Fraud","version":{"name":"1.2.0"}}})");
    const auto fromBroken = diffModelCards(json("{not json"), card);
    REQUIRE(fromBroken.size() == 2);
    CHECK(fromBroken[0].kind == Kind::Added);
    CHECK(fromBroken[0].path == QStringLiteral("model_details.name"));
    CHECK(fromBroken[1].path == QStringLiteral("model_details.version.name"));
    CHECK(fromBroken[1].after == QStringLiteral("1.2.0"));

    const auto toEmpty = diffModelCards(card, QString());
    REQUIRE(toEmpty.size() == 2);
    CHECK(toEmpty[0].kind == Kind::Removed);
    CHECK(toEmpty[1].kind == Kind::Removed);
    CHECK(diffModelCards(json("[1,2]"), QString()).empty());
}
