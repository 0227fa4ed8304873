// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl export annex-iv | model-card | fairness | release-log | audit-pack' on a copy of
// the demo database.
#include "clidemo.h"
#include "ctlrunner.h"
#include "tempdatabase.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QStringList>

#include <catch2/catch_test_macros.hpp>

#include <algorithm>

using namespace Quorum::Test;

namespace {

const QString kModel = QStringLiteral("fraud-detection");
const QString kVersion = QStringLiteral("2.1.0");
const QString kCompliance = QStringLiteral("sofia.marchetti");

CtlResult exportVersion(const CliDemo &demo, const QString &what, const QString &out,
                        const QString &model = kModel, const QString &version = kVersion,
                        const QProcessEnvironment &environment = {})
{
    return runCtl({QStringLiteral("export"), what, QStringLiteral("--db"), demo.path(),
                   QStringLiteral("--model"), model, QStringLiteral("--version"), version,
                   QStringLiteral("--out"), out},
                  environment);
}

QString fileText(const QString &path)
{
    return QString::fromUtf8(readFile(path));
}

/// The rows of a Markdown release log: its table lines, less the header and the rule.
int tableRows(const QString &markdown)
{
    int lines = 0;
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        lines += line.startsWith(QLatin1Char('|')) ? 1 : 0;
    }
    return std::max(0, lines - 2);
}

} // namespace

TEST_CASE("export annex-iv writes PDF, HTML and Markdown and counts the gaps", "[cli]")
{
    const CliDemo demo;
    const QString pdf = demo.filePath(QStringLiteral("annex-iv.pdf"));
    const CtlResult result = exportVersion(demo, QStringLiteral("annex-iv"), pdf);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(readFile(pdf).startsWith("%PDF-"));
    CHECK(result.out.contains(pdf));
    CHECK(result.out.contains(QLatin1String("Annex IV readiness: ")));
    CHECK(result.out.contains(QLatin1String("items evidenced")));
    CHECK(result.out.contains(QLatin1String("pages")));

    const QString html = demo.filePath(QStringLiteral("annex-iv.html"));
    REQUIRE(exportVersion(demo, QStringLiteral("annex-iv"), html).exitCode == 0);
    CHECK(fileText(html).contains(QLatin1String("2(g)")));
    CHECK(fileText(html).contains(kModel));

    const QString markdown = demo.filePath(QStringLiteral("annex-iv.md"));
    REQUIRE(exportVersion(demo, QStringLiteral("annex-iv"), markdown).exitCode == 0);
    CHECK(fileText(markdown).contains(QLatin1String("Readiness")));
}

TEST_CASE("export annex-iv --json reports the file and the readiness counts", "[cli]")
{
    const CliDemo demo;
    const QString html = demo.filePath(QStringLiteral("annex-iv.html"));
    const CtlResult result
        = runCtl({QStringLiteral("export"), QStringLiteral("annex-iv"), QStringLiteral("--db"),
                  demo.path(), QStringLiteral("--model"), kModel, QStringLiteral("--version"),
                  kVersion, QStringLiteral("--out"), html, QStringLiteral("--json")});
    REQUIRE(result.exitCode == 0);
    const QJsonObject report = result.json().object();
    CHECK(report.value(QStringLiteral("file")).toString() == QFileInfo(html).absoluteFilePath());
    CHECK(report.value(QStringLiteral("format")).toString() == QLatin1String("html"));
    const QJsonObject readiness = report.value(QStringLiteral("readiness")).toObject();
    const int items = readiness.value(QStringLiteral("items")).toInt();
    CHECK(items >= 20);
    CHECK(readiness.value(QStringLiteral("evidenced")).toInt()
              + readiness.value(QStringLiteral("gaps")).toInt()
          == items);
}

TEST_CASE("export annex-iv with a pinned clock and zone gives the same bytes twice", "[cli]")
{
    const CliDemo demo;
    const QString first = demo.filePath(QStringLiteral("first.html"));
    const QString second = demo.filePath(QStringLiteral("second.html"));
    REQUIRE(exportVersion(demo, QStringLiteral("annex-iv"), first, kModel, kVersion,
                          pinnedReportEnvironment())
                .exitCode
            == 0);
    REQUIRE(exportVersion(demo, QStringLiteral("annex-iv"), second, kModel, kVersion,
                          pinnedReportEnvironment())
                .exitCode
            == 0);
    CHECK(readFile(first) == readFile(second));
    CHECK(fileText(first).contains(QLatin1String("2026-11-20")));

    QProcessEnvironment wrong;
    wrong.insert(QStringLiteral("QUORUM_REPORT_NOW"), QStringLiteral("last tuesday"));
    const CtlResult refused
        = exportVersion(demo, QStringLiteral("annex-iv"), first, kModel, kVersion, wrong);
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QLatin1String("QUORUM_REPORT_NOW")));
}

