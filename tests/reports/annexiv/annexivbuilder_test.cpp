// SPDX-License-Identifier: GPL-3.0-or-later
// The Annex IV document of demo versions: every item present, the readiness summary, signed
// test reports, the default of point 7, gaps where evidence is missing, determinism.
#include "annexiv/annexivbuilder.h"
#include "annexivtestsupport.h"
#include "document/reportcontext.h"
#include "document/reportprogress.h"
#include "pdf/pdfrenderer.h"
#include "render/markdownrenderer.h"
#include "reportfixture.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

#include <algorithm>

using namespace Quorum;
using namespace Quorum::Reports;
using namespace Quorum::Test;

namespace {

const QStringList kItems{
    QStringLiteral("1(a)"), QStringLiteral("1(b)"), QStringLiteral("1(c)"), QStringLiteral("1(d)"),
    QStringLiteral("1(e)"), QStringLiteral("1(f)"), QStringLiteral("1(g)"), QStringLiteral("1(h)"),
    QStringLiteral("2(a)"), QStringLiteral("2(b)"), QStringLiteral("2(c)"), QStringLiteral("2(d)"),
    QStringLiteral("2(e)"), QStringLiteral("2(f)"), QStringLiteral("2(g)"), QStringLiteral("2(h)"),
    QStringLiteral("3(a)"), QStringLiteral("3(b)"), QStringLiteral("3(c)"), QStringLiteral("3(d)"),
    QStringLiteral("4"),    QStringLiteral("5"),    QStringLiteral("6"),    QStringLiteral("7"),
    QStringLiteral("8"),    QStringLiteral("9")};

AnnexIvDocument annexOf(const VersionEvidence &evidence)
{
    return buildAnnexIv(evidence, pinnedContext());
}

std::vector<Heading> headings(const Document &document)
{
    std::vector<Heading> out;
    for (const Block &block : document.blocks) {
        if (const auto *h = std::get_if<Heading>(&block)) {
            out.push_back(*h);
        }
    }
    return out;
}

bool hasHeadingStarting(const Document &document, const QString &prefix)
{
    const auto all = headings(document);
    return std::ranges::any_of(all, [&](const Heading &h) { return h.text.startsWith(prefix); });
}

const ReadinessItem &readinessOf(const AnnexIvDocument &annex, const QString &item)
{
    const auto it = std::ranges::find(annex.readiness, item, &ReadinessItem::item);
    REQUIRE(it != annex.readiness.end());
    return *it;
}

// The blocks between the heading whose anchor is @p anchor and the next heading of its level
// or above.
std::vector<Block> section(const Document &document, const QString &anchor)
{
    std::vector<Block> out;
    int level = 0;
    for (const Block &block : document.blocks) {
        const auto *h = std::get_if<Heading>(&block);
        if (level == 0) {
            if (h && h->anchor == anchor) {
                level = h->level;
            }
            continue;
        }
        if (h && h->level <= level) {
            break;
        }
        out.push_back(block);
    }
    return out;
}

std::vector<Paragraph> paragraphs(const std::vector<Block> &blocks, ParagraphStyle style)
{
    std::vector<Paragraph> out;
    for (const Block &block : blocks) {
        if (const auto *p = std::get_if<Paragraph>(&block); p && p->style == style) {
            out.push_back(*p);
        }
    }
    return out;
}

const Table &summaryTable(const Document &document)
{
    for (const Block &block : document.blocks) {
        if (const auto *t = std::get_if<Table>(&block);
            t && t->header.value(0) == QStringLiteral("Item")) {
            return *t;
        }
    }
    FAIL("no readiness summary table");
    throw;
}

} // namespace

TEST_CASE("Every item of Annex IV and Annex V has its heading", "[reports]")
{
    const AnnexIvDocument annex
        = annexOf(demoEvidence(QStringLiteral("fraud-detection"), QStringLiteral("2.1.0")));
    for (const QString &item : kItems) {
        INFO(item.toStdString());
        const QString separator
            = item.contains(QLatin1Char('(')) ? QStringLiteral(" ") : QStringLiteral(". ");
        const QString prefix = item + separator;
        CHECK(hasHeadingStarting(annex.document, prefix));
    }
    for (const QString &point :
         {QStringLiteral("1. "), QStringLiteral("2. "), QStringLiteral("3. ")}) {
        CHECK(hasHeadingStarting(annex.document, point));
    }
    for (int i = 1; i <= 8; ++i) {
        INFO("Annex V " << i);
        CHECK(hasHeadingStarting(annex.document, QStringLiteral("Annex V %1. ").arg(i)));
    }
    CHECK(annex.document.title == QStringLiteral("Annex IV technical documentation"));
    CHECK(annex.document.subtitle == QStringLiteral("Card fraud detector 2.1.0"));
    CHECK(annex.document.documentId == QStringLiteral("QRM-AIV-fraud-detection-2.1.0-20261120"));
    CHECK(annex.document.generatedAt == pinnedContext().now);
    CHECK(std::holds_alternative<KeyValueList>(annex.document.blocks.front()));
}

