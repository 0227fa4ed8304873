// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/htmlrenderer.h"
#include "reportfixture.h"
#include "sampledocument.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum::Reports;
using Quorum::Test::hostileText;
using Quorum::Test::sampleDocument;

namespace {

QString html(const Document &document)
{
    return QString::fromUtf8(renderHtml(document));
}

// One block of each kind, every text field set to hostileText().
std::vector<Block> hostileBlocks()
{
    const QString bad = hostileText();
    Table table{bad, {bad, bad}, {{bad, bad}}, {RowMark::Fail}, {Align::Left, Align::Right}};
    Chart chart;
    chart.title = bad;
    chart.xLabel = bad;
    chart.yLabel = bad;
    chart.series = {{bad, {{0.0, 1.0}, {86400000.0, 2.0}}}};
    chart.lines = {{bad, 1.5}};
    chart.caption = bad;
    Chart bars = chart;
    bars.kind = Chart::Kind::Bar;
    bars.categories = {bad};
    SignatureBlock signature{bad, bad, bad, bad, QDateTime(), bad, bad, false};
    return {Heading{1, bad, bad},
            Paragraph{bad, ParagraphStyle::Body},
            Paragraph{bad, ParagraphStyle::Note},
            Paragraph{bad, ParagraphStyle::Gap},
            Paragraph{bad, ParagraphStyle::Quote},
            BulletList{{bad}},
            KeyValueList{{{bad, bad}}},
            table,
            chart,
            bars,
            signature};
}

} // namespace

TEST_CASE("Every text of every block kind is HTML-escaped", "[reports]")
{
    const std::vector<Block> blocks = hostileBlocks();
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        INFO("block " << i);
        Document document;
        document.title = QStringLiteral("Escaping");
        document.add(blocks[i]);
        const QString page = html(document);
        CHECK_FALSE(page.contains(QStringLiteral("<script")));
        CHECK_FALSE(page.contains(QStringLiteral("R&D")));
        CHECK(page.contains(QStringLiteral("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;")));
        CHECK(page.contains(QStringLiteral("R&amp;D&#39;s")));
    }
}

TEST_CASE("The page header and title are escaped too", "[reports]")
{
    Document document;
    document.title = hostileText();
    document.subtitle = hostileText();
    document.documentId = QStringLiteral("ID<1>&");
    document.generatedAtText = QStringLiteral("now & then");
    const QString page = html(document);
    CHECK_FALSE(page.contains(QStringLiteral("<script")));
    CHECK(page.contains(QStringLiteral("ID&lt;1&gt;&amp;")));
    CHECK(page.contains(QStringLiteral("now &amp; then")));
}

TEST_CASE("The page is a complete HTML5 document with a header naming id and time", "[reports]")
{
    const QString page = html(sampleDocument());
    CHECK(page.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">")));
    CHECK(page.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    CHECK(page.contains(QStringLiteral(
        "<title>Annex IV technical documentation — card-fraud-detector 2.1.0</title>")));
    CHECK(page.contains(QStringLiteral("<style>")));
    CHECK(page.contains(QStringLiteral("QRM-AIV-7-12-20261120")));
    CHECK(page.contains(QStringLiteral("2026-11-20 10:30:00 CET (UTC+01:00)")));
    CHECK(page.trimmed().endsWith(QStringLiteral("</html>")));
    CHECK_FALSE(page.contains(QStringLiteral("src=")));
    CHECK_FALSE(page.contains(QStringLiteral("href=")));
}

TEST_CASE("Headings use h1 to h3 with their anchors as ids", "[reports]")
{
    const QString page = html(sampleDocument());
    CHECK(page.contains(QStringLiteral("<h1 id=\"readiness\">Readiness summary</h1>")));
    CHECK(page.contains(QStringLiteral("<h2 id=\"annex-iv-2g\">2(g) Validation and testing</h2>")));
    CHECK(page.contains(QStringLiteral("<h3>1(b) Interaction with other systems</h3>")));
    Document deep;
    deep.heading(7, QStringLiteral("Deep"), QStringLiteral("a b"));
    CHECK(html(deep).contains(QStringLiteral("<h3 id=\"a-b\">Deep</h3>")));
}

