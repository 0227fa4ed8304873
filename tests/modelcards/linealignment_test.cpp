// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelcards/linealignment.h"

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using Kind = AlignedLine::Kind;

namespace {

QStringList lines(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

/// The rows as "K left|right" with K one of = ~ + -, for compact comparison.
QStringList rendered(const std::vector<AlignedLine> &rows)
{
    QStringList out;
    for (const AlignedLine &row : rows) {
        const char *mark = row.kind == Kind::Same ? "="
            : row.kind == Kind::Changed           ? "~"
            : row.kind == Kind::Added             ? "+"
                                                  : "-";
        out << QString::fromLatin1(mark) + QLatin1Char(' ') + row.left + QLatin1Char('|')
                + row.right;
    }
    return out;
}

} // namespace

TEST_CASE("equal texts align line for line", "[modelcards][alignment]")
{
    const auto rows = alignLines(lines("a b c"), lines("a b c"));
    CHECK(
        rendered(rows)
        == QStringList{QStringLiteral("= a|a"), QStringLiteral("= b|b"), QStringLiteral("= c|c")});
    CHECK(rows[2].leftLine == 2);
    CHECK(rows[2].rightLine == 2);
}

TEST_CASE("a replaced line is one changed row between equal lines", "[modelcards][alignment]")
{
    const auto rows = alignLines(lines("a b c"), lines("a X c"));
    CHECK(
        rendered(rows)
        == QStringList{QStringLiteral("= a|a"), QStringLiteral("~ b|X"), QStringLiteral("= c|c")});
}

TEST_CASE("inserted and deleted lines leave the other side empty", "[modelcards][alignment]")
{
    // LCS of "a b c d" and "a c d e" is "a c d": b removed, e added.
    const auto rows = alignLines(lines("a b c d"), lines("a c d e"));
    CHECK(rendered(rows)
          == QStringList{QStringLiteral("= a|a"), QStringLiteral("- b|"), QStringLiteral("= c|c"),
                         QStringLiteral("= d|d"), QStringLiteral("+ |e")});
    CHECK(rows[1].rightLine == -1);
    CHECK(rows[4].leftLine == -1);
    CHECK(rows[4].rightLine == 3);
}

TEST_CASE("more removed than added lines pair what they can", "[modelcards][alignment]")
{
    // between "a" and "z": b c d removed, Y added -> b~Y, then c and d removed.
    const auto rows = alignLines(lines("a b c d z"), lines("a Y z"));
    CHECK(rendered(rows)
          == QStringList{QStringLiteral("= a|a"), QStringLiteral("~ b|Y"), QStringLiteral("- c|"),
                         QStringLiteral("- d|"), QStringLiteral("= z|z")});
}

TEST_CASE("an empty side makes every line added or removed", "[modelcards][alignment]")
{
    CHECK(rendered(alignLines({}, lines("a b")))
          == QStringList{QStringLiteral("+ |a"), QStringLiteral("+ |b")});
    CHECK(rendered(alignLines(lines("a"), {})) == QStringList{QStringLiteral("- a|")});
}

TEST_CASE("very long texts fall back to line-by-line pairing", "[modelcards][alignment]")
{
    QStringList left;
    QStringList right;
    for (int i = 0; i < kMaxAlignedLines + 10; ++i) {
        left << QString::number(i);
        right << QString::number(i + 1); // every line differs from its counterpart
    }
    const auto rows = alignLines(left, right);
    // Line by line: one changed row per line, no LCS search for the shifted lines.
    REQUIRE(rows.size() == size_t(kMaxAlignedLines + 10));
    CHECK(rows.front().kind == Kind::Changed);
    CHECK(rows.front().left == QStringLiteral("0"));
    CHECK(rows.front().right == QStringLiteral("1"));
}

TEST_CASE("two cards differing in their overview differ in exactly that line",
          "[modelcards][alignment]")
{
    const auto rows
        = alignModelCards(QStringLiteral(R"({"model_details":{"name":"F","overview":"Old"}})"),
                          QStringLiteral(R"({"model_details":{"overview":"New","name":"F"}})"));
    // Pretty-printed in MCT order: {, "model_details": {, name, overview, }, }
    REQUIRE(rows.size() == 6);
    CHECK(rows[2].left == QStringLiteral("    \"name\": \"F\","));
    CHECK(rows[3].kind == Kind::Changed);
    CHECK(rows[3].left == QStringLiteral("    \"overview\": \"Old\""));
    CHECK(rows[3].right == QStringLiteral("    \"overview\": \"New\""));
    for (size_t i : {size_t(0), size_t(1), size_t(2), size_t(4), size_t(5)}) {
        CHECK(rows[i].kind == Kind::Same);
    }
}
