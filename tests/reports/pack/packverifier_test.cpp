// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/detachedsignature.h"
#include "crypto/identity.h"
#include "crypto/sha256.h"
#include "document/reporterror.h"
#include "pack/packmanifest.h"
#include "pack/packverifier.h"
#include "pack/ziparchive.h"
#include "packtestsupport.h"
#include "reportfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using namespace Quorum::Reports;

namespace {

const QDateTime kTime(QDate(2026, 11, 20), QTime(9, 30), QTimeZone::utc());

QString problemsText(const PackReport &report)
{
    QString text;
    for (const PackProblem &problem : report.problems) {
        text += problem.file + QStringLiteral(": ") + problem.reason + QLatin1Char('\n');
    }
    return text;
}

bool names(const PackReport &report, const QString &file)
{
    return std::any_of(report.problems.begin(), report.problems.end(),
                       [&](const PackProblem &p) { return p.file == file; });
}

// Verifies the shared pack rewritten with @p entries.
PackReport verifyRewritten(const std::vector<ZipEntry> &entries)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tampered.zip"));
    writeZip(path, entries, kTime);
    return verifyAuditPack(path);
}

// @p entries with MANIFEST.json brought up to date and signed again by the exporter, as someone
// holding the exporter's key would: only the checks beyond the manifest can find the change.
std::vector<ZipEntry> resigned(std::vector<ZipEntry> entries)
{
    const auto manifestEntry = std::find_if(entries.begin(), entries.end(), [](const ZipEntry &e) {
        return e.path == QStringLiteral("MANIFEST.json");
    });
    REQUIRE(manifestEntry != entries.end());
    std::optional<PackManifest> manifest = PackManifest::fromJson(manifestEntry->data, nullptr);
    REQUIRE(manifest);
    for (ManifestFile &file : manifest->files) {
        const QByteArray &data = Test::entryNamed(entries, file.path).data;
        file.sha256 = Crypto::sha256Hex(data);
        file.size = data.size();
    }
    manifestEntry->data = manifest->toJson();
    const Identity exporter = Test::complianceOfficer(Test::sharedDemoPath());
    const QByteArray signature = Crypto::signDetached(exporter, manifestEntry->data);
    for (ZipEntry &entry : entries) {
        if (entry.path == QStringLiteral("MANIFEST.json.p7s")) {
            entry.data = signature;
        }
    }
    return entries;
}

// The shared pack's entries with the first @p from in entry @p name replaced by @p to.
std::vector<ZipEntry> edited(const QString &name, const QByteArray &from, const QByteArray &to)
{
    std::vector<ZipEntry> entries = Test::packEntries(Test::sharedModelPack());
    for (ZipEntry &entry : entries) {
        if (entry.path == name) {
            const qsizetype at = entry.data.indexOf(from);
            REQUIRE(at >= 0);
            entry.data.replace(at, from.size(), to);
        }
    }
    return entries;
}

} // namespace

TEST_CASE("Changing one byte of any entry of a pack makes the verifier name that entry",
          "[reports]")
{
    const std::vector<ZipEntry> original = Test::packEntries(Test::sharedModelPack());
    REQUIRE(original.size() > 8);
    for (size_t i = 0; i < original.size(); ++i) {
        const QString name = original[i].path;
        INFO("changed entry " << name.toStdString());
        std::vector<ZipEntry> entries = original;
        QByteArray &data = entries[i].data;
        REQUIRE_FALSE(data.isEmpty());
        data[data.size() / 2] = static_cast<char>(data.at(data.size() / 2) ^ 0x01);
        const PackReport report = verifyRewritten(entries);
        INFO(problemsText(report).toStdString());
        CHECK_FALSE(report.holds());
        CHECK(names(report, name));
        for (const PackProblem &problem : report.problems) {
            CHECK(problem.file == name); // and no other file is blamed
        }
    }
}

TEST_CASE("A removed entry and an added, unlisted entry are named", "[reports]")
{
    const std::vector<ZipEntry> original = Test::packEntries(Test::sharedModelPack());
    for (size_t i = 0; i < original.size(); ++i) {
        INFO("removed entry " << original[i].path.toStdString());
        std::vector<ZipEntry> entries = original;
        entries.erase(entries.begin() + static_cast<std::ptrdiff_t>(i));
        const PackReport report = verifyRewritten(entries);
        INFO(problemsText(report).toStdString());
        CHECK(names(report, original[i].path));
    }
    std::vector<ZipEntry> added = original;
    added.insert(added.begin() + 3, {QStringLiteral("decisions/extra.txt"), "hello"});
    const PackReport report = verifyRewritten(added);
    INFO(problemsText(report).toStdString());
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].file == QStringLiteral("decisions/extra.txt"));
    CHECK(report.problems[0].reason == QStringLiteral("not listed in MANIFEST.json (added)"));
}

