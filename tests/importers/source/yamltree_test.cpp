// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/source/importerror.h"
#include "importers/source/sourcenode.h"
#include "importers/source/yamltree.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace Quorum;
using Catch::Matchers::ContainsSubstring;

namespace {

QJsonValue yaml(const QByteArray &text, const ImportLimits &limits = {})
{
    return parseYamlDocument(text, QStringLiteral("meta.yaml"), limits);
}

std::string yamlError(const QByteArray &text, const ImportLimits &limits = {})
{
    try {
        yaml(text, limits);
    } catch (const ImportError &e) {
        return e.message().toStdString();
    }
    FAIL("the YAML was accepted");
    return {};
}

} // namespace

TEST_CASE("MLflow's meta.yaml reads with scalars kept as written", "[importers]")
{
    const QJsonObject meta = yaml("aliases: []\n"
                                  "creation_timestamp: 1754216715198\n"
                                  "current_stage: None\n"
                                  "description: ''\n"
                                  "experiment_id: '744527609198417912'\n"
                                  "metrics: null\n"
                                  "status_message: ~\n"
                                  "run_link:\n"
                                  "version: 1\n"
                                  "deleted: false\n")
                                 .toObject();
    CHECK(meta.value(QStringLiteral("aliases")).toArray().isEmpty());
    CHECK(meta.value(QStringLiteral("creation_timestamp")).toString()
          == QStringLiteral("1754216715198"));
    // "None" is MLflow's stage name, a string, not YAML's null.
    CHECK(meta.value(QStringLiteral("current_stage")).toString() == QStringLiteral("None"));
    CHECK(meta.value(QStringLiteral("description")).toString().isEmpty());
    CHECK(meta.value(QStringLiteral("description")).isString());
    CHECK(meta.value(QStringLiteral("experiment_id")).toString()
          == QStringLiteral("744527609198417912"));
    CHECK(meta.value(QStringLiteral("metrics")).isNull());
    CHECK(meta.value(QStringLiteral("status_message")).isNull());
    CHECK(meta.value(QStringLiteral("run_link")).isNull());
    CHECK(meta.value(QStringLiteral("deleted")) == QJsonValue(false));
    const SourceNode root(meta, QStringLiteral("meta.yaml"));
    CHECK(root[QStringLiteral("creation_timestamp")].integer() == 1754216715198);
    CHECK(root[QStringLiteral("version")].integer() == 1);
}

TEST_CASE("Nested YAML mappings and sequences keep their structure", "[importers]")
{
    const QJsonObject card = yaml("model-index:\n"
                                  "- name: roberta\n"
                                  "  results:\n"
                                  "  - metrics:\n"
                                  "    - {type: accuracy, value: 94.1}\n")
                                 .toObject();
    const SourceNode root(card, QStringLiteral("README.md"));
    const SourceNode metric = root[QStringLiteral("model-index")]
                                  .at(0)[QStringLiteral("results")]
                                  .at(0)[QStringLiteral("metrics")]
                                  .at(0);
    CHECK(metric.path() == QStringLiteral("model-index[0].results[0].metrics[0]"));
    CHECK(metric[QStringLiteral("value")].number() == 94.1);
}

TEST_CASE("YAML syntax errors name the line", "[importers]")
{
    CHECK_THAT(yamlError("a: 1\nb: [1, 2\n"), ContainsSubstring("meta.yaml: line "));
    CHECK_THAT(yamlError("a: 1\nb: [1, 2\n"), ContainsSubstring("expected valid YAML"));
    CHECK_THAT(yamlError("a: 1\n  b: 2\n"), ContainsSubstring("meta.yaml: line 2"));
    CHECK_THAT(yamlError("a: b: c\n"), ContainsSubstring("meta.yaml: line 1"));
}

TEST_CASE("YAML anchors and aliases are refused, so a billion laughs cannot expand", "[importers]")
{
    const QByteArray laughs = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
                              "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
                              "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                              "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
                              "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
                              "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n";
    QElapsedTimer timer;
    timer.start();
    const std::string message = yamlError(laughs);
    CHECK(message.rfind("meta.yaml: line 1, column 4: YAML anchors (&name) are not accepted", 0)
          == 0);
    // An alias to an anchor that was never defined is refused as well.
    CHECK_THAT(yamlError("a: 1\nb: *a\n"), ContainsSubstring("meta.yaml: line 2"));
}

TEST_CASE("Duplicate YAML keys, deep nesting and several documents are refused", "[importers]")
{
    CHECK_THAT(yamlError("name: a\nname: b\n"),
               ContainsSubstring("line 2, column 1: the key \"name\" appears twice"));
    CHECK_THAT(yamlError(QByteArray(5'000, '[') + QByteArray(5'000, ']')),
               ContainsSubstring("line 1, column 65: nested deeper than 64"));
    CHECK_THAT(yamlError(QByteArray(5'000, '[')), ContainsSubstring("meta.yaml: line 1"));
    CHECK_THAT(yamlError("a: 1\n---\nb: 2\n"), ContainsSubstring("more than one YAML document"));
    CHECK_THAT(yamlError("? [a, b]\n: c\n"), ContainsSubstring("a mapping key must be plain"));
}

TEST_CASE("A YAML document with more values than the cap is refused", "[importers]")
{
    ImportLimits limits;
    limits.maxNodes = 50;
    QByteArray text = "[";
    for (int i = 0; i < 100; ++i) {
        text += "x, ";
    }
    text += "x]";
    try {
        yaml(text, limits);
        FAIL("accepted");
    } catch (const ImportError &e) {
        CHECK(e.kind() == ImportErrorKind::TooLarge);
        CHECK(e.message().startsWith(QStringLiteral("meta.yaml: line 1, column ")));
        CHECK(e.message().endsWith(QStringLiteral(": more than 50 values in one document")));
    }
}

TEST_CASE("Empty YAML is null; invalid UTF-8 is refused with its position", "[importers]")
{
    CHECK(yaml("").isNull());
    CHECK(yaml("# only a comment\n").isNull());
    CHECK_THAT(yamlError("name: \xFE\n"), ContainsSubstring("line 1, column 7: invalid UTF-8"));
}
