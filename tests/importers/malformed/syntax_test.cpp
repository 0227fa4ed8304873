// SPDX-License-Identifier: GPL-3.0-or-later
// Bad syntax in every parser: truncated documents, invalid UTF-8, binary garbage, deep
// nesting and YAML alias bombs. Each is refused as Malformed, naming the file and the line.
#include "parsercall.h"

#include <QElapsedTimer>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <random>

using namespace Quorum;
using namespace Quorum::Test;

namespace {

struct Case
{
    Parser parser;
    QByteArray bytes;
    QStringList fragments; ///< besides the file name
};

void requireRefused(const Case &c, ImportErrorKind kind)
{
    const std::optional<ImportError> error = refusal(c.parser, c.bytes);
    QStringList fragments = c.fragments;
    fragments.prepend(fileNameFor(c.parser));
    INFO(parserName(c.parser).toStdString() << " → " << describe(error).toStdString());
    INFO("expected fragments: " << fragments.join(QStringLiteral(" | ")).toStdString());
    CHECK(matches(error, kind, fragments));
}

/// A small valid-looking document of each parser with "@" where a bad byte goes, on line 2.
QByteArray carrier(Parser parser)
{
    switch (parser) {
    case Parser::JsonTree:
        return "{\n  \"name\": \"caf@\"\n}\n";
    case Parser::YamlTree:
        return "owner: ml-team\nname: caf@\n";
    case Parser::MlflowMetric:
        return "1754216715546 0.98 0\n1754216715736 0.9@ 1\n";
    case Parser::MctCard:
        return "{\n  \"model_details\": {\"name\": \"caf@\"}\n}\n";
    case Parser::HfCard:
        return "---\nlicense: caf@\n---\n# Card\n";
    case Parser::Evidently:
        return "{\n  \"version\": \"0.3@\", \"metrics\": []\n}\n";
    case Parser::EvaluationFile:
        return "metric,value\naccuracy@,0.9\n";
    }
    return {};
}

const Parser kAllParsers[]
    = {Parser::JsonTree, Parser::YamlTree,  Parser::MlflowMetric,  Parser::MctCard,
       Parser::HfCard,   Parser::Evidently, Parser::EvaluationFile};

} // namespace

TEST_CASE("A truncated JSON file is refused with the line where it ends", "[importers][malformed]")
{
    const Case c = GENERATE(
        Case{Parser::JsonTree, "{\n  \"metrics\": [\n    {\"metric\": \"DataDriftTable\"", {}},
        Case{Parser::MctCard, "{\n  \"model_details\": {\n    \"name\": \"credit", {}},
        Case{Parser::Evidently, "{\n  \"version\": \"0.3.3\",\n  \"metrics\": [{\"metric\": ", {}},
        Case{Parser::EvaluationFile,
             "{\n  \"evaluations\": [\n    {\"metric\": \"accuracy\", \"value\": 0.9",
             {}});
    requireRefused(Case{c.parser,
                        c.bytes,
                        {QStringLiteral("line 3, column"), QStringLiteral("expected valid JSON")}},
                   ImportErrorKind::Malformed);
}

TEST_CASE("A truncated YAML document is refused with its line", "[importers][malformed]")
{
    SECTION("an unclosed flow list in a YAML file")
    {
        requireRefused({Parser::YamlTree,
                        "name: clf\ntags: [a, b\n",
                        {QStringLiteral("line "), QStringLiteral("expected valid YAML")}},
                       ImportErrorKind::Malformed);
    }
    SECTION("an unclosed list in a card's front matter names the card's line, not the YAML's")
    {
        // The YAML starts on line 2 of the card; the list opened on line 3 is still open at
        // the end of the front matter (line 4 of the YAML text yaml-cpp saw is line 4 here).
        requireRefused({Parser::HfCard,
                        "---\nlicense: mit\ntags: [a, b\n---\n# Card\n",
                        {QStringLiteral("line 4, column"), QStringLiteral("expected valid YAML")}},
                       ImportErrorKind::Malformed);
    }
    SECTION("a front matter that is never closed names the line that opened it")
    {
        requireRefused({Parser::HfCard,
                        "\n---\nlicense: mit\n# Card\n",
                        {QStringLiteral("line 2"), QStringLiteral("not closed"),
                         QStringLiteral("expected a line \"---\"")}},
                       ImportErrorKind::Malformed);
    }
}

// yaml-cpp 0.7 ends a quoted scalar that is never closed at the end of the text, so
// 'name: "Iris' followed by more lines would read them all into the name.
TEST_CASE("A YAML file cut off inside quoted text is refused", "[importers][malformed]")
{
    requireRefused({Parser::YamlTree,
                    "name: \"Iris\nlifecycle_stage: active\n",
                    {QStringLiteral("line 1, column 7: "),
                     QStringLiteral("the quoted text is not closed; expected a closing \"")}},
                   ImportErrorKind::Malformed);
    requireRefused({Parser::HfCard,
                    "---\nlicense: mit\nlanguage: 'en\n---\n# Card\n",
                    {QStringLiteral("line 3, column 11: "),
                     QStringLiteral("the quoted text is not closed; expected a closing '")}},
                   ImportErrorKind::Malformed);
}

