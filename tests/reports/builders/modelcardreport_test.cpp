// SPDX-License-Identifier: GPL-3.0-or-later
#include "builders/modelcardreport.h"
#include "document/reportcontext.h"
#include "document/reportprogress.h"
#include "documentquery.h"
#include "evidence/versionevidence.h"
#include "render/markdownrenderer.h"
#include "reportfixture.h"
#include "storage/modelcardrepository.h"
#include "storage/writetransaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using namespace Quorum::Reports;

namespace {

Document cardReportOf(Database &db, const QString &model, const QString &version)
{
    const VersionEvidence evidence
        = loadVersionEvidence(db, findVersionId(db, model, version), ReportProgress());
    return buildModelCardReport(evidence, Test::pinnedContext());
}

// Saves @p json as the newest card revision of @p model @p version in @p db.
void saveCard(Database &db, const QString &model, const QString &version, const QString &json)
{
    ModelCard card;
    card.versionId = findVersionId(db, model, version);
    card.schemaVersion = QStringLiteral("0.0.1");
    card.contentJson = json;
    card.createdAt = QDateTime(QDate(2026, 11, 18), QTime(8, 0), QTimeZone::utc());
    WriteTransaction transaction(db);
    ModelCardRepository(db).addRevision(transaction, card);
    transaction.commit();
}

const QString kSchema001Card = QStringLiteral(R"({
  "schema_version": "0.0.1",
  "model_details": {
    "name": "Card fraud detector", "overview": "An older card.",
    "owners": [{"name": "Laura Kowalski", "contact": "laura.kowalski@example.org"}],
    "version": {"name": "2.1.0", "date": "2025-11-17"},
    "license": "Apache-2.0", "references": ["https://wiki.example.org/old"],
    "citation": "Example Org 2025"
  },
  "model_parameters": {
    "model_architecture": "Boosted trees",
    "data": {"train": {"name": "txn-train", "link": "https://data.example.org/train"},
             "eval": {"name": "txn-eval"}}
  },
  "quantitative_analysis": {"performance_metrics": [
    {"type": "accuracy", "value": 0.91,
     "confidence_interval": {"lower_bound": 0.9, "upper_bound": 0.92}}]},
  "considerations": {
    "users": ["Fraud analysts"], "use_cases": ["Screening authorisations"],
    "limitations": ["EU traffic only"], "tradeoffs": ["Recall against false holds"],
    "ethical_considerations": ["Cross-border shoppers are held more often"]
  },
  "review": {"board": "AI-IRB", "minutes": ["2025-11-20"]}
})");

