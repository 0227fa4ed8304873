// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/reporterror.h"
#include "pack/ziparchive.h"
#include "packtestsupport.h"
#include "reportfixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;
using namespace Quorum::Reports;
using Quorum::Test::CraftedEntry;

namespace {

const QDateTime kTime(QDate(2026, 11, 20), QTime(9, 30), QTimeZone::utc());

std::vector<ZipEntry> sampleEntries()
{
    QByteArray big;
    for (int i = 0; i < 20000; ++i) {
        big += QByteArray::number(i) + ',';
    }
    return {{QStringLiteral("report.pdf"), QByteArrayLiteral("%PDF-1.4 not really")},
            {QStringLiteral("decisions/decision-1.json"), QByteArrayLiteral("{\"a\":1}")},
            {QStringLiteral("empty.txt"), QByteArray()},
            {QStringLiteral("audit/events.jsonl"), big}};
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The message readZip throws for the archive crafted from @p entries.
QString rejection(const std::vector<CraftedEntry> &entries, const ZipLimits &limits = {})
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit-pack.zip"));
    Test::craftZip(path, entries);
    try {
        readZip(path, limits);
    } catch (const ReportError &error) {
        CHECK(error.kind() == ReportError::Kind::BadPack);
        return error.message();
    }
    FAIL("readZip accepted the archive");
    return {};
}

CraftedEntry file(const char *name, const QByteArray &data = QByteArrayLiteral("x"))
{
    return {QByteArray(name), data, CraftedEntry::Type::File, {}};
}

} // namespace

TEST_CASE("A ZIP written by writeZip reads back with the same entries in order", "[reports]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pack.zip"));
    writeZip(path, sampleEntries(), kTime);

    const std::vector<ZipEntry> read = readZip(path);
    REQUIRE(read.size() == sampleEntries().size());
    for (size_t i = 0; i < read.size(); ++i) {
        CHECK(read[i].path == sampleEntries()[i].path);
        CHECK(read[i].data == sampleEntries()[i].data);
    }
    CHECK(fileBytes(path).size() < sampleEntries()[3].data.size()); // deflated
    // Another ZIP reader agrees.
    const QByteArray listing
        = Test::runTool(QStringLiteral("unzip"), {QStringLiteral("-Z1"), path});
    CHECK(listing
          == QByteArrayLiteral("report.pdf\ndecisions/decision-1.json\nempty.txt\n"
                               "audit/events.jsonl\n"));
    Test::runTool(QStringLiteral("unzip"), {QStringLiteral("-tq"), path});
}

TEST_CASE("The same entries and time give a byte-identical ZIP", "[reports]")
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("a.zip"));
    const QString second = dir.filePath(QStringLiteral("b.zip"));
    const QString later = dir.filePath(QStringLiteral("c.zip"));
    writeZip(first, sampleEntries(), kTime);
    writeZip(second, sampleEntries(), kTime);
    writeZip(later, sampleEntries(), kTime.addSecs(3600));
    CHECK(fileBytes(first) == fileBytes(second));
    CHECK(fileBytes(first) != fileBytes(later));
    // Atomic: nothing but the three archives is left in the folder.
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 3);
}

TEST_CASE("writeZip replaces an existing file and refuses an unsafe entry name", "[reports]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pack.zip"));
    writeZip(path, sampleEntries(), kTime);
    const QByteArray before = fileBytes(path);
    try {
        writeZip(path, {{QStringLiteral("../evil"), QByteArrayLiteral("x")}}, kTime);
        FAIL("an unsafe name was written");
    } catch (const ReportError &error) {
        CHECK(error.kind() == ReportError::Kind::Io);
        CHECK(error.message().contains(QStringLiteral("'../evil'")));
    }
    CHECK(fileBytes(path) == before); // the old archive is untouched
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("pack.zip")});
}

TEST_CASE("Entry names that escape the folder are not safe", "[reports]")
{
    CHECK(isSafeEntryName(QStringLiteral("decisions/decision-1.json")));
    CHECK(isSafeEntryName(QStringLiteral("MANIFEST.json.p7s")));
    for (const char *name : {"", "/abs", "../x", "a/../../b", "a/./b", "a//b", "a/", "C:\\x", "C:x",
                             "a\\b", "tab\there", "nul\x01"}) {
        INFO(name);
        CHECK_FALSE(isSafeEntryName(QString::fromUtf8(name)));
    }
}

