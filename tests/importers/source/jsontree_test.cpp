// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/source/importerror.h"
#include "importers/source/jsontree.h"
#include "importers/source/sourcenode.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace Quorum;
using Catch::Matchers::ContainsSubstring;

namespace {

ImportError parseError(const QByteArray &json, const ImportLimits &limits = {})
{
    try {
        parseJsonDocument(json, QStringLiteral("report.json"), limits);
    } catch (const ImportError &e) {
        return e;
    }
    FAIL("the document was accepted");
    return ImportError(ImportErrorKind::Invalid, {}, {}, {});
}

std::string text(const QString &s)
{
    return s.toStdString();
}

} // namespace

TEST_CASE("A well-formed JSON document is returned as its object or array", "[importers]")
{
    const QJsonValue object
        = parseJsonDocument("\xEF\xBB\xBF{\"a\": [1, 2.5, \"x\"]}", QStringLiteral("f.json"), {});
    REQUIRE(object.isObject());
    CHECK(object.toObject().value(QStringLiteral("a")).toArray().at(1).toDouble() == 2.5);
    CHECK(parseJsonDocument("[true]", QStringLiteral("f.json"), {}).toArray().at(0).toBool());
}

TEST_CASE("A truncated JSON document is refused with the line and column", "[importers]")
{
    const ImportError e = parseError("{\n  \"metrics\": [\n    {\"a\": 1");
    CHECK(e.kind() == ImportErrorKind::Malformed);
    CHECK_THAT(text(e.message()), ContainsSubstring("report.json: line 3, column"));
    CHECK_THAT(text(e.message()), ContainsSubstring("expected valid JSON"));
}

TEST_CASE("An empty file is refused as not a JSON document", "[importers]")
{
    CHECK_THAT(text(parseError("  \n").message()),
               ContainsSubstring("report.json: the file is empty; expected a JSON document"));
}

TEST_CASE("Python's NaN and Infinity tokens are read and refused by key path", "[importers]")
{
    const QJsonValue value = parseJsonDocument(
        "{\"a\": NaN, \"b\": -Infinity, \"c\": \"NaN inside text\", \"d\": [Infinity]}",
        QStringLiteral("r.json"), {});
    const SourceNode root(value, QStringLiteral("r.json"));
    CHECK(root[QStringLiteral("c")].text() == QStringLiteral("NaN inside text"));
    try {
        (void)root[QStringLiteral("a")].number();
        FAIL("NaN was accepted");
    } catch (const ImportError &e) {
        CHECK(text(e.message()) == "r.json: a: expected a finite number, found NaN");
    }
    try {
        (void)root[QStringLiteral("d")].at(0).number();
        FAIL("Infinity was accepted");
    } catch (const ImportError &e) {
        CHECK_THAT(text(e.message()), ContainsSubstring("r.json: d[0]: expected a finite number"));
    }
}

TEST_CASE("A syntax error after a quoted NaN still points into the original text", "[importers]")
{
    const ImportError e = parseError("{\"a\": NaN, \"b\": NaN,\n \"c\": }");
    CHECK_THAT(text(e.message()), ContainsSubstring("line 2, column"));
}

TEST_CASE("Numbers too large for a double are refused by key path", "[importers]")
{
    const QJsonValue value = parseJsonDocument("{\"n\": 1e400, \"m\": [-2E+999], \"ok\": 1e300}",
                                               QStringLiteral("r.json"), {});
    const SourceNode root(value, QStringLiteral("r.json"));
    CHECK(root[QStringLiteral("ok")].number() == 1e300);
    try {
        (void)root[QStringLiteral("n")].number();
        FAIL("1e400 was accepted");
    } catch (const ImportError &e) {
        CHECK(text(e.message())
              == "r.json: n: expected a finite number, found 1e400 (infinite or too large for a "
                 "double)");
    }
    try {
        (void)root[QStringLiteral("m")].at(0).number();
        FAIL("-2E+999 was accepted");
    } catch (const ImportError &e) {
        CHECK_THAT(text(e.message()), ContainsSubstring("r.json: m[0]: expected a finite number"));
    }
}

TEST_CASE("Deep nesting is refused before Qt parses it", "[importers]")
{
    const ImportError e = parseError(QByteArray(10'000, '['));
    CHECK(e.kind() == ImportErrorKind::Malformed);
    CHECK_THAT(text(e.message()),
               ContainsSubstring("line 1, column 65: nested deeper than 64 levels"));
}

TEST_CASE("A document with more values than the cap is refused", "[importers]")
{
    ImportLimits limits;
    limits.maxNodes = 100;
    QByteArray json = "[";
    for (int i = 0; i < 200; ++i) {
        json += "1,";
    }
    json += "1]";
    const ImportError e = parseError(json, limits);
    CHECK(e.kind() == ImportErrorKind::TooLarge);
    CHECK_THAT(text(e.message()), ContainsSubstring("more than 100 values"));
}

TEST_CASE("Invalid UTF-8 and binary data are refused with their position", "[importers]")
{
    CHECK_THAT(text(parseError("{\"a\":\n \"\xFF\"}").message()),
               ContainsSubstring("report.json: line 2, column 3: invalid UTF-8 (byte 0xFF)"));
    CHECK_THAT(text(parseError(QByteArray("{\"a\": \"\0\"}", 10)).message()),
               ContainsSubstring("line 1, column 8: binary data (byte 0x00), expected text"));
    // An overlong encoding of "/" and a lone continuation byte.
    CHECK_THAT(text(parseError("[\"\xC0\xAF\"]").message()), ContainsSubstring("invalid UTF-8"));
    CHECK_THAT(text(parseError("[\"\x80\"]").message()), ContainsSubstring("byte 0x80"));
}