TEST_CASE("export annex-iv refuses an unknown extension with exit 2 and writes nothing", "[cli]")
{
    const CliDemo demo;
    const QString out = demo.filePath(QStringLiteral("annex-iv.docx"));
    const CtlResult result = exportVersion(demo, QStringLiteral("annex-iv"), out);
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QLatin1String(".pdf")));
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("export annex-iv names an unknown model or version and exits 1", "[cli]")
{
    const CliDemo demo;
    const QString out = demo.filePath(QStringLiteral("annex-iv.pdf"));
    const CtlResult model
        = exportVersion(demo, QStringLiteral("annex-iv"), out, QStringLiteral("no-such-model"));
    CHECK(model.exitCode == 1);
    CHECK(model.err.contains(QLatin1String("no-such-model")));
    const CtlResult version
        = exportVersion(demo, QStringLiteral("annex-iv"), out, kModel, QStringLiteral("9.9.9"));
    CHECK(version.exitCode == 1);
    CHECK(version.err.contains(QLatin1String("9.9.9")));
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("export refuses options that do not go with the report", "[cli]")
{
    const CliDemo demo;
    const QString out = demo.filePath(QStringLiteral("annex-iv.pdf"));
    const CtlResult key = runCtl(
        {QStringLiteral("export"), QStringLiteral("annex-iv"), QStringLiteral("--db"), demo.path(),
         QStringLiteral("--model"), kModel, QStringLiteral("--version"), kVersion,
         QStringLiteral("--key"), QStringLiteral("x.p12"), QStringLiteral("--out"), out});
    CHECK(key.exitCode == 2);
    CHECK(key.err.contains(QLatin1String("--key")));
    const CtlResult missing
        = runCtl({QStringLiteral("export"), QStringLiteral("annex-iv"), QStringLiteral("--db"),
                  demo.path(), QStringLiteral("--model"), kModel, QStringLiteral("--out"), out});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QLatin1String("--version")));
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("export model-card writes the model card as PDF, HTML and Markdown", "[cli]")
{
    const CliDemo demo;
    for (const char *name : {"card.pdf", "card.html", "card.md"}) {
        const QString out = demo.filePath(QString::fromLatin1(name));
        INFO(name);
        const CtlResult result = exportVersion(demo, QStringLiteral("model-card"), out);
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 0);
        CHECK(QFileInfo(out).size() > 0);
        CHECK(result.out.contains(QLatin1String("model card")));
    }
    CHECK(readFile(demo.filePath(QStringLiteral("card.pdf"))).startsWith("%PDF-"));
    CHECK(fileText(demo.filePath(QStringLiteral("card.html"))).contains(kModel));
    CHECK(fileText(demo.filePath(QStringLiteral("card.md"))).contains(kVersion));
}

TEST_CASE("export fairness writes the fairness report of a version", "[cli]")
{
    const CliDemo demo;
    const QString pdf = demo.filePath(QStringLiteral("fairness.pdf"));
    const CtlResult result
        = exportVersion(demo, QStringLiteral("fairness"), pdf, QStringLiteral("credit-scoring"),
                        QStringLiteral("1.0.0"));
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(readFile(pdf).startsWith("%PDF-"));
    CHECK(result.out.contains(QLatin1String("fairness report")));
    const QString html = demo.filePath(QStringLiteral("fairness.html"));
    REQUIRE(exportVersion(demo, QStringLiteral("fairness"), html, QStringLiteral("credit-scoring"),
                          QStringLiteral("1.0.0"))
                .exitCode
            == 0);
    CHECK(fileText(html).contains(QLatin1String("age_band")));
}

