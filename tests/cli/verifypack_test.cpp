// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl verify PACK.zip': audit packs checked offline, and each kind of damage named.
#include "clidemo.h"
#include "ctlrunner.h"
#include "pack/ziparchive.h"
#include "tempdatabase.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum::Test;
using Quorum::Reports::ZipEntry;

namespace {

const QString kModel = QStringLiteral("fraud-detection");
const QString kVersion = QStringLiteral("2.1.0");

/// An audit pack of the demo's fraud-detection 2.1.0, signed by the compliance officer.
QString exportPack(const CliDemo &demo,
                   const QStringList &scope
                   = {QStringLiteral("--model"), kModel, QStringLiteral("--version"), kVersion})
{
    const QString zip = demo.filePath(QStringLiteral("pack.zip"));
    const CtlResult result = runCtl(
        QStringList{QStringLiteral("export"), QStringLiteral("audit-pack"), QStringLiteral("--db"),
                    demo.path()}
            + scope
            + QStringList{QStringLiteral("--key"), demo.key(QStringLiteral("sofia.marchetti")),
                          QStringLiteral("--out"), zip},
        demoEnvironment());
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(zip));
    return zip;
}

CtlResult verify(const QString &zip, bool json = false)
{
    QStringList arguments{QStringLiteral("verify"), zip};
    if (json) {
        arguments << QStringLiteral("--json");
    }
    return runCtl(arguments);
}

/// @p zip rewritten to @p target with one byte of entry @p name flipped.
void writeWithFlippedByte(const QString &zip, const QString &name, const QString &target)
{
    std::vector<ZipEntry> entries = Quorum::Reports::readZip(zip);
    bool found = false;
    for (ZipEntry &entry : entries) {
        if (entry.path == name) {
            REQUIRE_FALSE(entry.data.isEmpty());
            const qsizetype at = entry.data.size() / 2;
            entry.data[at] = static_cast<char>(entry.data.at(at) ^ 0x01);
            found = true;
        }
    }
    REQUIRE(found);
    Quorum::Reports::writeZip(target, entries, QDateTime::currentDateTimeUtc());
}

bool namesProblemFile(const QJsonObject &report, const QString &file)
{
    const QJsonArray problems = report.value(QStringLiteral("problems")).toArray();
    return std::any_of(problems.begin(), problems.end(), [&file](const QJsonValue &problem) {
        return problem.toObject().value(QStringLiteral("file")).toString() == file;
    });
}

} // namespace

TEST_CASE("verify says a fresh audit pack holds, offline", "[cli]")
{
    const CliDemo demo;
    const QString zip = exportPack(demo);
    QFile::remove(demo.path()); // the pack proves itself without the database

    const CtlResult text = verify(zip);
    INFO(text.out.toStdString() << text.err.toStdString());
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QLatin1String("the pack holds")));
    CHECK_FALSE(text.out.contains(QLatin1String("FAIL ")));

    const CtlResult json = verify(zip, true);
    CHECK(json.exitCode == 0);
    const QJsonObject report = json.json().object();
    CHECK(report.value(QStringLiteral("holds")).toBool());
    CHECK(report.value(QStringLiteral("pack")).toString() == QFileInfo(zip).absoluteFilePath());
    CHECK(report.value(QStringLiteral("files_checked")).toInt() > 5);
    CHECK(report.value(QStringLiteral("signatures_checked")).toInt() >= 2);
    CHECK(report.value(QStringLiteral("audit_events_checked")).toInt() > 0);
    CHECK(
        report.value(QStringLiteral("exporter")).toObject().value(QStringLiteral("name")).toString()
        == QLatin1String("Sofia Marchetti"));
    CHECK(report.value(QStringLiteral("problems")).toArray().isEmpty());
}