TEST_CASE("readZip rejects entries that escape the pack's folder, naming them", "[reports]")
{
    CHECK(rejection({file("ok.txt"), file("../x")})
          == QStringLiteral("audit-pack.zip: entry '../x' escapes the pack's folder"));
    CHECK(rejection({file("/abs")})
          == QStringLiteral("audit-pack.zip: entry '/abs' escapes the pack's folder"));
    CHECK(rejection({file("a/../../b")})
          == QStringLiteral("audit-pack.zip: entry 'a/../../b' escapes the pack's folder"));
    const QString drive = rejection({file("C:\\x")});
    CHECK(drive.startsWith(QStringLiteral("audit-pack.zip: entry 'C:")));
    CHECK(rejection({file("../../etc/passwd")})
          == QStringLiteral("audit-pack.zip: entry '../../etc/passwd' escapes the pack's folder"));
}

TEST_CASE("readZip rejects duplicates, links and control characters, naming the entry", "[reports]")
{
    CHECK(rejection({file("a.txt"), file("b.txt"), file("a.txt")})
          == QStringLiteral("audit-pack.zip: entry 'a.txt' appears twice"));
    CHECK(rejection({{"link", {}, CraftedEntry::Type::Symlink, "/etc/passwd"}})
          == QStringLiteral("audit-pack.zip: entry 'link' is a link, not a file"));
    CHECK(rejection({file("bell\x07.txt")})
          == QStringLiteral("audit-pack.zip: entry 'bell\\x07.txt' has an unsafe name"));
}

TEST_CASE("readZip enforces its size and count limits while reading", "[reports]")
{
    ZipLimits small;
    small.maxEntrySize = 1000;
    small.maxTotalSize = 1500;
    small.maxEntries = 3;
    CHECK(rejection({file("big.bin", QByteArray(5000, 'a'))}, small)
          == QStringLiteral("audit-pack.zip: entry 'big.bin' is larger than 1000 bytes"));
    CHECK(rejection({file("a", QByteArray(800, 'a')), file("b", QByteArray(800, 'b'))}, small)
          == QStringLiteral("audit-pack.zip: entry 'b' makes the archive larger than 1500 bytes"));
    CHECK(rejection({file("a"), file("b"), file("c"), file("d")}, small)
          == QStringLiteral("audit-pack.zip: the archive holds more than 3 entries"));
}

TEST_CASE("readZip skips folders, refuses what is not a ZIP and throws Io for a missing file",
          "[reports]")
{
    QTemporaryDir dir;
    const QString withFolder = dir.filePath(QStringLiteral("folder.zip"));
    Test::craftZip(withFolder,
                   {{"docs/", {}, CraftedEntry::Type::Directory, {}},
                    file("docs/a.txt", QByteArrayLiteral("hello"))});
    const std::vector<ZipEntry> entries = readZip(withFolder);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].path == QStringLiteral("docs/a.txt"));
    CHECK(entries[0].data == QByteArrayLiteral("hello"));

    const QString text = dir.filePath(QStringLiteral("text.zip"));
    QFile textFile(text);
    REQUIRE(textFile.open(QIODevice::WriteOnly));
    textFile.write(QByteArray(2000, 'z'));
    textFile.close();
    try {
        readZip(text);
        FAIL("a text file was read as a ZIP");
    } catch (const ReportError &error) {
        CHECK(error.kind() == ReportError::Kind::BadPack);
        CHECK(error.message().startsWith(QStringLiteral("text.zip: not a readable ZIP archive")));
    }
    try {
        readZip(dir.filePath(QStringLiteral("missing.zip")));
        FAIL("a missing file was read");
    } catch (const ReportError &error) {
        CHECK(error.kind() == ReportError::Kind::Io);
        CHECK(error.message().startsWith(QStringLiteral("missing.zip")));
    }
}
