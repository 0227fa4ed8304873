// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Quorum::Reports {

struct Document;
class ReportProgress;

enum class DocumentFormat { Pdf, Html, Markdown };

/// The format a file name asks for: .pdf, .html/.htm, .md/.markdown (any case); nullopt
/// otherwise.
std::optional<DocumentFormat> formatForPath(const QString &path);
/// "PDF", "HTML", "Markdown".
QString formatName(DocumentFormat format);

/// @p document rendered in @p format.
QByteArray renderDocument(const Document &document, DocumentFormat format,
                          const ReportProgress &progress);

/// Renders @p document in the format of @p path's extension and writes it atomically
/// (QSaveFile: an existing file is replaced only when the new one is complete; a cancelled
/// or failed export leaves it as it was). Throws ReportError: Usage for an unknown extension
/// (naming the supported ones), Io naming the file, Cancelled.
void writeDocument(const Document &document, const QString &path, const ReportProgress &progress);

/// Writes @p bytes to @p path atomically; throws ReportError(Io) naming the file.
void writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace Quorum::Reports