TEST_CASE("verify names the entry of a pack in which one byte was changed", "[cli]")
{
    const CliDemo demo;
    const QString zip = exportPack(demo);
    const QString changed = demo.filePath(QStringLiteral("changed.zip"));
    writeWithFlippedByte(zip, QStringLiteral("report.pdf"), changed);

    const CtlResult text = verify(changed);
    CHECK(text.exitCode == 1);
    CHECK(text.out.contains(QLatin1String("FAIL report.pdf: ")));
    CHECK_FALSE(text.out.contains(QLatin1String("the pack holds")));

    const CtlResult json = verify(changed, true);
    CHECK(json.exitCode == 1);
    const QJsonObject report = json.json().object();
    CHECK_FALSE(report.value(QStringLiteral("holds")).toBool());
    CHECK(namesProblemFile(report, QStringLiteral("report.pdf")));
}

TEST_CASE("verify names whichever file of a pack was changed", "[cli]")
{
    const CliDemo demo;
    const QString zip = exportPack(demo);
    const QString changed = demo.filePath(QStringLiteral("changed.zip"));
    for (const ZipEntry &entry : Quorum::Reports::readZip(zip)) {
        INFO(entry.path.toStdString());
        writeWithFlippedByte(zip, entry.path, changed);
        const CtlResult result = verify(changed);
        CHECK(result.exitCode == 1);
        CHECK(result.out.contains(QStringLiteral("FAIL ") + entry.path));
    }
}

TEST_CASE("verify refuses a pack with an entry that escapes its folder and names it", "[cli]")
{
    const CliDemo demo;
    const QString zip = exportPack(demo);
    std::vector<ZipEntry> entries = Quorum::Reports::readZip(zip);
    // writeZip refuses unsafe names, so the entry is written as "zz/evil" and renamed in the
    // archive's bytes (the local header and the central directory both hold the name).
    entries.push_back({QStringLiteral("zz/evil"), QByteArrayLiteral("pwned\n")});
    const QString evil = demo.filePath(QStringLiteral("evil.zip"));
    Quorum::Reports::writeZip(evil, entries, QDateTime::currentDateTimeUtc());
    QByteArray bytes = readFile(evil);
    REQUIRE(bytes.count("zz/evil") == 2);
    bytes.replace("zz/evil", "../evil");
    writeFile(evil, bytes);

    const CtlResult result = verify(evil);
    CHECK(result.exitCode != 0);
    const QString output = result.out + result.err;
    CHECK(output.contains(QLatin1String("../evil")));
    CHECK_FALSE(result.out.contains(QLatin1String("the pack holds")));
}

TEST_CASE("verify tells a missing pack (3) from a file that is not a ZIP archive (6)", "[cli]")
{
    const CliDemo demo;
    const QString missing = demo.filePath(QStringLiteral("missing.zip"));
    const CtlResult gone = verify(missing);
    CHECK(gone.exitCode == 3);
    CHECK(gone.err.contains(missing));

    const QString junk = demo.filePath(QStringLiteral("junk.zip"));
    writeFile(junk, "this is not an archive\n");
    const CtlResult notZip = verify(junk);
    CHECK(notZip.exitCode == 6);
    CHECK(notZip.err.contains(QLatin1String("not a ZIP archive")));
}

TEST_CASE("verify still checks a database named as its argument", "[cli]")
{
    const CliDemo demo;
    const CtlResult result = runCtl({QStringLiteral("verify"), demo.path()});
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QLatin1String("every signature hold")));
}

TEST_CASE("An audit pack of a period holds", "[cli]")
{
    const CliDemo demo;
    const QString closed = rawScalar(demo.path(),
                                     QStringLiteral("SELECT substr(max(closed_at), 1, 10) FROM "
                                                    "release_requests WHERE status = 'approved'"))
                               .toString();
    const QDate day = QDate::fromString(closed, Qt::ISODate);
    REQUIRE(day.isValid());
    const QString zip = exportPack(demo,
                                   {QStringLiteral("--from"), day.addDays(-1).toString(Qt::ISODate),
                                    QStringLiteral("--to"), day.addDays(1).toString(Qt::ISODate)});
    const CtlResult result = verify(zip, true);
    INFO(result.out.toStdString());
    CHECK(result.exitCode == 0);
    const QJsonObject report = result.json().object();
    CHECK(report.value(QStringLiteral("holds")).toBool());
    CHECK(report.value(QStringLiteral("scope"))
              .toString()
              .contains(day.addDays(-1).toString(Qt::ISODate)));
}