TEST_CASE("A pack with a changed file says its SHA-256 differs from the manifest", "[reports]")
{
    std::vector<ZipEntry> entries = Test::packEntries(Test::sharedModelPack());
    entries.front().data.replace(entries.front().data.size() - 10, 1, "?");
    const PackReport report = verifyRewritten(entries);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].file == QStringLiteral("report.pdf"));
    CHECK(report.problems[0].reason
          == QStringLiteral("its SHA-256 differs from MANIFEST.json (changed)"));
}

TEST_CASE("An unsafe or unreadable pack is a problem of the pack; a missing one throws",
          "[reports]")
{
    QTemporaryDir dir;
    const QString hostile = dir.filePath(QStringLiteral("audit-pack.zip"));
    Test::craftZip(hostile,
                   {{"MANIFEST.json", "{}", Test::CraftedEntry::Type::File, {}},
                    {"../../etc/passwd", "root", Test::CraftedEntry::Type::File, {}}});
    const PackReport report = verifyAuditPack(hostile);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].file == QStringLiteral("audit-pack.zip"));
    CHECK(report.problems[0].reason
          == QStringLiteral("entry '../../etc/passwd' escapes the pack's folder"));

    const QString empty = dir.filePath(QStringLiteral("empty.zip"));
    Test::craftZip(empty, {{"notes.txt", "hello", Test::CraftedEntry::Type::File, {}}});
    const PackReport noManifest = verifyAuditPack(empty);
    CHECK(names(noManifest, QStringLiteral("MANIFEST.json")));

    CHECK_THROWS_AS(verifyAuditPack(dir.filePath(QStringLiteral("missing.zip"))), ReportError);
}

TEST_CASE("Changes behind a re-signed manifest are found by the checks of the content", "[reports]")
{
    const std::vector<ZipEntry> entries = Test::packEntries(Test::sharedModelPack());
    CHECK(verifyRewritten(resigned(entries)).holds());

    const PackReport events = verifyRewritten(
        resigned(edited(QStringLiteral("audit/events.jsonl"), "\"actor\":\"quorum demo\"",
                        "\"actor\":\"quorum demO\"")));
    REQUIRE(events.problems.size() == 1);
    CHECK(events.problems[0].file == QStringLiteral("audit/events.jsonl"));
    const QByteArray &jsonl = Test::entryNamed(entries, QStringLiteral("audit/events.jsonl")).data;
    const QByteArray firstLine = jsonl.left(jsonl.indexOf('\n'));
    const QString firstSeq = QString::number(
        QJsonDocument::fromJson(firstLine).object().value(QStringLiteral("seq")).toInteger());
    CHECK(events.problems[0].reason
          == QStringLiteral("event %1: content does not match its hash").arg(firstSeq));

    QString approval;
    QString statement;
    for (const ZipEntry &entry : entries) {
        approval = entry.path.startsWith(QStringLiteral("approvals/")) ? entry.path : approval;
        statement = entry.path.endsWith(QStringLiteral(".json"))
                && entry.path.startsWith(QStringLiteral("decisions/"))
            ? entry.path
            : statement;
    }
    const PackReport record = verifyRewritten(
        resigned(edited(approval, "quorum.release-decision", "quorum.release-decisioN")));
    INFO(problemsText(record).toStdString());
    REQUIRE(record.problems.size() == 1);
    CHECK(record.problems[0].file == approval);
    CHECK(record.problems[0].reason.startsWith(QStringLiteral("its signature of decision ")));

    const PackReport decision
        = verifyRewritten(resigned(edited(statement, "\"rationale\":\"", "\"rationale\":\"!")));
    INFO(problemsText(decision).toStdString());
    REQUIRE_FALSE(decision.problems.empty());
    CHECK(decision.problems[0].file == statement);
    CHECK(decision.problems[0].reason.startsWith(QStringLiteral("changed after it was signed")));
}
