// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/source/importerror.h"
#include "importers/source/sourcenode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

SourceNode node(const char *json)
{
    return SourceNode(QJsonDocument::fromJson(json).object(), QStringLiteral("card.json"));
}

std::string errorOf(const std::function<void()> &read)
{
    try {
        read();
    } catch (const ImportError &e) {
        CHECK(e.kind() == ImportErrorKind::Invalid);
        return e.message().toStdString();
    }
    FAIL("no error");
    return {};
}

} // namespace

TEST_CASE("Typed reads name the file and the key path of a wrong value", "[importers]")
{
    const SourceNode root = node(R"({"model_details": {"owners": [{"name": "A"}, {"name": 7}],
                                     "version": {"name": "1"}},
                                     "metrics": [{"value": "abc"}, {"value": "0.978"}]})");
    const SourceNode owners = root[QStringLiteral("model_details")][QStringLiteral("owners")];
    CHECK(owners.elements().size() == 2);
    CHECK(owners.at(0)[QStringLiteral("name")].text() == QStringLiteral("A"));
    // A number where text is expected is read as its text.
    CHECK(owners.at(1)[QStringLiteral("name")].text() == QStringLiteral("7"));
    CHECK(errorOf([&] {
              (void)root[QStringLiteral("metrics")].at(0)[QStringLiteral("value")].number();
          })
          == "card.json: metrics[0].value: expected a number, found the text \"abc\"");
    CHECK(root[QStringLiteral("metrics")].at(1)[QStringLiteral("value")].number() == 0.978);
    CHECK(errorOf([&] { (void)root[QStringLiteral("model_details")].requireArray(); })
          == "card.json: model_details: expected a list, found an object");
    CHECK(errorOf([&] { (void)root[QStringLiteral("missing")].text(); })
          == "card.json: missing: missing; expected text");
    CHECK(errorOf([&] {
              (void)root[QStringLiteral("model_details")][QStringLiteral("owners")]
                        [QStringLiteral("name")];
          })
          == "card.json: model_details.owners: expected an object with \"name\", found a list");
}

TEST_CASE("Missing and null values are absent for optional reads", "[importers]")
{
    const SourceNode root = node(R"({"a": null, "b": 3})");
    CHECK_FALSE(root[QStringLiteral("a")].optionalNumber());
    CHECK_FALSE(root[QStringLiteral("zzz")].optionalText());
    CHECK(root[QStringLiteral("zzz")][QStringLiteral("deeper")].isMissing());
    CHECK(root[QStringLiteral("zzz")].elements().empty());
    CHECK(root[QStringLiteral("b")].optionalInteger() == 3);
}

TEST_CASE("Whole numbers refuse fractions and values beyond 2^53", "[importers]")
{
    const SourceNode root = node(R"({"a": 1.5, "b": 1e300, "c": "12", "d": true})");
    CHECK(errorOf([&] { (void)root[QStringLiteral("a")].integer(); })
          == "card.json: a: expected a whole number, found 1.5");
    CHECK(
        errorOf([&] { (void)root[QStringLiteral("b")].integer(); })
        == "card.json: b: expected a whole number of at most 2^53, found 1.0000000000000001e+300");
    CHECK(root[QStringLiteral("c")].integer() == 12);
    CHECK(root[QStringLiteral("d")].boolean());
    CHECK(errorOf([&] { (void)root[QStringLiteral("c")].boolean(); })
          == "card.json: c: expected true or false, found the text \"12\"");
}
