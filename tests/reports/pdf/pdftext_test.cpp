// SPDX-License-Identifier: GPL-3.0-or-later
// What a reader gets out of the PDF as text: headings, paragraphs, tables, charts, signature,
// header and footer on every page, in reading order; and the golden text of the sample.
#include "pdfsampledocument.h"
#include "pdftesttools.h"
#include "reportfixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

QString sampleText()
{
    static const QString s_text = Test::pdfText(Test::renderTestPdf(Test::pdfSampleDocument()));
    return s_text;
}

} // namespace

TEST_CASE("The PDF text holds the headings and paragraphs and table cells of the document",
          "[reports]")
{
    const QString text = sampleText();
    for (const char *expected :
         {"1 General description of the AI system", "1(a) Intended purpose",
          "2 Monitoring and fairness", "2(g) Test reports and signatures",
          "The card fraud detector scores card-not-present transactions",
          "Source: inventory record, model version 2.1.0.", "Detect fraudulent card-not-present",
          "Risk tier", "High (Annex III 5(b))", "Table 1. Threshold checks", "AUC on holdout",
          "0.9312", "No evidence", "Providers shall draw up the technical documentation"}) {
        INFO(expected);
        CHECK(text.contains(QString::fromUtf8(expected)));
    }
}

TEST_CASE("A gap paragraph comes out with its Gap marker and text", "[reports]")
{
    CHECK(sampleText().contains(
        QStringLiteral("Gap: no evidence of the hardware the system runs on.")));
    using namespace Reports;
    const QString text = Test::pdfText(Test::renderTestPdf(Test::pdfDocumentWith(
        {Paragraph{QStringLiteral("No risk assessment is recorded."), ParagraphStyle::Gap}})));
    CHECK(text.contains(QStringLiteral("Gap: No risk assessment is recorded.")));
}

TEST_CASE("Every page has the title and the document id and its page number of the total",
          "[reports]")
{
    const QByteArray pdf = Test::renderTestPdf(Test::pdfSampleDocument());
    const QStringList pages = Test::pdfPageTexts(pdf);
    const int count = Test::pdfPageCount(pdf);
    REQUIRE(count >= 2);
    REQUIRE(pages.size() == count);
    for (int page = 1; page <= count; ++page) {
        const QString &text = pages.at(page - 1);
        INFO("page " << page);
        CHECK(text.contains(QStringLiteral("Annex IV technical documentation")));
        CHECK(text.contains(QStringLiteral("card-fraud-detector 2.1.0")));
        CHECK(text.contains(QStringLiteral("QRM-TEST-1-20261120")));
        CHECK(text.contains(QStringLiteral("Generated 2026-11-20 10:30:00 CET (UTC+01:00)")));
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(count)));
    }
}

TEST_CASE("Charts and signature blocks come out as text", "[reports]")
{
    const QString text = sampleText();
    for (const char *expected :
         {"Population stability index, 2026", "Alert threshold 0.2", "merchant_category",
          "2026-03-", "Weekly PSI of the two most drifting features.",
          "True positive rate by age group", "Minimum 0.75", "65+", "Dana Smith",
          "dana.smith@example.org", "AI-IRB reviewer", "Approve with conditions",
          "2026-11-16 10:03:55 UTC", "Signature verified"}) {
        INFO(expected);
        CHECK(text.contains(QString::fromUtf8(expected)));
    }
}

TEST_CASE("The text of the sample PDF matches its golden file and does not vary", "[reports]")
{
    const QString text = Test::normalizeVolatile(sampleText());
    CHECK(Test::normalizeVolatile(Test::pdfText(Test::renderTestPdf(Test::pdfSampleDocument())))
          == text);
    Test::checkGolden(QStringLiteral("pdf_sample.txt"), text);
}
