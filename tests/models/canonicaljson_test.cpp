// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/canonicaljson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>

#include <limits>

using namespace Quorum;

// Reference values: RFC 8785 (JSON Canonicalization Scheme) §3.2.2.3 and Appendix B, which
// gives IEEE 754 values with their ECMAScript serialisation.
TEST_CASE("Numbers are written as ECMAScript and RFC 8785 write them", "[models]")
{
    CHECK(canonicalNumber(0.0) == "0");
    CHECK(canonicalNumber(-0.0) == "0");
    CHECK(canonicalNumber(1.0) == "1");
    CHECK(canonicalNumber(-1.5) == "-1.5");
    CHECK(canonicalNumber(0.1) == "0.1");
    CHECK(canonicalNumber(1.0 / 3.0) == "0.3333333333333333");
    CHECK(canonicalNumber(1e21) == "1e+21");
    CHECK(canonicalNumber(1e20) == "100000000000000000000");
    CHECK(canonicalNumber(1e-7) == "1e-7");
    CHECK(canonicalNumber(0.000001) == "0.000001");
    CHECK(canonicalNumber(9007199254740992.0) == "9007199254740992");
    CHECK(canonicalNumber(5e-324) == "5e-324"); // RFC 8785 appendix B
    CHECK(canonicalNumber(1.7976931348623157e308) == "1.7976931348623157e+308");
    CHECK(canonicalNumber(333333333.3333333) == "333333333.3333333");
    CHECK(canonicalNumber(295147905179352830000.0) == "295147905179352830000");
    CHECK(canonicalNumber(4.5) == "4.5");
    CHECK(canonicalNumber(0.002) == "0.002");
    CHECK(canonicalNumber(1e23) == "1e+23");
    CHECK(canonicalNumber(std::numeric_limits<double>::quiet_NaN()) == "null");
}

TEST_CASE("Object keys are sorted by UTF-16 code units, as RFC 8785 §3.2.3 shows", "[models]")
{
    // The RFC's own example: its keys in the order the RFC prints them after sorting.
    QJsonObject object;
    object.insert(QStringLiteral("\u20ac"), QStringLiteral("Euro Sign"));
    object.insert(QStringLiteral("\r"), QStringLiteral("Carriage Return"));
    object.insert(QStringLiteral("\ufb33"), QStringLiteral("Hebrew Letter Dalet With Dagesh"));
    object.insert(QStringLiteral("1"), QStringLiteral("One"));
    object.insert(QString::fromUtf16(u"\U0001F600"), QStringLiteral("Emoji: Grinning Face"));
    object.insert(QStringLiteral("\u0080"), QStringLiteral("Control"));
    object.insert(QStringLiteral("\u00f6"), QStringLiteral("Latin Small Letter O With Diaeresis"));
    const QByteArray json = canonicalJson(object);
    const QByteArray expected
        = QStringLiteral(
              "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
              "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
              "\"%1\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}")
              .arg(QString::fromUtf16(u"\U0001F600"))
              .toUtf8();
    CHECK(json == expected);
}

TEST_CASE("Strings escape only quotes, backslashes and control characters", "[models]")
{
    const QJsonArray array{QStringLiteral("a\"b\\c"), QStringLiteral("line\nbreak\ttab"),
                           QString(QChar(0x1f)), QStringLiteral("Björn → ✓"),
                           QStringLiteral("</script>")};
    CHECK(canonicalJson(array)
          == QStringLiteral(R"(["a\"b\\c","line\nbreak\ttab","\u001f","Björn → ✓","</script>"])")
                 .toUtf8());
}

TEST_CASE("Nested values have no whitespace and keep array order", "[models]")
{
    const QJsonObject object{
        {QStringLiteral("z"), QJsonArray{3, 1, 2}},
        {QStringLiteral("a"),
         QJsonObject{{QStringLiteral("y"), true}, {QStringLiteral("x"), QJsonValue()}}},
        {QStringLiteral("m"), 0.25}};
    CHECK(canonicalJson(object) == R"({"a":{"x":null,"y":true},"m":0.25,"z":[3,1,2]})");
}