TEST_CASE("The readiness summary lists every Annex IV item in order with its status", "[reports]")
{
    const AnnexIvDocument annex
        = annexOf(demoEvidence(QStringLiteral("fraud-detection"), QStringLiteral("2.1.0")));
    QStringList items;
    for (const ReadinessItem &r : annex.readiness) {
        items.append(r.item);
        CHECK_FALSE(r.title.isEmpty());
        CHECK_FALSE(r.source.isEmpty());
    }
    CHECK(items == kItems);
    const Table &table = summaryTable(annex.document);
    REQUIRE(table.rows.size() == annex.readiness.size());
    REQUIRE(table.marks.size() == annex.readiness.size());
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        CHECK(table.rows[i].value(0) == annex.readiness[i].item);
        const RowMark expected = annex.readiness[i].status == ReadinessStatus::Evidence
            ? RowMark::Pass
            : annex.readiness[i].status == ReadinessStatus::Gap ? RowMark::Gap
                                                                : RowMark::Normal;
        CHECK(table.marks[i] == expected);
    }
    const auto count = [&](ReadinessStatus s) {
        return std::ranges::count(annex.readiness, s, &ReadinessItem::status);
    };
    const QString countLine = QStringLiteral("%1 of %2 items evidenced, %3 gaps")
                                  .arg(count(ReadinessStatus::Evidence))
                                  .arg(kItems.size())
                                  .arg(count(ReadinessStatus::Gap));
    const auto body = paragraphs(annex.document.blocks, ParagraphStyle::Body);
    CHECK(std::ranges::any_of(body, [&](const Paragraph &p) { return p.text == countLine; }));
    // A production version with a full record: most items evidenced, the known gaps marked.
    CHECK(count(ReadinessStatus::Evidence) >= 20);
    CHECK(readinessOf(annex, QStringLiteral("1(f)")).status == ReadinessStatus::Gap);
    CHECK(readinessOf(annex, QStringLiteral("5")).status == ReadinessStatus::Evidence);
}

TEST_CASE("Point 2(g) carries the signed decisions as signature manifestations", "[reports]")
{
    const AnnexIvDocument annex
        = annexOf(demoEvidence(QStringLiteral("fraud-detection"), QStringLiteral("2.1.0")));
    const std::vector<Block> blocks = section(annex.document, QStringLiteral("annex-iv-2g"));
    std::vector<SignatureBlock> signatures;
    for (const Block &block : blocks) {
        if (const auto *s = std::get_if<SignatureBlock>(&block)) {
            signatures.push_back(*s);
        }
    }
    REQUIRE(signatures.size() == 6);
    for (const SignatureBlock &s : signatures) {
        CHECK_FALSE(s.signerName.isEmpty());
        CHECK(s.signedAt.isValid());
        CHECK_FALSE(s.meaning.isEmpty());
        CHECK(s.verified);
        CHECK(s.verification == QStringLiteral("Signature verified"));
        CHECK(s.certificateFingerprint.size() == 64);
    }
    CHECK(readinessOf(annex, QStringLiteral("2(g)")).status == ReadinessStatus::Evidence);
    CHECK(
        readinessOf(annex, QStringLiteral("2(g)")).source.contains(QStringLiteral("decisions #")));
}

TEST_CASE("Point 7 defaults to no harmonised standards with the solutions adopted", "[reports]")
{
    const AnnexIvDocument annex
        = annexOf(demoEvidence(QStringLiteral("fraud-detection"), QStringLiteral("2.1.0")));
    CHECK(readinessOf(annex, QStringLiteral("7")).status == ReadinessStatus::Default);
    const auto body
        = paragraphs(section(annex.document, QStringLiteral("annex-iv-7")), ParagraphStyle::Body);
    REQUIRE_FALSE(body.empty());
    CHECK(body.front().text.startsWith(QStringLiteral("No harmonised standards cited")));
    const auto quotes
        = paragraphs(section(annex.document, QStringLiteral("annex-iv-7")), ParagraphStyle::Quote);
    REQUIRE(quotes.size() == 1);
    CHECK(quotes.front().text.contains(QStringLiteral("harmonised standards")));
}

