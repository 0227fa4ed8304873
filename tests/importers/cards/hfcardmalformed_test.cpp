// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardstestsupport.h"
#include "importers/cards/hfcard.h"

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using Quorum::Test::importErrorOf;

namespace {

ImportError refusal(const QByteArray &bytes, const ImportLimits &limits = {})
{
    return importErrorOf([&] { parseHfCard(bytes, QStringLiteral("README.md"), limits); });
}

/// A card whose model-index holds one result with @p metrics (YAML at six spaces' indent).
QByteArray withMetrics(const QByteArray &metrics)
{
    return "---\nmodel-index:\n- name: m\n  results:\n  - task:\n      type: text-classification\n"
           "    dataset:\n      name: emotion\n      type: emotion\n    metrics:\n"
        + metrics + "---\n# m\n";
}

} // namespace

TEST_CASE("A front matter that never closes is refused at the line that opened it",
          "[importers][cards]")
{
    const ImportError error = refusal("---\nlicense: mit\n# Title\n\nText\n");
    CHECK(error.kind() == ImportErrorKind::Malformed);
    CHECK(error.message()
          == QLatin1String("README.md: line 1: the front matter opened by \"---\" is not closed; "
                           "expected a line \"---\" after the YAML"));
    CHECK(refusal("\n\n---\nlicense: mit\n").location() == QLatin1String("line 3"));
}

TEST_CASE("A YAML syntax error is refused with the file's line number", "[importers][cards]")
{
    // The flow list opened on line 3 is found unclosed at line 4's ':' (lines of the file,
    // not of the front matter).
    const ImportError error = refusal("---\nlicense: mit\ntags: [a, b\nlanguage: en\n---\n");
    CHECK(error.kind() == ImportErrorKind::Malformed);
    CHECK(error.message()
          == QLatin1String("README.md: line 4, column 9: end of sequence flow not found; "
                           "expected valid YAML"));

    // With a blank line before the front matter, the bad indentation is on line 4.
    const ImportError indent = refusal("\n---\nlicense: mit\n  tags: x\n---\n");
    INFO(indent.message().toStdString());
    CHECK(indent.location().startsWith(QLatin1String("line 4, column ")));
}

TEST_CASE("A front matter that is not a mapping is refused", "[importers][cards]")
{
    const ImportError error = refusal("---\n- a\n- b\n---\n");
    CHECK(error.kind() == ImportErrorKind::Malformed);
    CHECK(error.message()
          == QLatin1String("README.md: line 2: the front matter is a list; expected a YAML "
                           "mapping of keys"));
}

TEST_CASE("A model-index metric without a value is refused with its key path", "[importers][cards]")
{
    const ImportError error = refusal(withMetrics("    - type: accuracy\n      value: 0.9\n"
                                                  "    - type: f1\n      name: F1\n"));
    CHECK(error.kind() == ImportErrorKind::Invalid);
    CHECK(error.message()
          == QLatin1String("README.md: model-index[0].results[0].metrics[1].value: missing; "
                           "expected a number"));
}

TEST_CASE("A model-index value that is not a number is refused with its key path",
          "[importers][cards]")
{
    const ImportError error = refusal(withMetrics("    - type: accuracy\n      value: 94.1%\n"));
    CHECK(error.kind() == ImportErrorKind::Invalid);
    CHECK(error.message()
          == QLatin1String("README.md: model-index[0].results[0].metrics[0].value: expected a "
                           "number, found the text \"94.1%\""));
}

TEST_CASE("Metrics that are not a list are refused", "[importers][cards]")
{
    const ImportError error = refusal(withMetrics("      type: accuracy\n      value: 0.9\n"));
    CHECK(error.message()
          == QLatin1String("README.md: model-index[0].results[0].metrics: expected a list, found "
                           "an object"));
}

