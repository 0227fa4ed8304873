// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/markdownrenderer.h"
#include "reportfixture.h"
#include "sampledocument.h"

#include <QRegularExpression>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum::Reports;
using Quorum::Test::hostileText;
using Quorum::Test::sampleDocument;

namespace {

QString markdown(const Document &document)
{
    return QString::fromUtf8(renderMarkdown(document));
}

// The cells of a pipe-table row: split on '|' not preceded by a backslash.
qsizetype cellCount(const QString &row)
{
    static const QRegularExpression separator(QStringLiteral("(?<!\\\\)\\|"));
    return row.count(separator) - 1;
}

// Every pipe table of @p text as its rows.
std::vector<QStringList> tables(const QString &text)
{
    std::vector<QStringList> result;
    QStringList current;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('|'))) {
            current += line;
        } else if (!current.isEmpty()) {
            result.push_back(current);
            current.clear();
        }
    }
    return result;
}

} // namespace

TEST_CASE("Markdown starts with the title, subtitle, document id and generation time", "[reports]")
{
    const QString text = markdown(sampleDocument());
    CHECK(text.startsWith(QStringLiteral("# Annex IV technical documentation\n\n"
                                         "card-fraud-detector 2.1.0\n\n"
                                         "**Document:** QRM-AIV-7-12-20261120\\\n"
                                         "**Generated:** 2026-11-20 10:30:00 CET (UTC+01:00)\n")));
    CHECK(text.count(QRegularExpression(QStringLiteral("^# "), QRegularExpression::MultilineOption))
          == 1);
    CHECK(text.contains(
        QStringLiteral("<a id=\"annex-iv-2g\"></a>\n### 2(g) Validation and testing")));
    CHECK(text.contains(QStringLiteral("\n## 1 General description\n")));
    CHECK(text.contains(QStringLiteral("\n#### 1(b) Interaction with other systems\n")));
}

TEST_CASE("Markdown tables escape pipes and keep the same number of cells per row", "[reports]")
{
    const QString text = markdown(sampleDocument());
    CHECK(text.contains(
        QStringLiteral("| 2(g) Validation \\| testing | Flagged<br>review | 0.42 | ✗ fail |")));
    CHECK(text.contains(
        QStringLiteral("| Item | Status | Score | Check |\n| --- | --- | ---: | --- |")));
    CHECK(text.contains(QStringLiteral("| ✓ pass |")));
    CHECK(text.contains(QStringLiteral("| ⚠ gap |")));
    const std::vector<QStringList> found = tables(text);
    REQUIRE(found.size() == 3); // readiness, line chart, bar chart
    for (const QStringList &rows : found) {
        INFO(rows.join(QLatin1Char('\n')).toStdString());
        CHECK(rows.size() >= 3);
        for (const QString &row : rows) {
            CHECK(cellCount(row) == cellCount(rows.first()));
        }
    }
}

TEST_CASE("Markdown marks gaps once, notes in italics and quotes as quotes", "[reports]")
{
    Document document;
    document.gap(QStringLiteral("Gap: no risk assessment."));
    document.gap(QStringLiteral("No model card.\nAsk the owner."));
    document.note(QStringLiteral("Source: inventory"));
    document.paragraph(QStringLiteral("Article 11"), ParagraphStyle::Quote);
    const QString text = markdown(document);
    CHECK(text.contains(QStringLiteral("\n> **Gap:** no risk assessment.\n")));
    CHECK(text.contains(QStringLiteral("\n> **Gap:** No model card.\\\n> Ask the owner.\n")));
    CHECK_FALSE(text.contains(QStringLiteral("Gap:** Gap")));
    CHECK(text.contains(QStringLiteral("\n*Source: inventory*\n")));
    CHECK(text.contains(QStringLiteral("\n> Article 11\n")));
}

TEST_CASE("Markdown lists charts as tables of their values with the reference lines", "[reports]")
{
    const QString text = markdown(sampleDocument());
    CHECK(text.contains(QStringLiteral("**Population stability index**\n\n"
                                       "| Date | PSI | Accuracy |\n| --- | ---: | ---: |\n"
                                       "| 2026-01-01 | 0.05 | 0.90 |\n")));
    CHECK(text.contains(QStringLiteral("| 2026-02-05 | 0.10 | 0.875 |")));
    CHECK(text.contains(QStringLiteral("- Reference line: Four-fifths rule = 0.80")));
    CHECK(text.contains(QStringLiteral("| Category | Selection rate |\n| --- | ---: |\n"
                                       "| female | 0.42 |\n| male | 0.50 |\n| other | 0.35 |")));
    CHECK(text.contains(QStringLiteral("*Weekly drift of the scored population.*")));
}

TEST_CASE("Markdown signatures name signer, role, meaning, time, certificate and verification",
          "[reports]")
{
    const QString text = markdown(sampleDocument());
    CHECK(text.contains(QStringLiteral("**Electronic signature**\n\n"
                                       "- **Signed by:** Dana Smith \\<dana@example.org\\>\n"
                                       "- **Role:** AI-IRB reviewer\n"
                                       "- **Meaning:** Approve\n"
                                       "- **Date and time:** 2026-11-16 10:03:55 UTC\n"
                                       "- **Certificate SHA-256:** 3f1c9a7e5b2d")));
    CHECK(text.contains(QStringLiteral("- ✓ Signature verified")));
    CHECK(
        text.contains(QStringLiteral("- **Date and time:** 2026-11-16 11:03:55 CET (UTC+01:00)")));
    CHECK(text.contains(QStringLiteral("- ✗ Certificate expired")));
}

TEST_CASE("Markdown escapes markup in the data", "[reports]")
{
    Document document;
    document.title = hostileText();
    document.paragraph(hostileText());
    document.add(BulletList{{hostileText()}});
    document.paragraph(QStringLiteral("# not a heading\n- not a list\n1. not numbered"));
    const QString text = markdown(document);
    CHECK_FALSE(text.contains(QStringLiteral("<script>")));
    CHECK(
        text.contains(QStringLiteral("\\<script\\>alert(\"x\")\\</script\\> R\\&D's \\*bold\\*")));
    CHECK(text.contains(
        QStringLiteral("\n\\# not a heading\\\n\\- not a list\\\n1\\. not numbered\n")));
    CHECK(text.contains(QStringLiteral("- \\<script\\>")));
}

TEST_CASE("Two lists in a row stay two lists in Markdown", "[reports]")
{
    Document document;
    document.add(KeyValueList{{{QStringLiteral("Owner"), QStringLiteral("Dana")}}});
    document.add(BulletList{{QStringLiteral("first"), QStringLiteral("second\nline")}});
    const QString text = markdown(document);
    CHECK(text.contains(QStringLiteral("\n- **Owner:** Dana\n\n<!-- -->\n\n- first\n"
                                       "- second\\\n  line\n")));
}

TEST_CASE("Rendering Markdown twice gives identical bytes", "[reports]")
{
    CHECK(renderMarkdown(sampleDocument()) == renderMarkdown(sampleDocument()));
}
