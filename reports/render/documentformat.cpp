// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentformat.h"

#include "document/reporterror.h"
#include "document/reportprogress.h"
#include "htmlrenderer.h"
#include "markdownrenderer.h"
#include "pdf/pdfrenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Quorum::Reports {

namespace {

QString ioError(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("Quorum::Reports", "Cannot write “%1”: %2")
        .arg(QDir::toNativeSeparators(path), reason);
}

} // namespace

std::optional<DocumentFormat> formatForPath(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot < 0) {
        return std::nullopt;
    }
    const QString extension = name.mid(dot + 1).toLower();
    if (extension == QStringLiteral("pdf")) {
        return DocumentFormat::Pdf;
    }
    if (extension == QStringLiteral("html") || extension == QStringLiteral("htm")) {
        return DocumentFormat::Html;
    }
    if (extension == QStringLiteral("md") || extension == QStringLiteral("markdown")) {
        return DocumentFormat::Markdown;
    }
    return std::nullopt;
}

QString formatName(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Pdf:
        return QStringLiteral("PDF");
    case DocumentFormat::Html:
        return QStringLiteral("HTML");
    case DocumentFormat::Markdown:
        return QStringLiteral("Markdown");
    }
    return {};
}

QByteArray renderDocument(const Document &document, DocumentFormat format,
                          const ReportProgress &progress)
{
    if (format == DocumentFormat::Pdf) {
        return renderPdf(document, progress);
    }
    progress.step(
        0, 1,
        QCoreApplication::translate("Quorum::Reports", "Rendering %1").arg(formatName(format)));
    const QByteArray bytes
        = format == DocumentFormat::Html ? renderHtml(document) : renderMarkdown(document);
    progress.step(
        1, 1,
        QCoreApplication::translate("Quorum::Reports", "Rendered %1").arg(formatName(format)));
    return bytes;
}

void writeDocument(const Document &document, const QString &path, const ReportProgress &progress)
{
    const std::optional<DocumentFormat> format = formatForPath(path);
    if (!format) {
        throw ReportError(ReportError::Kind::Usage,
                          QCoreApplication::translate("Quorum::Reports",
                                                      "Cannot export to “%1”: unknown file type. "
                                                      "Use one of .pdf, .html, .htm, .md or "
                                                      ".markdown.")
                              .arg(QDir::toNativeSeparators(path)));
    }
    const QByteArray bytes = renderDocument(document, *format, progress);
    progress.checkCancelled();
    writeFileAtomically(path, bytes);
}

void writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        throw ReportError(ReportError::Kind::Io, ioError(path, file.errorString()));
    }
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        throw ReportError(ReportError::Kind::Io, ioError(path, reason));
    }
    if (!file.commit()) {
        throw ReportError(ReportError::Kind::Io, ioError(path, file.errorString()));
    }
}

} // namespace Quorum::Reports
