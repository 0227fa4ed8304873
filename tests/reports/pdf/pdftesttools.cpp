// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftesttools.h"

#include "document/document.h"
#include "document/reportprogress.h"
#include "pdf/pdfrenderer.h"
#include "reportfixture.h"

#include <QDir>
#include <QFile>

namespace Quorum::Test {

QByteArray renderTestPdf(const Reports::Document &document)
{
    const QByteArray pdf = Reports::renderPdf(document, Reports::ReportProgress());
    const QString folder = qEnvironmentVariable("QUORUM_PDF_TEST_OUT");
    if (!folder.isEmpty()) {
        static int s_count = 0;
        QFile file(QDir(folder).filePath(QStringLiteral("test-%1.pdf").arg(++s_count)));
        if (file.open(QIODevice::WriteOnly)) {
            file.write(pdf);
        }
    }
    return pdf;
}

QString pdfInfoField(const QByteArray &pdf, const QString &field)
{
    const QStringList lines = pdfInfo(pdf).split(QLatin1Char('\n'));
    const QString prefix = field + QLatin1Char(':');
    for (const QString &line : lines) {
        if (line.startsWith(prefix)) {
            return line.mid(prefix.size()).trimmed();
        }
    }
    return {};
}

int pdfPageCount(const QByteArray &pdf)
{
    return pdfInfoField(pdf, QStringLiteral("Pages")).toInt();
}

QStringList pdfPageTexts(const QByteArray &pdf)
{
    QStringList pages = pdfText(pdf).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty()) {
        pages.removeLast(); // pdftotext ends the last page with a form feed too
    }
    return pages;
}

} // namespace Quorum::Test
