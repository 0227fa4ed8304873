// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Quorum::Reports {
struct Document;
}

namespace Quorum::Test {

/// @p document rendered with a progress that reports nothing and never cancels. With
/// QUORUM_PDF_TEST_OUT=folder in the environment each PDF is also written there (test-N.pdf),
/// to look at it.
QByteArray renderTestPdf(const Reports::Document &document);
/// The number of pages `pdfinfo` reports.
int pdfPageCount(const QByteArray &pdf);
/// The text of each page (`pdftotext -layout`, split at form feeds).
QStringList pdfPageTexts(const QByteArray &pdf);
/// The value of field @p field ("Title", "Creator") in `pdfinfo` output.
QString pdfInfoField(const QByteArray &pdf, const QString &field);

} // namespace Quorum::Test