TEST_CASE("A staging version awaiting its decisions says so in 2(g)", "[reports]")
{
    const AnnexIvDocument annex
        = annexOf(demoEvidence(QStringLiteral("credit-scoring"), QStringLiteral("1.0.0")));
    CHECK(readinessOf(annex, QStringLiteral("2(g)")).status == ReadinessStatus::Gap);
    const auto gaps
        = paragraphs(section(annex.document, QStringLiteral("annex-iv-2g")), ParagraphStyle::Gap);
    REQUIRE(gaps.size() == 1);
    CHECK(gaps.front().text.startsWith(QStringLiteral("Gap: no signed test report")));
    // No approval to production yet: the declaration cannot state one.
    CHECK(readinessOf(annex, QStringLiteral("8")).status == ReadinessStatus::Gap);
    CHECK(readinessOf(annex, QStringLiteral("8")).source.contains(QStringLiteral("4 (")));
}

TEST_CASE("Removing the risk assessment or the model card turns their items into gaps", "[reports]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = copyOfDemo(dir.path());
    const VersionEvidence before
        = evidenceOf(path, QStringLiteral("fraud-detection"), QStringLiteral("2.1.0"));
    REQUIRE(before.risk.has_value());
    REQUIRE(before.modelCard.has_value());
    execSql(path,
            QStringLiteral("DELETE FROM risk_assessments WHERE version_id = %1")
                .arg(before.version.id));
    execSql(path,
            QStringLiteral("DELETE FROM model_cards WHERE version_id = %1").arg(before.version.id));
    const AnnexIvDocument annex
        = annexOf(evidenceOf(path, QStringLiteral("fraud-detection"), QStringLiteral("2.1.0")));
    for (const char *item : {"5", "1(g)", "1(h)"}) {
        INFO(item);
        const ReadinessItem &r = readinessOf(annex, QLatin1String(item));
        CHECK(r.status == ReadinessStatus::Gap);
        CHECK(r.source.startsWith(QStringLiteral("Missing: ")));
    }
    const Table &table = summaryTable(annex.document);
    const auto row = std::ranges::find_if(
        table.rows, [](const QStringList &r) { return r.value(0) == QStringLiteral("5"); });
    REQUIRE(row != table.rows.end());
    CHECK(row->value(2) == QStringLiteral("Gap"));
    const auto gaps
        = paragraphs(section(annex.document, QStringLiteral("annex-iv-5")), ParagraphStyle::Gap);
    REQUIRE(gaps.size() == 1);
    CHECK(gaps.front().text
          == QStringLiteral("Gap: no risk assessment of this version recorded in the governance "
                            "database."));
}

TEST_CASE("Building the same Annex IV twice gives the same text", "[reports]")
{
    const VersionEvidence evidence
        = demoEvidence(QStringLiteral("fraud-detection"), QStringLiteral("2.1.0"));
    const QByteArray first = renderMarkdown(annexOf(evidence).document);
    const QByteArray second = renderMarkdown(
        annexOf(demoEvidence(QStringLiteral("fraud-detection"), QStringLiteral("2.1.0"))).document);
    CHECK_FALSE(first.isEmpty());
    CHECK(first == second);
}

TEST_CASE("The Annex IV of the demo fraud detector matches its golden Markdown", "[reports]")
{
    const VersionEvidence evidence
        = demoEvidence(QStringLiteral("fraud-detection"), QStringLiteral("2.1.0"));
    QString text = QString::fromUtf8(renderMarkdown(annexOf(evidence).document));
    // The instance id is drawn afresh whenever the demo database is built.
    REQUIRE(text.contains(evidence.instanceId));
    text.replace(evidence.instanceId, QStringLiteral("<instance-id>"));
    checkGolden(QStringLiteral("annexiv_fraud-detection_2.1.0.md"), normalizeVolatile(text));
}

TEST_CASE("The Annex IV renders to a PDF of many pages", "[reports][slow]")
{
    const AnnexIvDocument annex
        = annexOf(demoEvidence(QStringLiteral("fraud-detection"), QStringLiteral("2.1.0")));
    const QByteArray pdf = renderPdf(annex.document, ReportProgress());
    const QString info = pdfInfo(pdf);
    const QRegularExpressionMatch pages
        = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(pages.hasMatch());
    UNSCOPED_INFO("Annex IV pages: " << pages.captured(1).toStdString());
    CHECK(pages.captured(1).toInt() >= 10);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Readiness summary")));
    CHECK(text.contains(QStringLiteral("No harmonised standards cited")));
}