TEST_CASE("export release-log has one row per decided release request", "[cli]")
{
    const CliDemo demo;
    const int decided = rawScalar(demo.path(),
                                  QStringLiteral("SELECT count(*) FROM release_requests WHERE "
                                                 "status IN ('approved', 'rejected', "
                                                 "'changes_requested')"))
                            .toInt();
    REQUIRE(decided > 0);

    const CtlResult printed = runCtl({QStringLiteral("export"), QStringLiteral("release-log"),
                                      QStringLiteral("--db"), demo.path()});
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    CHECK(printed.out.startsWith(QLatin1String("# ")));
    CHECK(tableRows(printed.out) == decided);

    const QString out = demo.filePath(QStringLiteral("model_release_log.md"));
    const CtlResult written
        = runCtl({QStringLiteral("export"), QStringLiteral("release-log"), QStringLiteral("--db"),
                  demo.path(), QStringLiteral("--out"), out});
    REQUIRE(written.exitCode == 0);
    CHECK(readFile(out) == printed.outBytes);
    CHECK(written.out.contains(QString::number(decided)));
}

TEST_CASE("export audit-pack refuses a wrong passphrase with exit 3 and writes no pack", "[cli]")
{
    const CliDemo demo;
    const QString zip = demo.filePath(QStringLiteral("pack.zip"));
    const QString key = demo.key(kCompliance);
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("QUORUM_PASSPHRASE"), QStringLiteral("not-the-passphrase"));
    const CtlResult result
        = runCtl({QStringLiteral("export"), QStringLiteral("audit-pack"), QStringLiteral("--db"),
                  demo.path(), QStringLiteral("--model"), kModel, QStringLiteral("--key"), key,
                  QStringLiteral("--out"), zip},
                 environment);
    CHECK(result.exitCode == 3);
    CHECK(result.err.contains(QFileInfo(key).fileName()));
    CHECK_FALSE(QFileInfo::exists(zip));
}

TEST_CASE("export audit-pack reads the passphrase from --passphrase-file", "[cli]")
{
    const CliDemo demo;
    const QString zip = demo.filePath(QStringLiteral("pack.zip"));
    const QString passphraseFile = demo.filePath(QStringLiteral("passphrase.txt"));
    writeFile(passphraseFile, demoPassphrase().toUtf8() + '\n');
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("QUORUM_PASSPHRASE"), QStringLiteral("not-the-passphrase"));
    const CtlResult result = runCtl(
        {QStringLiteral("export"), QStringLiteral("audit-pack"), QStringLiteral("--db"),
         demo.path(), QStringLiteral("--model"), kModel, QStringLiteral("--version"), kVersion,
         QStringLiteral("--key"), demo.key(kCompliance), QStringLiteral("--passphrase-file"),
         passphraseFile, QStringLiteral("--out"), zip},
        environment);
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    CHECK(readFile(zip).startsWith("PK\x03\x04"));
    CHECK(result.out.contains(QLatin1String("Sofia Marchetti")));
}

TEST_CASE("export audit-pack needs one scope and a .zip file", "[cli]")
{
    const CliDemo demo;
    const QString key = demo.key(kCompliance);
    const QStringList common{QStringLiteral("export"), QStringLiteral("audit-pack"),
                             QStringLiteral("--db"),   demo.path(),
                             QStringLiteral("--key"),  key};
    const CtlResult both
        = runCtl(common
                     + QStringList{QStringLiteral("--model"), kModel, QStringLiteral("--from"),
                                   QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                                   QStringLiteral("2026-02-01"), QStringLiteral("--out"),
                                   demo.filePath(QStringLiteral("a.zip"))},
                 demoEnvironment());
    CHECK(both.exitCode == 2);
    const CtlResult notZip
        = runCtl(common
                     + QStringList{QStringLiteral("--model"), kModel, QStringLiteral("--out"),
                                   demo.filePath(QStringLiteral("a.pdf"))},
                 demoEnvironment());
    CHECK(notZip.exitCode == 2);
    CHECK(notZip.err.contains(QLatin1String(".zip")));
    const CtlResult backwards
        = runCtl(common
                     + QStringList{QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                   QStringLiteral("--to"), QStringLiteral("2026-02-01"),
                                   QStringLiteral("--out"), demo.filePath(QStringLiteral("b.zip"))},
                 demoEnvironment());
    CHECK(backwards.exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(demo.filePath(QStringLiteral("a.zip"))));
    CHECK_FALSE(QFileInfo::exists(demo.filePath(QStringLiteral("b.zip"))));
}