TEST_CASE("Table rows show their marks as text and as a class", "[reports]")
{
    const QString page = html(sampleDocument());
    CHECK(page.contains(QStringLiteral("<caption>Readiness summary</caption>")));
    CHECK(page.contains(QStringLiteral("<thead>")));
    CHECK(page.contains(QStringLiteral("<th scope=\"col\">Check</th>")));
    CHECK(page.contains(QStringLiteral("<tr class=\"pass\">")));
    CHECK(page.contains(QStringLiteral("<tr class=\"fail\">")));
    CHECK(page.contains(QStringLiteral("<tr class=\"gap\">")));
    CHECK(page.contains(QStringLiteral("<td class=\"mark\">✓ pass</td>")));
    CHECK(page.contains(QStringLiteral("<td class=\"mark\">✗ fail</td>")));
    CHECK(page.contains(QStringLiteral("<td class=\"mark\">⚠ gap</td>")));
    CHECK(page.contains(QStringLiteral("<td class=\"num\">0.42</td>")));
    CHECK(page.contains(QStringLiteral("<td>Flagged<br>review</td>")));
}

TEST_CASE("A gap paragraph is a bordered box that starts with the word Gap once", "[reports]")
{
    Document document;
    document.gap(QStringLiteral("Gap: no risk assessment."));
    document.gap(QStringLiteral("No model card."));
    const QString page = html(document);
    CHECK(page.contains(QStringLiteral("<div class=\"gap\" role=\"note\"><p><strong>Gap:</strong> "
                                       "no risk assessment.</p></div>")));
    CHECK(page.contains(QStringLiteral("<strong>Gap:</strong> No model card.")));
    CHECK_FALSE(page.contains(QStringLiteral("Gap: Gap")));
    CHECK(page.contains(QStringLiteral("div.gap {")));
}

TEST_CASE("Notes are muted, quotes are blockquotes, charts are inline SVG figures", "[reports]")
{
    const QString page = html(sampleDocument());
    CHECK(page.contains(
        QStringLiteral("<p class=\"note\">Source: model inventory, 2026-11-20.</p>")));
    CHECK(page.contains(QStringLiteral("<blockquote><p>The provider shall")));
    CHECK(page.count(QStringLiteral("<figure class=\"chart\">")) == 2);
    CHECK(page.count(QStringLiteral("<svg ")) == 2);
    CHECK(page.contains(
        QStringLiteral("<figcaption>Weekly drift of the scored population.</figcaption>")));
    CHECK(page.contains(QStringLiteral("<div class=\"page-break\"></div>")));
}

TEST_CASE("A signature block names signer, role, meaning, time, certificate and verification",
          "[reports]")
{
    const QString page = html(sampleDocument());
    CHECK(page.contains(QStringLiteral("Dana Smith &lt;dana@example.org&gt;")));
    CHECK(page.contains(QStringLiteral("<dd>AI-IRB reviewer</dd>")));
    CHECK(page.contains(QStringLiteral("<dd>Approve</dd>")));
    CHECK(page.contains(QStringLiteral("<dd>2026-11-16 10:03:55 UTC</dd>")));
    CHECK(page.contains(QStringLiteral("<dd>2026-11-16 11:03:55 CET (UTC+01:00)</dd>")));
    CHECK(page.contains(QStringLiteral("<code>3f1c9a7e5b2d")));
    CHECK(page.contains(QStringLiteral("<p class=\"verified\">✓ Signature verified</p>")));
    CHECK(page.contains(QStringLiteral("<p class=\"unverified\">✗ Certificate expired</p>")));
    CHECK(page.contains(QStringLiteral("Lee O&#39;Brien")));
}

TEST_CASE("Rendering HTML twice gives identical bytes", "[reports]")
{
    const Document document = sampleDocument();
    CHECK(renderHtml(document) == renderHtml(document));
    CHECK(renderHtml(document) == renderHtml(sampleDocument()));
}
