// SPDX-License-Identifier: GPL-3.0-or-later
#include "builders/fairnessreportbuilder.h"
#include "document/reportcontext.h"
#include "document/reportprogress.h"
#include "documentquery.h"
#include "evidence/versionevidence.h"
#include "pdf/pdfrenderer.h"
#include "render/htmlrenderer.h"
#include "render/markdownrenderer.h"
#include "reportfixture.h"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>

using namespace Quorum;
using namespace Quorum::Reports;

namespace {

VersionEvidence evidenceOf(Database &db, const QString &model, const QString &version)
{
    return loadVersionEvidence(db, findVersionId(db, model, version), ReportProgress());
}

RowMark markOf(const Table &table, const QString &first)
{
    const int row = Test::rowStartingWith(table, first);
    REQUIRE(row >= 0);
    REQUIRE(table.marks.size() == table.rows.size());
    return table.marks[std::size_t(row)];
}

} // namespace

TEST_CASE("The fairness report marks the demo's flagged metric and the group below four fifths "
          "as failed",
          "[reports]")
{
    Database db = Test::openReportDemo();
    const Document report = buildFairnessReport(
        evidenceOf(db, QStringLiteral("credit-scoring"), QStringLiteral("1.0.0")),
        Test::pinnedContext());
    CHECK(report.title == QStringLiteral("Fairness report"));
    CHECK(report.subtitle == QStringLiteral("Consumer credit scoring 1.0.0"));
    const QStringList headings = Test::headingTexts(report);
    CHECK(headings.filter(QStringLiteral("Protected attribute: age_band")).size() == 1);
    CHECK(headings.filter(QStringLiteral("Protected attribute: sex")).size() == 1);

    const Table *summary = Test::tableWithCaption(report,
                                                  QStringLiteral("Summary metrics for "
                                                                 "age_band"));
    REQUIRE(summary);
    CHECK(markOf(*summary, QStringLiteral("Demographic parity difference")) == RowMark::Fail);
    CHECK(markOf(*summary, QStringLiteral("Demographic parity ratio")) == RowMark::Fail);
    const int ratio = Test::rowStartingWith(*summary, QStringLiteral("Demographic parity ratio"));
    CHECK(summary->rows[std::size_t(ratio)]
              .join(QLatin1Char(' '))
              .contains(QStringLiteral("four-fifths")));

    const Table *groups = Test::tableWithCaption(report,
                                                 QStringLiteral("Per-group results for "
                                                                "age_band"));
    REQUIRE(groups);
    CHECK(markOf(*groups, QStringLiteral("18-24")) == RowMark::Fail);
    CHECK(std::count(groups->marks.begin(), groups->marks.end(), RowMark::Fail) == 1);

    const auto charts = Test::blocksOf<Chart>(report);
    const bool fourFifthsLine = std::any_of(charts.begin(), charts.end(), [](const Chart *c) {
        return c->kind == Chart::Kind::Bar && !c->lines.empty()
            && c->lines.front().label.startsWith(QStringLiteral("Four-fifths"));
    });
    CHECK(fourFifthsLine);

    const Table *sex = Test::tableWithCaption(report, QStringLiteral("Summary metrics for sex"));
    REQUIRE(sex);
    CHECK(std::count(sex->marks.begin(), sex->marks.end(), RowMark::Fail) == 0);
}

TEST_CASE("The fairness report shows undefined metrics with their reasons and stored intervals",
          "[reports]")
{
    Database db = Test::openReportDemo();
    VersionEvidence evidence
        = evidenceOf(db, QStringLiteral("credit-scoring"), QStringLiteral("1.0.0"));
    REQUIRE_FALSE(evidence.fairness.empty());
    FairnessReport &first = evidence.fairness.front();
    first.equalOpportunityDifference.reset();
    first.undefinedReasonsJson
        = QStringLiteral(R"({"equal_opportunity_difference":"no positives in group 60+"})");
    first.intervalsJson = QStringLiteral(
        R"({"disparate_impact":{"low":0.81,"high":0.93,"level":0.95,"samples":1000,"seed":7}})");
    const Document report = buildFairnessReport(evidence, Test::pinnedContext());

    const QString text = Test::allText(report);
    CHECK(text.contains(QStringLiteral("equal_opportunity_difference: no positives in group 60+")));
    const Table *summary = Test::tableWithCaption(
        report, QStringLiteral("Summary metrics for ") + first.protectedAttribute);
    REQUIRE(summary);
    CHECK(summary->header.contains(QStringLiteral("Bootstrap interval")));
    const int impact = Test::rowStartingWith(*summary, QStringLiteral("Disparate impact ratio"));
    REQUIRE(impact >= 0);
    CHECK(summary->rows[std::size_t(impact)].contains(QStringLiteral("[0.8100, 0.9300] (95 %)")));
    CHECK(markOf(*summary, QStringLiteral("Equal opportunity difference")) == RowMark::Gap);
}

TEST_CASE("A version without fairness reports gives a gap", "[reports]")
{
    Database db = Test::openReportDemo();
    VersionEvidence evidence
        = evidenceOf(db, QStringLiteral("credit-scoring"), QStringLiteral("1.0.0"));
    evidence.fairness.clear();
    const Document report = buildFairnessReport(evidence, Test::pinnedContext());
    const auto paragraphs = Test::blocksOf<Paragraph>(report);
    const bool gap = std::any_of(paragraphs.begin(), paragraphs.end(), [](const Paragraph *p) {
        return p->style == ParagraphStyle::Gap
            && p->text.contains(QStringLiteral("No fairness report is stored"));
    });
    CHECK(gap);
    CHECK(Test::blocksOf<Table>(report).empty());
}

TEST_CASE("The fairness report of credit scoring renders as in its golden Markdown", "[reports]")
{
    Database db = Test::openReportDemo();
    const Document report = buildFairnessReport(
        evidenceOf(db, QStringLiteral("credit-scoring"), QStringLiteral("1.0.0")),
        Test::pinnedContext());
    Test::checkGolden(QStringLiteral("builders_fairness_credit-scoring.md"),
                      Test::normalizeVolatile(QString::fromUtf8(renderMarkdown(report))));
}

// The same report as the user receives it in the other two formats: the HTML page and the text
// a reader (pdftotext, poppler) extracts from the PDF/A, with the clock, locale and zone pinned.
TEST_CASE("The fairness report of credit scoring renders as in its golden HTML and PDF text",
          "[reports]")
{
    Database db = Test::openReportDemo();
    const Document report = buildFairnessReport(
        evidenceOf(db, QStringLiteral("credit-scoring"), QStringLiteral("1.0.0")),
        Test::pinnedContext());
    Test::checkGolden(QStringLiteral("builders_fairness_credit-scoring.html"),
                      Test::normalizeVolatile(QString::fromUtf8(renderHtml(report))));
    Test::checkGolden(QStringLiteral("builders_fairness_credit-scoring.pdf.txt"),
                      Test::normalizeVolatile(Test::pdfText(renderPdf(report, {}))));
}
