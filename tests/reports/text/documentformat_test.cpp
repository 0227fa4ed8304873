// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/reporterror.h"
#include "document/reportprogress.h"
#include "render/documentformat.h"
#include "render/htmlrenderer.h"
#include "render/markdownrenderer.h"
#include "reportfixture.h"
#include "sampledocument.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

#include <atomic>

using namespace Quorum::Reports;
using Quorum::Test::sampleDocument;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeExisting(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("previous export");
}

} // namespace

TEST_CASE("The format follows the file extension in any case", "[reports]")
{
    CHECK(formatForPath(QStringLiteral("/tmp/report.pdf")) == DocumentFormat::Pdf);
    CHECK(formatForPath(QStringLiteral("Report.PDF")) == DocumentFormat::Pdf);
    CHECK(formatForPath(QStringLiteral("a/b.html")) == DocumentFormat::Html);
    CHECK(formatForPath(QStringLiteral("b.HtM")) == DocumentFormat::Html);
    CHECK(formatForPath(QStringLiteral("card.md")) == DocumentFormat::Markdown);
    CHECK(formatForPath(QStringLiteral("card.v2.Markdown")) == DocumentFormat::Markdown);
    CHECK_FALSE(formatForPath(QStringLiteral("report.docx")));
    CHECK_FALSE(formatForPath(QStringLiteral("report")));
    CHECK_FALSE(formatForPath(QStringLiteral("pdf")));
    CHECK_FALSE(formatForPath(QStringLiteral("folder.pdf/report")));
    CHECK(formatName(DocumentFormat::Pdf) == QStringLiteral("PDF"));
    CHECK(formatName(DocumentFormat::Html) == QStringLiteral("HTML"));
    CHECK(formatName(DocumentFormat::Markdown) == QStringLiteral("Markdown"));
}

TEST_CASE("writeDocument writes the HTML or Markdown rendering of the document", "[reports]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString html = dir.filePath(QStringLiteral("annex.HTML"));
    const QString md = dir.filePath(QStringLiteral("annex.md"));
    writeExisting(html);
    writeDocument(sampleDocument(), html, {});
    writeDocument(sampleDocument(), md, {});
    CHECK(readAll(html) == renderHtml(sampleDocument()));
    CHECK(readAll(md) == renderMarkdown(sampleDocument()));
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 2); // no temporary files left
}

TEST_CASE("An unknown extension is a usage error and leaves an existing file alone", "[reports]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.docx"));
    writeExisting(path);
    try {
        writeDocument(sampleDocument(), path, {});
        FAIL("no error");
    } catch (const ReportError &error) {
        CHECK(error.kind() == ReportError::Kind::Usage);
        CHECK(error.message().contains(QStringLiteral("report.docx")));
        CHECK(error.message().contains(QStringLiteral(".pdf")));
        CHECK(error.message().contains(QStringLiteral(".html")));
        CHECK(error.message().contains(QStringLiteral(".md")));
    }
    CHECK(readAll(path) == QByteArrayLiteral("previous export"));
}

TEST_CASE("A cancelled export leaves an existing file alone", "[reports]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.md"));
    writeExisting(path);
    const std::atomic_bool cancel{true};
    const ReportProgress progress({}, &cancel);
    try {
        writeDocument(sampleDocument(), path, progress);
        FAIL("no error");
    } catch (const ReportError &error) {
        CHECK(error.kind() == ReportError::Kind::Cancelled);
    }
    CHECK(readAll(path) == QByteArrayLiteral("previous export"));
}

TEST_CASE("Writing into a missing folder is an I/O error naming the file", "[reports]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/report.html"));
    try {
        writeDocument(sampleDocument(), path, {});
        FAIL("no error");
    } catch (const ReportError &error) {
        CHECK(error.kind() == ReportError::Kind::Io);
        CHECK(error.message().contains(QDir::toNativeSeparators(path)));
    }
    try {
        writeFileAtomically(path, "x");
        FAIL("no error");
    } catch (const ReportError &error) {
        CHECK(error.kind() == ReportError::Kind::Io);
        CHECK(error.message().contains(QDir::toNativeSeparators(path)));
    }
    CHECK_FALSE(QFile::exists(path));
}
