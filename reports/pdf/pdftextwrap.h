// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QFontMetricsF;

namespace Quorum::Reports::Pdf {

/// @p text broken into lines no wider than @p width (device pixels) at spaces; '\n' forces a
/// break and words wider than a line (URLs, hashes) are cut between characters. The first line
/// starts @p firstLineIndent further right (room for a bold prefix). Runs of spaces collapse.
/// Empty text gives no lines; an empty line between two '\n' stays as an empty line.
QStringList pdfWrapText(const QString &text, const QFontMetricsF &metrics, double width,
                        double firstLineIndent = 0.0);

/// The widest line of @p text ('\n'-separated) when nothing is wrapped.
double pdfNaturalWidth(const QString &text, const QFontMetricsF &metrics);
/// The widest word of @p text.
double pdfLongestWord(const QString &text, const QFontMetricsF &metrics);

} // namespace Quorum::Reports::Pdf