TEST_CASE("Required model-index keys are checked by key path", "[importers][cards]")
{
    CHECK(refusal("---\nmodel-index:\n- name: m\n---\n").message()
          == QLatin1String("README.md: model-index[0].results: missing; expected a list"));
    CHECK(refusal("---\nmodel-index:\n  name: m\n---\n").message()
          == QLatin1String("README.md: model-index: expected a list, found an object"));
    CHECK(
        refusal("---\nmodel-index:\n- results:\n  - dataset: {name: a, type: a}\n"
                "    metrics: []\n---\n")
            .message()
        == QLatin1String("README.md: model-index[0].results[0].task: missing; expected an object"));
    CHECK(refusal("---\nmodel-index:\n- results:\n  - task: {type: t}\n    dataset: {type: a}\n"
                  "    metrics: []\n---\n")
              .message()
          == QLatin1String("README.md: model-index[0].results[0].dataset.name: missing; expected "
                           "text"));
    CHECK(refusal(withMetrics("    - value: 0.9\n")).message()
          == QLatin1String("README.md: model-index[0].results[0].metrics[0].type: missing; "
                           "expected text"));
}

TEST_CASE("A result source without a url is refused", "[importers][cards]")
{
    const QByteArray bytes = "---\nmodel-index:\n- results:\n  - task: {type: t}\n"
                             "    dataset: {type: a, name: a}\n    metrics: []\n"
                             "    source: {name: Leaderboard}\n---\n";
    CHECK(refusal(bytes).message()
          == QLatin1String("README.md: model-index[0].results[0].source.url: missing; expected "
                           "text"));
}

TEST_CASE("A front matter over the YAML size limit is refused, and accepted with --force",
          "[importers][cards]")
{
    ImportLimits limits;
    limits.maxYamlBytes = 16;
    const QByteArray bytes = "---\nlicense: apache-2.0\nlanguage: en\n---\n";
    const ImportError error = refusal(bytes, limits);
    CHECK(error.kind() == ImportErrorKind::TooLarge);
    CHECK(error.message()
          == QLatin1String("README.md: line 1: 33 bytes, over the limit of 16 bytes for this "
                           "kind of file"));
    limits.sizeLimit = SizeLimit::Lifted;
    CHECK(parseHfCard(bytes, QStringLiteral("README.md"), limits).license
          == QLatin1String("apache-2.0"));
}

TEST_CASE("YAML aliases and invalid UTF-8 in a card are refused", "[importers][cards]")
{
    const ImportError alias = refusal("---\na: &x [1, 2]\nb: *x\n---\n");
    CHECK(alias.kind() == ImportErrorKind::Malformed);
    CHECK(alias.message().contains(QLatin1String("line 2, column 4: YAML anchors (&name) are not "
                                                 "accepted")));
    const ImportError utf8 = refusal("---\nlicense: mit\n---\n# Caf\xC3 menu\n");
    CHECK(utf8.kind() == ImportErrorKind::Malformed);
    CHECK(utf8.message()
          == QLatin1String("README.md: line 4, column 6: invalid UTF-8 (byte 0xC3), expected "
                           "UTF-8 text"));
}

TEST_CASE("Truncated front matter YAML and values too large or not finite are refused",
          "[importers][cards]")
{
    const ImportError truncated = refusal("---\nmodel-index:\n- name: m\n  results: [\n---\n");
    CHECK(truncated.kind() == ImportErrorKind::Malformed);
    CHECK(truncated.message().startsWith(QLatin1String("README.md: line ")));

    const ImportError huge = refusal(withMetrics("    - type: accuracy\n      value: 1e400\n"));
    CHECK(huge.kind() == ImportErrorKind::Invalid);
    CHECK(huge.message().startsWith(
        QLatin1String("README.md: model-index[0].results[0].metrics[0].value: expected a finite "
                      "number, found 1e400")));

    const ImportError nan = refusal(withMetrics("    - type: accuracy\n      value: .nan\n"));
    CHECK(nan.kind() == ImportErrorKind::Invalid);
    CHECK(nan.location() == QLatin1String("model-index[0].results[0].metrics[0].value"));
}