bool hasBullet(const Document &document, const QString &item)
{
    for (const BulletList *list : Test::blocksOf<BulletList>(document)) {
        if (list->items.contains(item)) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("The model card report has every Model Card Toolkit section and the card's overview",
          "[reports]")
{
    Database db = Test::openReportDemo();
    const Document report
        = cardReportOf(db, QStringLiteral("fraud-detection"), QStringLiteral("2.1.0"));
    CHECK(report.title == QStringLiteral("Model card"));
    CHECK(report.subtitle == QStringLiteral("Card fraud detector 2.1.0"));

    const QStringList headings = Test::headingTexts(report);
    for (const char *heading : {"1 Model details",
                                "1.1 Overview",
                                "1.2 Documentation",
                                "1.3 Owners",
                                "1.4 Version",
                                "1.5 Licences",
                                "1.6 References",
                                "1.7 Citations",
                                "2 Model parameters",
                                "2.1 Model architecture",
                                "2.2 Data",
                                "2.3 Input format",
                                "2.4 Output format",
                                "3 Quantitative analysis",
                                "3.1 Performance metrics",
                                "3.2 Graphics",
                                "4 Considerations",
                                "4.1 Users",
                                "4.2 Use cases",
                                "4.3 Limitations",
                                "4.4 Trade-offs",
                                "4.5 Ethical considerations"}) {
        INFO(heading);
        CHECK(headings.contains(QString::fromUtf8(heading)));
    }
    CHECK_FALSE(headings.contains(QStringLiteral("5 Other fields")));

    const qint64 versionId
        = findVersionId(db, QStringLiteral("fraud-detection"), QStringLiteral("2.1.0"));
    const QString content = Test::sqlValue(db,
                                           QStringLiteral("SELECT content_json FROM "
                                                          "model_cards WHERE version_id = %1 "
                                                          "ORDER BY revision DESC LIMIT 1")
                                               .arg(versionId))
                                .toString();
    const QString overview = QJsonDocument::fromJson(content.toUtf8())
                                 .object()
                                 .value(QStringLiteral("model_details"))
                                 .toObject()
                                 .value(QStringLiteral("overview"))
                                 .toString();
    REQUIRE_FALSE(overview.isEmpty());
    bool overviewShown = false;
    for (const Paragraph *paragraph : Test::blocksOf<Paragraph>(report)) {
        overviewShown = overviewShown || paragraph->text == overview;
    }
    CHECK(overviewShown);

    const Table *metrics = Test::tableWithCaption(report, QStringLiteral("Performance metrics"));
    REQUIRE(metrics);
    CHECK(Test::rowStartingWith(*metrics, QStringLiteral("accuracy")) >= 0);
    CHECK(hasBullet(report, QStringLiteral("Laura Kowalski <laura.kowalski@example.org>")));
}

TEST_CASE("A schema 0.0.1 card renders its plain string lists and lists unknown fields",
          "[reports]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    Database db = Database::open(Test::copyOfDemo(folder.path()));
    saveCard(db, QStringLiteral("fraud-detection"), QStringLiteral("2.1.0"), kSchema001Card);
    const Document report
        = cardReportOf(db, QStringLiteral("fraud-detection"), QStringLiteral("2.1.0"));

    for (const char *item : {"Fraud analysts", "Screening authorisations", "EU traffic only",
                             "Recall against false holds", "Apache-2.0",
                             "https://wiki.example.org/old", "Example Org 2025"}) {
        INFO(item);
        CHECK(hasBullet(report, QString::fromUtf8(item)));
    }
    const Table *ethics = Test::tableWithColumn(report, QStringLiteral("Mitigation strategy"));
    REQUIRE(ethics);
    CHECK(Test::rowStartingWith(*ethics,
                                QStringLiteral("Cross-border shoppers are held more "
                                               "often"))
          >= 0);
    const Table *data = Test::tableWithCaption(report, QStringLiteral("Datasets"));
    REQUIRE(data);
    const int train = Test::rowStartingWith(*data, QStringLiteral("txn-train"));
    REQUIRE(train >= 0);
    CHECK(data->rows[std::size_t(train)].contains(QStringLiteral("Training")));
    const Table *metrics = Test::tableWithCaption(report, QStringLiteral("Performance metrics"));
    REQUIRE(metrics);
    CHECK(metrics->rows.front().contains(QStringLiteral("[0.9, 0.92]")));

    CHECK(Test::headingTexts(report).contains(QStringLiteral("5 Other fields")));
    const QString text = Test::allText(report);
    CHECK(text.contains(QStringLiteral("review.board: AI-IRB")));
    CHECK(text.contains(QStringLiteral("review.minutes[0]: 2025-11-20")));
}

TEST_CASE("A card without metrics shows the version's stored evaluations instead", "[reports]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    Database db = Database::open(Test::copyOfDemo(folder.path()));
    saveCard(db, QStringLiteral("fraud-detection"), QStringLiteral("2.1.0"),
             QStringLiteral(R"({"model_details": {"name": "Card fraud detector"}})"));
    const Document report
        = cardReportOf(db, QStringLiteral("fraud-detection"), QStringLiteral("2.1.0"));
    const Table *evaluations = Test::tableWithCaption(report, QStringLiteral("Evaluations stored"));
    REQUIRE(evaluations);
    CHECK(Test::rowStartingWith(*evaluations, QStringLiteral("accuracy")) >= 0);
    CHECK(Test::allText(report).contains(QStringLiteral("Not stated in the model card.")));
}

TEST_CASE("A version without a model card gives a document that says so", "[reports]")
{
    Database db = Test::openReportDemo();
    const Document report
        = cardReportOf(db, QStringLiteral("fraud-detection"), QStringLiteral("1.0.0"));
    REQUIRE(report.blocks.size() == 1);
    const auto *gap = std::get_if<Paragraph>(&report.blocks.front());
    REQUIRE(gap);
    CHECK(gap->style == ParagraphStyle::Gap);
    CHECK(gap->text.contains(QStringLiteral("Card fraud detector 1.0.0 has no model card")));
}

TEST_CASE("The model card report of the fraud detector renders as in its golden Markdown",
          "[reports]")
{
    Database db = Test::openReportDemo();
    const Document report
        = cardReportOf(db, QStringLiteral("fraud-detection"), QStringLiteral("2.1.0"));
    Test::checkGolden(QStringLiteral("builders_modelcard_fraud-detection.md"),
                      Test::normalizeVolatile(QString::fromUtf8(renderMarkdown(report))));
}
