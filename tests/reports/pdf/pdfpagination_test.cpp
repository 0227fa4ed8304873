// SPDX-License-Identifier: GPL-3.0-or-later
// Pagination: long tables repeat their header, rows are never lost or split, oversized rows
// and headings at a page bottom are handled.
#include "pdfsampledocument.h"
#include "pdftesttools.h"
#include "reportfixture.h"

#include <QRegularExpression>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

TEST_CASE("A table of 200 rows spans several pages with its header on each of them", "[reports]")
{
    using namespace Reports;
    const QByteArray pdf = Test::renderTestPdf(Test::pdfDocumentWith(
        {Heading{1, QStringLiteral("Evaluations"), {}}, Test::pdfLongTable(200)}));
    const QStringList pages = Test::pdfPageTexts(pdf);
    REQUIRE(pages.size() >= 3);
    const QRegularExpression rowId(QStringLiteral("row-(\\d{3})"));
    std::vector<int> seen(201, 0);
    for (qsizetype page = 0; page < pages.size(); ++page) {
        INFO("page " << (page + 1));
        CHECK(pages.at(page).contains(QStringLiteral("Evaluation metric")));
        CHECK(pages.at(page).contains(QStringLiteral("Observed value")));
        for (auto it = rowId.globalMatch(pages.at(page)); it.hasNext();) {
            ++seen.at(static_cast<std::size_t>(it.next().captured(1).toInt()));
        }
    }
    for (int row = 1; row <= 200; ++row) {
        INFO("row " << row);
        CHECK(seen.at(static_cast<std::size_t>(row)) == 1);
    }
}

TEST_CASE("A table row taller than a page is cut and the rendering goes on", "[reports]")
{
    using namespace Reports;
    QStringList tall;
    for (int line = 1; line <= 300; ++line) {
        tall << QStringLiteral("line %1").arg(line);
    }
    Table table;
    table.header = {QStringLiteral("Name"), QStringLiteral("Notes")};
    table.rows = {{QStringLiteral("first"), tall.join(QLatin1Char('\n'))},
                  {QStringLiteral("after the tall row"), QStringLiteral("short")}};
    const QByteArray pdf = Test::renderTestPdf(Test::pdfDocumentWith({table}));
    const int pages = Test::pdfPageCount(pdf);
    CHECK(pages >= 2);
    CHECK(pages <= 3);
    CHECK(Test::pdfText(pdf).contains(QStringLiteral("after the tall row")));
}

TEST_CASE("A heading is never left alone at the bottom of a page", "[reports]")
{
    using namespace Reports;
    std::vector<Block> blocks;
    for (int index = 1; index <= 60; ++index) {
        blocks.emplace_back(
            Heading{index % 3 == 0 ? 1 : 2, QStringLiteral("Heading number %1").arg(index), {}});
        blocks.emplace_back(
            Paragraph{QStringLiteral("Body text of section %1, long enough to take a couple of "
                                     "lines on the page when it is wrapped at the right margin "
                                     "of an A4 page in ten point type.")
                          .arg(index),
                      ParagraphStyle::Body});
    }
    const QStringList pages
        = Test::pdfPageTexts(Test::renderTestPdf(Test::pdfDocumentWith(std::move(blocks))));
    REQUIRE(pages.size() >= 2);
    for (const QString &page : pages) {
        // The last body line of a page (before the footer) is never a heading.
        QStringList lines = page.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.removeIf([](const QString &line) { return line.trimmed().isEmpty(); });
        REQUIRE(lines.size() >= 2);
        INFO(lines.at(lines.size() - 2).toStdString());
        CHECK_FALSE(lines.at(lines.size() - 2).trimmed().startsWith(QStringLiteral("Heading")));
    }
}