TEST_CASE("Invalid UTF-8 is refused by every parser with the line and the byte",
          "[importers][malformed]")
{
    const auto [bad, shown] = GENERATE(table<QByteArray, QString>({
        {QByteArray("\xC0\xAF"), QStringLiteral("byte 0xC0")}, // overlong "/"
        {QByteArray("\x80"), QStringLiteral("byte 0x80")},     // lone continuation byte
        {QByteArray("\xFF"), QStringLiteral("byte 0xFF")},     // never valid in UTF-8
    }));
    for (const Parser parser : kAllParsers) {
        QByteArray bytes = carrier(parser);
        bytes.replace("@", bad);
        QStringList fragments = {QStringLiteral("line 2")};
        if (parser != Parser::MlflowMetric) { // a metric line is ASCII: any byte is a bad field
            fragments << QStringLiteral("invalid UTF-8 (") + shown + QLatin1Char(')');
        }
        requireRefused({parser, bytes, fragments}, ImportErrorKind::Malformed);
    }
}

TEST_CASE("Binary data is refused by every parser as not text", "[importers][malformed]")
{
    SECTION("a NUL byte is named with its line")
    {
        for (const Parser parser : kAllParsers) {
            QByteArray bytes = carrier(parser);
            bytes.replace("@", QByteArray("\0", 1));
            QStringList fragments = {QStringLiteral("line 2")};
            if (parser != Parser::MlflowMetric) {
                fragments << QStringLiteral("binary data (byte 0x00), expected text");
            }
            requireRefused({parser, bytes, fragments}, ImportErrorKind::Malformed);
        }
    }
    SECTION("random bytes with NULs in them")
    {
        std::mt19937 random(6); // fixed seed: the same garbage on every run
        for (int round = 0; round < 20; ++round) {
            QByteArray bytes(512, '\0');
            for (char &byte : bytes) {
                byte = static_cast<char>(random() % 256);
            }
            bytes[100] = '\0';
            for (const Parser parser : kAllParsers) {
                requireRefused({parser, bytes, {QStringLiteral("line ")}},
                               ImportErrorKind::Malformed);
            }
        }
    }
}

TEST_CASE("A document nested 10,000 levels deep is refused at the depth limit",
          "[importers][malformed]")
{
    const QByteArray brackets(10'000, '[');
    const QString depth = QStringLiteral("nested deeper than 64 levels");
    SECTION("JSON parsers stop at the 65th level, on line 1")
    {
        requireRefused({Parser::JsonTree, brackets, {QStringLiteral("line 1, column 65"), depth}},
                       ImportErrorKind::Malformed);
        requireRefused({Parser::MctCard,
                        "{\"model_details\": " + brackets,
                        {QStringLiteral("line 1, column 82"), depth}},
                       ImportErrorKind::Malformed);
        requireRefused({Parser::Evidently,
                        "{\"metrics\": " + brackets,
                        {QStringLiteral("line 1, column 76"), depth}},
                       ImportErrorKind::Malformed);
        requireRefused({Parser::EvaluationFile,
                        "{\"evaluations\": " + brackets,
                        {QStringLiteral("line 1, column 80"), depth}},
                       ImportErrorKind::Malformed);
    }
    SECTION("YAML parsers stop there too, flow or block style")
    {
        const QByteArray closed = brackets + QByteArray(10'000, ']');
        requireRefused({Parser::YamlTree, closed, {QStringLiteral("line 1, column 65"), depth}},
                       ImportErrorKind::Malformed);
        QByteArray block;
        for (int level = 0; level < 200; ++level) {
            block += QByteArray(level * 2, ' ') + "k:\n";
        }
        requireRefused({Parser::YamlTree, block, {QStringLiteral("line 65, column"), depth}},
                       ImportErrorKind::Malformed);
        requireRefused({Parser::HfCard,
                        "---\ntags: " + closed + "\n---\n",
                        {QStringLiteral("line 2, column 70"), depth}},
                       ImportErrorKind::Malformed);
    }
    SECTION("YAML brackets that are never closed are refused at once, where they start")
    {
        // yaml-cpp takes the open list for a mapping key; refused before it recurses.
        requireRefused({Parser::YamlTree, brackets, {QStringLiteral("line 1, column 1: ")}},
                       ImportErrorKind::Malformed);
    }
}

TEST_CASE("A billion-laughs YAML of under 300 bytes is refused at once, not expanded",
          "[importers][malformed]")
{
    QByteArray bomb = "a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n";
    for (char name = 'b'; name <= 'h'; ++name) {
        const char previous = static_cast<char>(name - 1);
        bomb += QByteArray(1, name) + ": &" + name + " [";
        for (int i = 0; i < 9; ++i) {
            bomb += QByteArray(i == 0 ? "*" : ",*") + previous;
        }
        bomb += "]\n";
    }
    REQUIRE(bomb.size() < 300); // 9^8 = 43,046,721 "lol"s if expanded
    const QString refused = QStringLiteral("YAML anchors (&name) are not accepted");
    QElapsedTimer timer;
    timer.start();
    requireRefused({Parser::YamlTree, bomb, {QStringLiteral("line 1, column"), refused}},
                   ImportErrorKind::Malformed);
    requireRefused({Parser::HfCard,
                    "---\n" + bomb + "---\n# Card\n",
                    {QStringLiteral("line 2, column"), refused}},
                   ImportErrorKind::Malformed);
    CHECK(timer.elapsed() < 1000);
}
