// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF as a file: page count, metadata, PDF/A identification, embedded fonts, qpdf clean.
#include "pdfsampledocument.h"
#include "pdftesttools.h"
#include "reportfixture.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

QString writeTemporary(QTemporaryFile &file, const QByteArray &pdf)
{
    file.setFileTemplate(QDir::tempPath() + QStringLiteral("/quorum-pdf-XXXXXX.pdf"));
    REQUIRE(file.open());
    file.write(pdf);
    file.flush();
    return file.fileName();
}

struct FontRow
{
    QString name;
    QString type;
    QString embedded;
};

/// The rows of `pdffonts` output, cut at the columns its dashed line marks.
std::vector<FontRow> parsePdfFonts(const QString &output)
{
    const QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 2);
    std::vector<std::pair<qsizetype, qsizetype>> columns;
    const QRegularExpression dashes(QStringLiteral("-+"));
    for (auto it = dashes.globalMatch(lines.at(1)); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        columns.emplace_back(match.capturedStart(), match.capturedLength());
    }
    REQUIRE(columns.size() >= 4);
    std::vector<FontRow> rows;
    for (qsizetype index = 2; index < lines.size(); ++index) {
        const QString &line = lines.at(index);
        auto cell = [&](std::size_t column) {
            return line.mid(columns[column].first, columns[column].second).trimmed();
        };
        rows.push_back(FontRow{cell(0), cell(1), cell(3)});
    }
    return rows;
}

} // namespace

TEST_CASE("A document with two page breaks has three pages and its title in the metadata",
          "[reports]")
{
    using namespace Reports;
    const Document document = Test::pdfDocumentWith(
        {Heading{1, QStringLiteral("First"), {}}, PageBreak{},
         Paragraph{QStringLiteral("Second page."), ParagraphStyle::Body}, PageBreak{}, PageBreak{},
         Paragraph{QStringLiteral("Third page."), ParagraphStyle::Body}});
    const QByteArray pdf = Test::renderTestPdf(document);
    CHECK(Test::pdfPageCount(pdf) == 3);
    CHECK(Test::pdfInfoField(pdf, QStringLiteral("Title"))
          == QStringLiteral("Annex IV technical documentation"));
    CHECK(Test::pdfInfoField(pdf, QStringLiteral("Creator")) == QStringLiteral("Quorum"));
    CHECK(Test::pdfInfoField(pdf, QStringLiteral("Page size")).contains(QStringLiteral("A4")));
}

TEST_CASE("The PDF identifies itself as PDF/A-1b in its XMP metadata", "[reports]")
{
    const QString meta = Test::pdfInfo(Test::renderTestPdf(Test::pdfSampleDocument()), true);
    const QRegularExpression part(QStringLiteral("pdfaid:part(>|=\")1"));
    const QRegularExpression conformance(QStringLiteral("pdfaid:conformance(>|=\")B"));
    CHECK(meta.contains(part));
    CHECK(meta.contains(conformance));
}

TEST_CASE("Every font of the PDF is embedded", "[reports]")
{
    QTemporaryFile file;
    const QString path = writeTemporary(file, Test::renderTestPdf(Test::pdfSampleDocument()));
    const std::vector<FontRow> fonts
        = parsePdfFonts(QString::fromUtf8(Test::runTool(QStringLiteral("pdffonts"), {path})));
    REQUIRE_FALSE(fonts.empty());
    for (const FontRow &font : fonts) {
        INFO("font " << font.name.toStdString() << " (" << font.type.toStdString() << ")");
        CHECK(font.embedded == QStringLiteral("yes"));
        CHECK(font.type.contains(QStringLiteral("TrueType")));
    }
}

TEST_CASE("qpdf finds no error and no warning in the PDF", "[reports]")
{
    QTemporaryFile file;
    const QString path = writeTemporary(file, Test::renderTestPdf(Test::pdfSampleDocument()));
    int exitCode = -1;
    QByteArray errors;
    const QString output = QString::fromUtf8(Test::runTool(
        QStringLiteral("qpdf"), {QStringLiteral("--check"), path}, {}, true, &exitCode, &errors));
    INFO(output.toStdString() << errors.toStdString());
    CHECK(exitCode == 0);
    CHECK(errors.isEmpty());
    CHECK_FALSE(output.contains(QStringLiteral("WARNING"), Qt::CaseInsensitive));
    CHECK(output.contains(QStringLiteral("No syntax or stream encoding errors found")));
}
