// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/source/importerror.h"
#include "importers/source/sourcetext.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <unistd.h>

#include <sys/stat.h>

using namespace Quorum;
using Catch::Matchers::ContainsSubstring;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

ImportError readError(const QString &path, qint64 maxBytes = 1024, const ImportLimits &limits = {})
{
    try {
        readImportFile(path, maxBytes, limits);
    } catch (const ImportError &e) {
        return e;
    }
    FAIL("the file was read");
    return ImportError(ImportErrorKind::Invalid, {}, {}, {});
}

} // namespace

TEST_CASE("A file over its size limit is refused before it is read, unless forced", "[importers]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.json"));
    write(path, QByteArray(2048, 'x'));
    const ImportError e = readError(path, 1024);
    CHECK(e.kind() == ImportErrorKind::TooLarge);
    CHECK_THAT(e.message().toStdString(),
               ContainsSubstring("big.json: 2.0 KiB, over the limit of 1.0 KiB"));
    ImportLimits forced;
    forced.sizeLimit = SizeLimit::Lifted;
    CHECK(readImportFile(path, 1024, forced).size() == 2048);
    CHECK(readImportFile(path, 4096, {}).size() == 2048);
}

TEST_CASE("Missing files, folders, pipes and broken links are refused by name", "[importers]")
{
    QTemporaryDir dir;
    CHECK(readError(dir.filePath(QStringLiteral("none.json"))).kind() == ImportErrorKind::NotFound);
    CHECK_THAT(readError(dir.path()).message().toStdString(),
               ContainsSubstring("a folder, expected a file"));

    const QString fifo = dir.filePath(QStringLiteral("metric"));
    REQUIRE(mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const ImportError pipe = readError(fifo);
    CHECK(pipe.kind() == ImportErrorKind::Unreadable);
    CHECK_THAT(pipe.message().toStdString(), ContainsSubstring("metric: not a regular file"));

    const QString link = dir.filePath(QStringLiteral("dangling"));
    REQUIRE(QFile::link(dir.filePath(QStringLiteral("gone")), link));
    CHECK_THAT(readError(link).message().toStdString(),
               ContainsSubstring("dangling: a broken symbolic link"));
}

TEST_CASE("An unreadable file is refused with the system's reason", "[importers]")
{
    if (geteuid() == 0) {
        SKIP("root reads files whatever their permissions");
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secret.json"));
    write(path, "{}");
    REQUIRE(chmod(QFile::encodeName(path).constData(), 0) == 0);
    CHECK_THAT(readError(path).message().toStdString(),
               ContainsSubstring("secret.json: cannot be read"));
}

TEST_CASE("Line and column count characters, not bytes", "[importers]")
{
    CHECK(lineColumnAt("ab\ncd", 4) == QStringLiteral("line 2, column 2"));
    CHECK(lineColumnAt("\xC3\xA9x", 2) == QStringLiteral("line 1, column 2"));
    CHECK(lineColumnAt("abc", 99) == QStringLiteral("line 1, column 4"));
}
